// Generated from /openapi.json by `npm run console:client`; do not edit by hand.
// test/e2e/console-client.e2e.test.ts fails when this file and the running API disagree.

export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_tokens"];
        put?: never;
        post: operations["AuthController_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AuthController_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_mine"];
        put?: never;
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CampaignsController_update"];
        trace?: never;
    };
    "/campaigns/{campaignId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CampaignsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BroadcastsController_list"];
        put?: never;
        post: operations["BroadcastsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BroadcastsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BroadcastsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BroadcastsController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BroadcastsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BroadcastsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BroadcastsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BroadcastsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/unschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BroadcastsController_unschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/digests/preview/{supporterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DigestsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/digests/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DigestsController_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/digests/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DigestsController_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/digests/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DigestsController_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DigestsController_updateSettings"];
        trace?: never;
    };
    "/campaigns/{campaignId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_list"];
        put?: never;
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EventsController_update"];
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_attendees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/attendees.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_attendeesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/attendees/{rsvpId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventsController_removeAttendee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/attendees/{rsvpId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/invite-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_inviteLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_staff"];
        put?: never;
        post: operations["EventsController_addStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/staff/{organizerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["EventsController_removeStaff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_invitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CampaignsController_revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/messages/{messageId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MailController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/messages/retry-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MailController_retryFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/supporters/{supporterId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/mail/templates/{template}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MailController_previewTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_members"];
        put?: never;
        post: operations["CampaignsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/members/{organizerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CampaignsController_remove"];
        options?: never;
        head?: never;
        patch: operations["CampaignsController_changeRole"];
        trace?: never;
    };
    "/campaigns/{campaignId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MilestonesController_list"];
        put?: never;
        post: operations["MilestonesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MilestonesController_get"];
        put?: never;
        post?: never;
        delete: operations["MilestonesController_remove"];
        options?: never;
        head?: never;
        patch: operations["MilestonesController_update"];
        trace?: never;
    };
    "/campaigns/{campaignId}/milestones/{milestoneId}/alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MilestonesController_alert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/milestones/{milestoneId}/alert-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MilestonesController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/milestones/{milestoneId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MilestonesController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsController_list"];
        put?: never;
        post: operations["PetitionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PetitionsController_update"];
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PetitionsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PetitionsController_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/delivery.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsController_deliveryCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/delivery.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsController_deliveryHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SignaturesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/signatures.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SignaturesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/signatures/{signatureId}/invalidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SignaturesController_invalidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/signatures/{signatureId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SignaturesController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/signatures/invalidate-matching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SignaturesController_invalidateMatching"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SignaturesController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/petitions/{petitionId}/trending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SignaturesController_trending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_list"];
        put?: never;
        post: operations["StatementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_get"];
        put?: never;
        post?: never;
        delete: operations["StatementsController_remove"];
        options?: never;
        head?: never;
        patch: operations["StatementsController_update"];
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/alert-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_alertProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_retract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/return-to-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_returnToDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_revision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/unschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_unschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/{supporterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SupportersController_edit"];
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/{supporterId}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupportersController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/{supporterId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersController_erasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersController_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import supporters who consented (CSV streamed, or JSON rows)
         * @description Send `text/csv` (header row with an `email` column; first_name, last_name, phone, postal_code, country, locale, tags are recognised) or JSON `{ rows: [...] }`. consentAsserted=true is required: you assert every person consented to the purposes. Rows are deduplicated like signups; bad rows are reported and skipped; people erased at their request are refused.
         */
        post: operations["SupportersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersController_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SupportersController_updateSettings"];
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupportersController_tags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CampaignsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsPublicController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsPublicController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/events/{eventSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsPublicController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/events/{eventSlug}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsPublicController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/events/{eventSlug}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventsPublicController_rsvp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsPublicController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/petitions/{petitionSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsPublicController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/petitions/{petitionSlug}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PetitionsPublicController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/petitions/{petitionSlug}/signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsPublicController_signers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/privacy-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupportersPublicController_privacyRequestByEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsPublicController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/statements.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsPublicController_atom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/statements.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsPublicController_rss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/statements/{statementSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsPublicController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/supporters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupportersPublicController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MilestonesPublicController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersPublicController_confirmPage"];
        put?: never;
        post: operations["SupportersPublicController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersPublicController_erasePage"];
        put?: never;
        post: operations["SupportersPublicController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/event-rsvps/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsPublicController_cancelPage"];
        put?: never;
        post: operations["EventsPublicController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersPublicController_exportPage"];
        put?: never;
        post: operations["SupportersPublicController_export"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersPublicController_preferences"];
        put?: never;
        post: operations["SupportersPublicController_updatePreferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/preferences/privacy-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupportersPublicController_privacyRequestByToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/signatures/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PetitionsPublicController_confirmPage"];
        put?: never;
        post: operations["PetitionsPublicController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupportersPublicController_unsubscribePage"];
        put?: never;
        post: operations["SupportersPublicController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MailWebhookController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description A session token for the Authorization header. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        organizer: {
                            email: string;
                            id: string;
                            name: string;
                        };
                        /** @description Send as `Authorization: Bearer <token>`. */
                        token: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        id: string;
                        name: string;
                    };
                };
            };
        };
    };
    AuthController_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            id: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            /** @description First characters of the token, to recognise it. */
                            prefix: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    expiresAt?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string | null;
                        id: string;
                        /** Format: date-time */
                        lastUsedAt: string | null;
                        name: string;
                        /** @description First characters of the token, to recognise it. */
                        prefix: string;
                        /** Format: date-time */
                        revokedAt: string | null;
                        /** @description Shown once; only its hash is stored. */
                        token: string;
                    };
                };
            };
        };
    };
    AuthController_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
        };
    };
    CampaignsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Campaigns you are a member of, with your role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            defaultLocale: string;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "organizer" | "viewer";
                            slug: string;
                            /** Format: date-time */
                            startedOn: string | null;
                            /** @enum {string} */
                            status: "active" | "paused" | "archived";
                            summary: string;
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    defaultLocale: "en" | "ar";
                    name: string;
                    slug: string;
                    /**
                     * Format: date
                     * @description Day the campaign began (YYYY-MM-DD), for the timeline day count.
                     */
                    startedOn?: string;
                    summary?: string;
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description The new campaign; its creator is its owner. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        defaultLocale: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "organizer" | "viewer";
                        slug: string;
                        /** Format: date-time */
                        startedOn: string | null;
                        /** @enum {string} */
                        status: "active" | "paused" | "archived";
                        summary: string;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        defaultLocale: string;
                        id: string;
                        name: string;
                        slug: string;
                        /** Format: date-time */
                        startedOn: string | null;
                        /** @enum {string} */
                        status: "active" | "paused" | "archived";
                        summary: string;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    defaultLocale?: "en" | "ar";
                    name?: string;
                    /** Format: date */
                    startedOn?: string | null;
                    /**
                     * @description Use the archive endpoint to archive.
                     * @enum {string}
                     */
                    status?: "active" | "paused";
                    summary?: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        defaultLocale: string;
                        id: string;
                        name: string;
                        slug: string;
                        /** Format: date-time */
                        startedOn: string | null;
                        /** @enum {string} */
                        status: "active" | "paused" | "archived";
                        summary: string;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived: hidden from public endpoints, data kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        defaultLocale: string;
                        id: string;
                        name: string;
                        slug: string;
                        /** Format: date-time */
                        startedOn: string | null;
                        /** @enum {string} */
                        status: "active" | "paused" | "archived";
                        summary: string;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Requires the owner role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                entityType?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorId: string | null;
                            actorKind: string;
                            /** Format: date-time */
                            createdAt: string;
                            details: unknown;
                            entityId: string | null;
                            entityType: string;
                            id: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                status?: "draft" | "running" | "paused" | "completed" | "cancelled";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            audienceCount: number | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            data: unknown;
                            filter: unknown;
                            id: string;
                            key: string;
                            locale: string | null;
                            name: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /**
                             * Format: date-time
                             * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                             */
                            scheduledAt: string | null;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "running" | "paused" | "completed" | "cancelled";
                            template: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description campaign.update: plain-text body (blank lines separate paragraphs), a string or { en, ar }. */
                    body?: string | {
                        ar?: string;
                        en?: string;
                    };
                    /** @description Variables of other campaign templates. */
                    data?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @default {
                     *       "purpose": "updates"
                     *     }
                     */
                    filter?: {
                        countries?: string[];
                        locales?: ("en" | "ar")[];
                        /**
                         * @default updates
                         * @enum {string}
                         */
                        purpose?: "updates" | "digests";
                        tags?: string[];
                    };
                    /** @description Idempotency key: creating twice with one key returns the first broadcast. */
                    key?: string;
                    /**
                     * @description Send everyone this locale; default: each recipient's own.
                     * @enum {string|null}
                     */
                    locale?: "en" | "ar" | null;
                    /** @description For organizers; recipients never see it. */
                    name: string;
                    /** @description campaign.update: the subject, a string or { en, ar }. */
                    subject?: string | {
                        ar?: string;
                        en?: string;
                    };
                    /** @default campaign.update */
                    template?: string;
                };
            };
        };
        responses: {
            /** @description A draft: check the audience and previews, then start it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many supporters it would go to now. */
                        audience: number;
                        broadcast: {
                            audienceCount: number | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            data: unknown;
                            filter: unknown;
                            id: string;
                            key: string;
                            locale: string | null;
                            name: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /**
                             * Format: date-time
                             * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                             */
                            scheduledAt: string | null;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "running" | "paused" | "completed" | "cancelled";
                            template: string;
                        };
                        /** @description Rendered samples in each locale it may be sent in. */
                        previews: {
                            /** @enum {string} */
                            dir: "ltr" | "rtl";
                            html: string;
                            locale: string;
                            subject: string;
                            template: string;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The broadcast with its progress (total, sent, failed, suppressed, ...). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceCount: number | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: unknown;
                        filter: unknown;
                        id: string;
                        key: string;
                        locale: string | null;
                        name: string;
                        /** Format: date-time */
                        pausedAt: string | null;
                        progress: {
                            /** @description Audience size counted when the broadcast started. */
                            audience: number | null;
                            cancelled: number;
                            /** @description Messages created so far from the audience. */
                            expanded: number;
                            expansionDone: boolean;
                            failed: number;
                            paused: number;
                            pending: number;
                            sending: number;
                            sent: number;
                            suppressed: number;
                            total: number;
                        };
                        /**
                         * Format: date-time
                         * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                         */
                        scheduledAt: string | null;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "paused" | "completed" | "cancelled";
                        template: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceCount: number | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: unknown;
                        filter: unknown;
                        id: string;
                        key: string;
                        locale: string | null;
                        name: string;
                        /** Format: date-time */
                        pausedAt: string | null;
                        /**
                         * Format: date-time
                         * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                         */
                        scheduledAt: string | null;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "paused" | "completed" | "cancelled";
                        template: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceCount: number | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: unknown;
                        filter: unknown;
                        id: string;
                        key: string;
                        locale: string | null;
                        name: string;
                        /** Format: date-time */
                        pausedAt: string | null;
                        /**
                         * Format: date-time
                         * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                         */
                        scheduledAt: string | null;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "paused" | "completed" | "cancelled";
                        template: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            dir: "ltr" | "rtl";
                            html: string;
                            locale: string;
                            subject: string;
                            template: string;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceCount: number | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: unknown;
                        filter: unknown;
                        id: string;
                        key: string;
                        locale: string | null;
                        name: string;
                        /** Format: date-time */
                        pausedAt: string | null;
                        /**
                         * Format: date-time
                         * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                         */
                        scheduledAt: string | null;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "paused" | "completed" | "cancelled";
                        template: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When to start sending (ISO 8601 with an offset, e.g. 2026-11-23T09:00:00-08:00); must be in the future.
                     */
                    at: string;
                };
            };
        };
        responses: {
            /** @description The draft starts by itself at `at` (within a few seconds); until then it can be rescheduled, unscheduled or cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceCount: number | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: unknown;
                        filter: unknown;
                        id: string;
                        key: string;
                        locale: string | null;
                        name: string;
                        /** Format: date-time */
                        pausedAt: string | null;
                        /**
                         * Format: date-time
                         * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                         */
                        scheduledAt: string | null;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "paused" | "completed" | "cancelled";
                        template: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceCount: number | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: unknown;
                        filter: unknown;
                        id: string;
                        key: string;
                        locale: string | null;
                        name: string;
                        /** Format: date-time */
                        pausedAt: string | null;
                        /**
                         * Format: date-time
                         * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                         */
                        scheduledAt: string | null;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "paused" | "completed" | "cancelled";
                        template: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BroadcastsController_unschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                broadcastId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Back to a plain draft, started by hand. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceCount: number | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: unknown;
                        filter: unknown;
                        id: string;
                        key: string;
                        locale: string | null;
                        name: string;
                        /** Format: date-time */
                        pausedAt: string | null;
                        /**
                         * Format: date-time
                         * @description A draft starts by itself at this time (POST .../schedule); null: started by hand.
                         */
                        scheduledAt: string | null;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "paused" | "completed" | "cancelled";
                        template: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                supporterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supporter's next digest as it would be computed now: when it is due, whether it would be sent (nothing new: no digest), and the rendered message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            events: number;
                            milestones: number;
                            petitions: number;
                            statements: number;
                        };
                        /** @description Whether the campaign sends digests at all. */
                        enabled: boolean;
                        html: string;
                        lastDigest: {
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {string} */
                            kind: "daily" | "weekly";
                            periodKey: string;
                            status: string;
                        } | null;
                        /** @enum {string} */
                        locale: "en" | "ar";
                        newCount: number;
                        next: {
                            /** Format: date-time */
                            dueAt: string;
                            dueNow: boolean;
                            periodKey: string;
                        };
                        schedule: {
                            /** @enum {string} */
                            frequency: "daily" | "weekly";
                            hour: number;
                            timeZone: string;
                            weekday: number | null;
                        };
                        subject: string;
                        supporterId: string;
                        text: string;
                        /** @description What counts as new: content in (since, cutoff]. */
                        window: {
                            /** Format: date-time */
                            cutoff: string;
                            /** Format: date-time */
                            since: string;
                        };
                        /** @description False when nothing is new: no digest would be sent. */
                        wouldSend: boolean;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestsController_runs: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scheduler runs that found supporters due, newest first, with counts (sent, skipped as empty, suppressed, failed, ...). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            counts: {
                                cancelled: number;
                                /** @description Subscribers whose period was due. */
                                due: number;
                                /** @description Due, but another worker had already taken the period: nothing sent twice. */
                                duplicates: number;
                                failed: number;
                                /** @description Queued digests not yet delivered or settled. */
                                pending: number;
                                /** @description Digests handed to the mail outbox. */
                                queued: number;
                                sent: number;
                                /** @description Due, but nothing new: no digest sent (the period is recorded as done). */
                                skippedEmpty: number;
                                /** @description Digest subscribers looked at. */
                                subscribers: number;
                                /** @description Not sent at send time: unsubscribed, consent withdrawn, bounced or erased meanwhile. */
                                suppressed: number;
                            };
                            error: string | null;
                            /** Format: date-time */
                            finishedAt: string | null;
                            id: string;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            /**
                             * Format: date-time
                             * @description The scheduler clock of this pass: content cutoff of every digest it made.
                             */
                            tickAt: string;
                            /** @description schedule (the job scheduler tick) or manual. */
                            trigger: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestsController_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            cancelled: number;
                            /** @description Subscribers whose period was due. */
                            due: number;
                            /** @description Due, but another worker had already taken the period: nothing sent twice. */
                            duplicates: number;
                            failed: number;
                            /** @description Queued digests not yet delivered or settled. */
                            pending: number;
                            /** @description Digests handed to the mail outbox. */
                            queued: number;
                            sent: number;
                            /** @description Due, but nothing new: no digest sent (the period is recorded as done). */
                            skippedEmpty: number;
                            /** @description Digest subscribers looked at. */
                            subscribers: number;
                            /** @description Not sent at send time: unsubscribed, consent withdrawn, bounced or erased meanwhile. */
                            suppressed: number;
                        };
                        error: string | null;
                        /** Format: date-time */
                        finishedAt: string | null;
                        id: string;
                        /** Format: date-time */
                        startedAt: string;
                        /** @enum {string} */
                        status: "running" | "completed" | "failed";
                        /**
                         * Format: date-time
                         * @description The scheduler clock of this pass: content cutoff of every digest it made.
                         */
                        tickAt: string;
                        /** @description schedule (the job scheduler tick) or manual. */
                        trigger: string;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestsController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Digest settings of the campaign (defaults when never changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The default time zone of supporters who chose none (the campaign's). */
                        campaignTimeZone: string;
                        /** @description Send hour (0-23) for supporters who chose none, in their time zone (else the campaign's). */
                        defaultHour: number;
                        /** @description Whether this campaign sends digests at all. */
                        enabled: boolean;
                        /**
                         * Format: date-time
                         * @description When digests were last switched back on; periods due before it were not sent.
                         */
                        enabledAt: string | null;
                        /** @description List upcoming public events (next 14 days, nearby first). */
                        includeEvents: boolean;
                        /** @description List open petitions the supporter has not signed, with progress. */
                        includePetitions: boolean;
                        /** @description Items listed per section; the rest are counted ("and 3 more"). */
                        maxItemsPerSection: number;
                        /** Format: date-time */
                        updatedAt: string | null;
                        /** @description ISO weekday of weekly digests: 1 = Monday ... 7 = Sunday. */
                        weeklyDay: number;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestsController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    defaultHour?: number;
                    enabled?: boolean;
                    includeEvents?: boolean;
                    includePetitions?: boolean;
                    maxItemsPerSection?: number;
                    weeklyDay?: number;
                };
            };
        };
        responses: {
            /** @description Changes apply from each supporter's next period: nobody gets a second digest in the current one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The default time zone of supporters who chose none (the campaign's). */
                        campaignTimeZone: string;
                        /** @description Send hour (0-23) for supporters who chose none, in their time zone (else the campaign's). */
                        defaultHour: number;
                        /** @description Whether this campaign sends digests at all. */
                        enabled: boolean;
                        /**
                         * Format: date-time
                         * @description When digests were last switched back on; periods due before it were not sent.
                         */
                        enabledAt: string | null;
                        /** @description List upcoming public events (next 14 days, nearby first). */
                        includeEvents: boolean;
                        /** @description List open petitions the supporter has not signed, with progress. */
                        includePetitions: boolean;
                        /** @description Items listed per section; the rest are counted ("and 3 more"). */
                        maxItemsPerSection: number;
                        /** Format: date-time */
                        updatedAt: string | null;
                        /** @description ISO weekday of weekly digests: 1 = Monday ... 7 = Sunday. */
                        weeklyDay: number;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Events ending at or after this instant. */
                from?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                status?: "scheduled" | "cancelled" | "completed";
                /** @description Events starting before this instant. */
                to?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events of the campaign, newest first, with seat counts (no attendee data). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            calendarUrl: string | null;
                            campaignId: string;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            capacity: number | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            contact: {
                                email: string | null;
                                name: string | null;
                                phone: string | null;
                                public: boolean;
                            } | null;
                            counts: {
                                attended: number;
                                /** @description Confirmed RSVPs. */
                                confirmed: number;
                                noShow: number;
                                seatsLeft: number | null;
                                /** @description Seats taken by confirmed RSVPs, guests included. */
                                seatsTaken: number;
                                waitlisted: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /** Format: date-time */
                            endsAt: string;
                            id: string;
                            localEnd: string;
                            /** @description Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss). */
                            localStart: string;
                            location: {
                                address: string | null;
                                country: string | null;
                                latitude: number | null;
                                locality: string | null;
                                longitude: number | null;
                                name: string | null;
                                postalCode: string | null;
                                region: string | null;
                            } | null;
                            maxGuests: number;
                            onlineUrl: string | null;
                            /** @description Public JSON detail (null for private events: share the invitation link). */
                            publicUrl: string | null;
                            /** Format: date-time */
                            rsvpDeadline: string | null;
                            /** @description iCalendar SEQUENCE: increases with every change. */
                            sequence: number;
                            slug: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "cancelled" | "completed";
                            timeZone: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Offset in force at the start, e.g. +01:00. */
                            utcOffset: string;
                            /** @enum {string} */
                            visibility: "public" | "unlisted" | "private";
                            waitlistEnabled: boolean;
                            /** @description e.g. BST, PDT. */
                            zoneAbbreviation: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Seats, guests included; null for no limit. */
                    capacity?: number | null;
                    contact?: {
                        /** Format: email */
                        email?: string;
                        name?: string;
                        phone?: string;
                        /** @description Show the contact on the public event page (it is always in attendees' emails). Default false. */
                        public?: boolean;
                    } | null;
                    description?: string;
                    /** @description An instant with offset, or the wall time in the event's time zone (no offset). */
                    endsAt: string;
                    location?: {
                        address?: string;
                        country?: string;
                        latitude?: number;
                        locality?: string;
                        longitude?: number;
                        name?: string;
                        postalCode?: string;
                        region?: string;
                    } | null;
                    /** @description Guests one attendee may bring (default 0). */
                    maxGuests?: number;
                    /**
                     * Format: uri
                     * @description Only confirmed attendees ever see it (their emails and calendar file).
                     */
                    onlineUrl?: string | null;
                    /** @description RSVPs close at this time (default: when the event starts). */
                    rsvpDeadline?: string | null;
                    /** @description Defaults to one made from the title. */
                    slug?: string;
                    /** @description An instant with offset, or the wall time in the event's time zone (no offset). */
                    startsAt: string;
                    /** @description IANA zone the event happens in, e.g. Europe/London. */
                    timeZone: string;
                    title: string;
                    /**
                     * @description public (listed), unlisted (link only), private (signed invitation link only). Default public.
                     * @enum {string}
                     */
                    visibility?: "public" | "unlisted" | "private";
                    waitlistEnabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The new event. Times may be given as local wall time in timeZone. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarUrl: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        capacity: number | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        contact: {
                            email: string | null;
                            name: string | null;
                            phone: string | null;
                            public: boolean;
                        } | null;
                        counts: {
                            attended: number;
                            /** @description Confirmed RSVPs. */
                            confirmed: number;
                            noShow: number;
                            seatsLeft: number | null;
                            /** @description Seats taken by confirmed RSVPs, guests included. */
                            seatsTaken: number;
                            waitlisted: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: string;
                        localEnd: string;
                        /** @description Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss). */
                        localStart: string;
                        location: {
                            address: string | null;
                            country: string | null;
                            latitude: number | null;
                            locality: string | null;
                            longitude: number | null;
                            name: string | null;
                            postalCode: string | null;
                            region: string | null;
                        } | null;
                        maxGuests: number;
                        onlineUrl: string | null;
                        /** @description Public JSON detail (null for private events: share the invitation link). */
                        publicUrl: string | null;
                        /** Format: date-time */
                        rsvpDeadline: string | null;
                        /** @description iCalendar SEQUENCE: increases with every change. */
                        sequence: number;
                        slug: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled" | "completed";
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Offset in force at the start, e.g. +01:00. */
                        utcOffset: string;
                        /** @enum {string} */
                        visibility: "public" | "unlisted" | "private";
                        waitlistEnabled: boolean;
                        /** @description e.g. BST, PDT. */
                        zoneAbbreviation: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarUrl: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        capacity: number | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        contact: {
                            email: string | null;
                            name: string | null;
                            phone: string | null;
                            public: boolean;
                        } | null;
                        counts: {
                            attended: number;
                            /** @description Confirmed RSVPs. */
                            confirmed: number;
                            noShow: number;
                            seatsLeft: number | null;
                            /** @description Seats taken by confirmed RSVPs, guests included. */
                            seatsTaken: number;
                            waitlisted: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: string;
                        localEnd: string;
                        /** @description Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss). */
                        localStart: string;
                        location: {
                            address: string | null;
                            country: string | null;
                            latitude: number | null;
                            locality: string | null;
                            longitude: number | null;
                            name: string | null;
                            postalCode: string | null;
                            region: string | null;
                        } | null;
                        maxGuests: number;
                        onlineUrl: string | null;
                        /** @description Public JSON detail (null for private events: share the invitation link). */
                        publicUrl: string | null;
                        /** Format: date-time */
                        rsvpDeadline: string | null;
                        /** @description iCalendar SEQUENCE: increases with every change. */
                        sequence: number;
                        slug: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled" | "completed";
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Offset in force at the start, e.g. +01:00. */
                        utcOffset: string;
                        /** @enum {string} */
                        visibility: "public" | "unlisted" | "private";
                        waitlistEnabled: boolean;
                        /** @description e.g. BST, PDT. */
                        zoneAbbreviation: string;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Seats, guests included; null for no limit. */
                    capacity?: number | null;
                    contact?: {
                        /** Format: email */
                        email?: string;
                        name?: string;
                        phone?: string;
                        /** @description Show the contact on the public event page (it is always in attendees' emails). Default false. */
                        public?: boolean;
                    } | null;
                    description?: string;
                    /** @description An instant with offset, or the wall time in the event's time zone (no offset). */
                    endsAt?: string;
                    location?: {
                        address?: string;
                        country?: string;
                        latitude?: number;
                        locality?: string;
                        longitude?: number;
                        name?: string;
                        postalCode?: string;
                        region?: string;
                    } | null;
                    /** @description Guests one attendee may bring (default 0). */
                    maxGuests?: number;
                    /**
                     * Format: uri
                     * @description Only confirmed attendees ever see it (their emails and calendar file).
                     */
                    onlineUrl?: string | null;
                    /** @description RSVPs close at this time (default: when the event starts). */
                    rsvpDeadline?: string | null;
                    slug?: string;
                    /** @description An instant with offset, or the wall time in the event's time zone (no offset). */
                    startsAt?: string;
                    /**
                     * @description Use the cancel endpoint to cancel.
                     * @enum {string}
                     */
                    status?: "scheduled" | "completed";
                    /** @description Changing only the zone keeps the wall times and moves the instants. */
                    timeZone?: string;
                    title?: string;
                    /**
                     * @description public (listed), unlisted (link only), private (signed invitation link only). Default public.
                     * @enum {string}
                     */
                    visibility?: "public" | "unlisted" | "private";
                    waitlistEnabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Changing the time or place emails everyone who RSVPed, re-plans their reminders and bumps the calendar SEQUENCE; more capacity promotes the waitlist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarUrl: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        capacity: number | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        contact: {
                            email: string | null;
                            name: string | null;
                            phone: string | null;
                            public: boolean;
                        } | null;
                        counts: {
                            attended: number;
                            /** @description Confirmed RSVPs. */
                            confirmed: number;
                            noShow: number;
                            seatsLeft: number | null;
                            /** @description Seats taken by confirmed RSVPs, guests included. */
                            seatsTaken: number;
                            waitlisted: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: string;
                        localEnd: string;
                        /** @description Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss). */
                        localStart: string;
                        location: {
                            address: string | null;
                            country: string | null;
                            latitude: number | null;
                            locality: string | null;
                            longitude: number | null;
                            name: string | null;
                            postalCode: string | null;
                            region: string | null;
                        } | null;
                        maxGuests: number;
                        onlineUrl: string | null;
                        /** @description Public JSON detail (null for private events: share the invitation link). */
                        publicUrl: string | null;
                        /** Format: date-time */
                        rsvpDeadline: string | null;
                        /** @description iCalendar SEQUENCE: increases with every change. */
                        sequence: number;
                        slug: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled" | "completed";
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Offset in force at the start, e.g. +01:00. */
                        utcOffset: string;
                        /** @enum {string} */
                        visibility: "public" | "unlisted" | "private";
                        waitlistEnabled: boolean;
                        /** @description e.g. BST, PDT. */
                        zoneAbbreviation: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_attendees: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                status?: "confirmed" | "waitlisted" | "cancelled";
            };
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owners and admins, or staff of this event. Newest RSVP first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string|null} */
                            attendance: "attended" | "no_show" | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** Format: date-time */
                            checkedInAt: string | null;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description null when the supporter has been erased. */
                            email: string | null;
                            firstName: string | null;
                            guests: number;
                            /** @description RSVP id. */
                            id: string;
                            lastName: string | null;
                            phone: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "confirmed" | "waitlisted" | "cancelled";
                            supporterId: string;
                            waitlistPosition: number | null;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_attendeesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All RSVPs of the event as CSV (streamed; owners and admins, or staff of this event). Audited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_removeAttendee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
                rsvpId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email the attendee that their RSVP was cancelled (default true). */
                    notify?: boolean;
                };
            };
        };
        responses: {
            /** @description Cancels an RSVP (its seat goes to the waitlist). Owners, admins, or staff of this event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        attendance: "attended" | "no_show" | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        checkedInAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description null when the supporter has been erased. */
                        email: string | null;
                        firstName: string | null;
                        guests: number;
                        /** @description RSVP id. */
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "confirmed" | "waitlisted" | "cancelled";
                        supporterId: string;
                        waitlistPosition: number | null;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
                rsvpId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description null clears the check-in.
                     * @enum {string|null}
                     */
                    attendance: "attended" | "no_show" | null;
                };
            };
        };
        responses: {
            /** @description Record attended or no-show (null clears it). Owners, admins, or staff of this event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        attendance: "attended" | "no_show" | null;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        checkedInAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description null when the supporter has been erased. */
                        email: string | null;
                        firstName: string | null;
                        guests: number;
                        /** @description RSVP id. */
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "confirmed" | "waitlisted" | "cancelled";
                        supporterId: string;
                        waitlistPosition: number | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Sent to everyone who RSVPed. */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Cancels the event: everyone who RSVPed is emailed the reason, reminders stop, calendars show it cancelled. Idempotent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarUrl: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        capacity: number | null;
                        /** Format: date-time */
                        completedAt: string | null;
                        contact: {
                            email: string | null;
                            name: string | null;
                            phone: string | null;
                            public: boolean;
                        } | null;
                        counts: {
                            attended: number;
                            /** @description Confirmed RSVPs. */
                            confirmed: number;
                            noShow: number;
                            seatsLeft: number | null;
                            /** @description Seats taken by confirmed RSVPs, guests included. */
                            seatsTaken: number;
                            waitlisted: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: string;
                        localEnd: string;
                        /** @description Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss). */
                        localStart: string;
                        location: {
                            address: string | null;
                            country: string | null;
                            latitude: number | null;
                            locality: string | null;
                            longitude: number | null;
                            name: string | null;
                            postalCode: string | null;
                            region: string | null;
                        } | null;
                        maxGuests: number;
                        onlineUrl: string | null;
                        /** @description Public JSON detail (null for private events: share the invitation link). */
                        publicUrl: string | null;
                        /** Format: date-time */
                        rsvpDeadline: string | null;
                        /** @description iCalendar SEQUENCE: increases with every change. */
                        sequence: number;
                        slug: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled" | "completed";
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Offset in force at the start, e.g. +01:00. */
                        utcOffset: string;
                        /** @enum {string} */
                        visibility: "public" | "unlisted" | "private";
                        waitlistEnabled: boolean;
                        /** @description e.g. BST, PDT. */
                        zoneAbbreviation: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_inviteLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed link that opens a private event's public page and RSVP form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access: string;
                        /** @description Public detail URL carrying the signed access token; RSVP by POSTing to its /rsvp with the same ?access= */
                        url: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members assigned to this event, who see its attendees. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            name: string;
                            organizerId: string;
                            role: string | null;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_addStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organizerId: string;
                };
            };
        };
        responses: {
            /** @description Assigns a campaign member to this event: they see and check in its attendees only. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        name: string;
                        organizerId: string;
                        role: string | null;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_removeStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
                organizerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "organizer" | "viewer";
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_list: {
        parameters: {
            query?: {
                broadcastId?: string;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                state?: "queued" | "enqueued" | "paused" | "sending" | "sent" | "failed" | "suppressed" | "cancelled";
                supporterId?: string;
                template?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages of the campaign, newest first, with their delivery state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            broadcastId: string | null;
                            campaignId: string | null;
                            /** @enum {string} */
                            category: "transactional" | "campaign";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            id: string;
                            /** @description Idempotency key of the business event that caused the message. */
                            key: string;
                            lastError: string | null;
                            locale: string | null;
                            /** @description Why it was suppressed or cancelled (unsubscribed, bounced, complained, erased, ...). */
                            reason: string | null;
                            /** Format: date-time */
                            sendAt: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            smtpMessageId: string | null;
                            smtpResponse: string | null;
                            /**
                             * @description queued → enqueued → sending → sent | failed | suppressed; paused (broadcast paused) and cancelled on the side.
                             * @enum {string}
                             */
                            state: "queued" | "enqueued" | "paused" | "sending" | "sent" | "failed" | "suppressed" | "cancelled";
                            supporterId: string | null;
                            template: string;
                            /** @description Sent, but the worker stopped after the end of data and before it read the server's reply. */
                            unconfirmed: boolean;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One message with its bounce and complaint events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        broadcastId: string | null;
                        campaignId: string | null;
                        /** @enum {string} */
                        category: "transactional" | "campaign";
                        /** Format: date-time */
                        createdAt: string;
                        events: {
                            bounceType: string | null;
                            diagnostic: string | null;
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            type: string;
                        }[];
                        /** Format: date-time */
                        finishedAt: string | null;
                        id: string;
                        /** @description Idempotency key of the business event that caused the message. */
                        key: string;
                        lastError: string | null;
                        locale: string | null;
                        /** @description Why it was suppressed or cancelled (unsubscribed, bounced, complained, erased, ...). */
                        reason: string | null;
                        /** Format: date-time */
                        sendAt: string;
                        /** Format: date-time */
                        sentAt: string | null;
                        smtpMessageId: string | null;
                        smtpResponse: string | null;
                        /**
                         * @description queued → enqueued → sending → sent | failed | suppressed; paused (broadcast paused) and cancelled on the side.
                         * @enum {string}
                         */
                        state: "queued" | "enqueued" | "paused" | "sending" | "sent" | "failed" | "suppressed" | "cancelled";
                        supporterId: string | null;
                        template: string;
                        /** @description Sent, but the worker stopped after the end of data and before it read the server's reply. */
                        unconfirmed: boolean;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The failed message, queued again with fresh attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        broadcastId: string | null;
                        campaignId: string | null;
                        /** @enum {string} */
                        category: "transactional" | "campaign";
                        /** Format: date-time */
                        createdAt: string;
                        events: {
                            bounceType: string | null;
                            diagnostic: string | null;
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            type: string;
                        }[];
                        /** Format: date-time */
                        finishedAt: string | null;
                        id: string;
                        /** @description Idempotency key of the business event that caused the message. */
                        key: string;
                        lastError: string | null;
                        locale: string | null;
                        /** @description Why it was suppressed or cancelled (unsubscribed, bounced, complained, erased, ...). */
                        reason: string | null;
                        /** Format: date-time */
                        sendAt: string;
                        /** Format: date-time */
                        sentAt: string | null;
                        smtpMessageId: string | null;
                        smtpResponse: string | null;
                        /**
                         * @description queued → enqueued → sending → sent | failed | suppressed; paused (broadcast paused) and cancelled on the side.
                         * @enum {string}
                         */
                        state: "queued" | "enqueued" | "paused" | "sending" | "sent" | "failed" | "suppressed" | "cancelled";
                        supporterId: string | null;
                        template: string;
                        /** @description Sent, but the worker stopped after the end of data and before it read the server's reply. */
                        unconfirmed: boolean;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_retryFailed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    broadcastId?: string;
                    template?: string;
                };
            };
        };
        responses: {
            /** @description Queues every failed message again (optionally of one broadcast or template). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        retried: number;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_stats: {
        parameters: {
            query?: {
                /** @description Only messages created since this instant. */
                since?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages per state, for the dashboard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelled: number;
                        enqueued: number;
                        failed: number;
                        paused: number;
                        queued: number;
                        sending: number;
                        sent: number;
                        suppressed: number;
                        total: number;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_history: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
                supporterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A supporter's message history in this campaign, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            broadcastId: string | null;
                            campaignId: string | null;
                            /** @enum {string} */
                            category: "transactional" | "campaign";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            id: string;
                            /** @description Idempotency key of the business event that caused the message. */
                            key: string;
                            lastError: string | null;
                            locale: string | null;
                            /** @description Why it was suppressed or cancelled (unsubscribed, bounced, complained, erased, ...). */
                            reason: string | null;
                            /** Format: date-time */
                            sendAt: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            smtpMessageId: string | null;
                            smtpResponse: string | null;
                            /**
                             * @description queued → enqueued → sending → sent | failed | suppressed; paused (broadcast paused) and cancelled on the side.
                             * @enum {string}
                             */
                            state: "queued" | "enqueued" | "paused" | "sending" | "sent" | "failed" | "suppressed" | "cancelled";
                            supporterId: string | null;
                            template: string;
                            /** @description Sent, but the worker stopped after the end of data and before it read the server's reply. */
                            unconfirmed: boolean;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            category: "transactional" | "campaign";
                            description: string | null;
                            locales: string[];
                            name: string;
                            sampleData: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_previewTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                template: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Template variables; missing ones come from the template's sample data. */
                    data?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    locale: "en" | "ar";
                };
            };
        };
        responses: {
            /** @description The template rendered in one locale with sample data (and any variables given). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        dir: "ltr" | "rtl";
                        html: string;
                        locale: string;
                        subject: string;
                        template: string;
                        text: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            name: string;
                            organizerId: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "organizer" | "viewer";
                        }[];
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "owner" | "admin" | "organizer" | "viewer";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitation?: {
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "organizer" | "viewer";
                        };
                        member?: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            name: string;
                            organizerId: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "organizer" | "viewer";
                        };
                        /**
                         * @description added: the organizer already had an account; invited: an invitation email was sent.
                         * @enum {string}
                         */
                        status: "added" | "invited";
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                organizerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Admins remove members below them; anyone may remove themselves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                organizerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "organizer" | "viewer";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizerId: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "organizer" | "viewer";
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_list: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "win" | "action" | "escalation" | "setback" | "report";
                /** @description Items per page, at most 200 (default 100). */
                limit?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            alertedAt: string | null;
                            alertVersion: number;
                            campaignId: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            /** @description Days between the campaign's start day and this one (0 on the start day). */
                            daysSinceStart: number | null;
                            description: string;
                            descriptionHtml: string;
                            id: string;
                            key: string | null;
                            /** @enum {string} */
                            kind: "win" | "action" | "escalation" | "setback" | "report";
                            locale: string;
                            notify: boolean;
                            /** Format: date-time */
                            occurredAt: string | null;
                            /** @description YYYY-MM-DD in the campaign's time zone. */
                            occurredOn: string;
                            /** @enum {string} */
                            origin: "organizer" | "automatic";
                            /** @enum {string} */
                            precision: "day" | "instant";
                            source: string | null;
                            sourceLinks: {
                                publisher?: string;
                                title?: string;
                                url: string;
                            }[];
                            statementId: string | null;
                            title: string;
                            translations: {
                                [key: string]: {
                                    description: string;
                                    descriptionHtml: string;
                                    title: string;
                                };
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; rendered to sanitized HTML. */
                    description?: string;
                    /** @description Idempotency key: a second create with the same key returns the first milestone. */
                    key?: string;
                    /** @enum {string} */
                    kind: "win" | "action" | "escalation" | "setback" | "report";
                    /**
                     * @description Language of title and description (default: the campaign's).
                     * @enum {string}
                     */
                    locale?: "en" | "ar";
                    /**
                     * @description Send an alert to subscribers now (admins and owners only).
                     * @default false
                     */
                    notify?: boolean;
                    /**
                     * Format: date-time
                     * @description The instant, when known (RFC 3339 with offset).
                     */
                    occurredAt?: string;
                    /**
                     * Format: date
                     * @description A calendar day (YYYY-MM-DD), for milestones without a known time.
                     */
                    occurredOn?: string;
                    sourceLinks?: {
                        /** @description Publication or organization, e.g. "The Guardian". */
                        publisher?: string;
                        title?: string;
                        url: string;
                    }[];
                    /** @description A statement of this campaign about this milestone. */
                    statementId?: string | null;
                    title: string;
                    /** @description Other languages: { "ar": { title, description } }. */
                    translations?: {
                        [key: string]: {
                            /** @description Markdown; rendered to sanitized HTML. */
                            description?: string;
                            title: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Recorded; with notify (admins) the alert goes out now. Idempotent on key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        alertedAt: string | null;
                        alertVersion: number;
                        campaignId: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        /** @description Days between the campaign's start day and this one (0 on the start day). */
                        daysSinceStart: number | null;
                        description: string;
                        descriptionHtml: string;
                        id: string;
                        key: string | null;
                        /** @enum {string} */
                        kind: "win" | "action" | "escalation" | "setback" | "report";
                        locale: string;
                        notify: boolean;
                        /** Format: date-time */
                        occurredAt: string | null;
                        /** @description YYYY-MM-DD in the campaign's time zone. */
                        occurredOn: string;
                        /** @enum {string} */
                        origin: "organizer" | "automatic";
                        /** @enum {string} */
                        precision: "day" | "instant";
                        source: string | null;
                        sourceLinks: {
                            publisher?: string;
                            title?: string;
                            url: string;
                        }[];
                        statementId: string | null;
                        title: string;
                        translations: {
                            [key: string]: {
                                description: string;
                                descriptionHtml: string;
                                title: string;
                            };
                        };
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        alertedAt: string | null;
                        alertVersion: number;
                        campaignId: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        /** @description Days between the campaign's start day and this one (0 on the start day). */
                        daysSinceStart: number | null;
                        description: string;
                        descriptionHtml: string;
                        id: string;
                        key: string | null;
                        /** @enum {string} */
                        kind: "win" | "action" | "escalation" | "setback" | "report";
                        locale: string;
                        notify: boolean;
                        /** Format: date-time */
                        occurredAt: string | null;
                        /** @description YYYY-MM-DD in the campaign's time zone. */
                        occurredOn: string;
                        /** @enum {string} */
                        origin: "organizer" | "automatic";
                        /** @enum {string} */
                        precision: "day" | "instant";
                        source: string | null;
                        sourceLinks: {
                            publisher?: string;
                            title?: string;
                            url: string;
                        }[];
                        statementId: string | null;
                        title: string;
                        translations: {
                            [key: string]: {
                                description: string;
                                descriptionHtml: string;
                                title: string;
                            };
                        };
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; rendered to sanitized HTML. */
                    description?: string;
                    /** @enum {string} */
                    kind?: "win" | "action" | "escalation" | "setback" | "report";
                    /** @enum {string} */
                    locale?: "en" | "ar";
                    /** Format: date-time */
                    occurredAt?: string;
                    /**
                     * Format: date
                     * @description A calendar day (YYYY-MM-DD), for milestones without a known time.
                     */
                    occurredOn?: string;
                    sourceLinks?: {
                        /** @description Publication or organization, e.g. "The Guardian". */
                        publisher?: string;
                        title?: string;
                        url: string;
                    }[];
                    /** @description A statement of this campaign about this milestone. */
                    statementId?: string | null;
                    title?: string;
                    /** @description Per locale: a translation, or null to remove it. */
                    translations?: {
                        [key: string]: {
                            /** @description Markdown; rendered to sanitized HTML. */
                            description?: string;
                            title: string;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description Edits never re-send the alert. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        alertedAt: string | null;
                        alertVersion: number;
                        campaignId: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        /** @description Days between the campaign's start day and this one (0 on the start day). */
                        daysSinceStart: number | null;
                        description: string;
                        descriptionHtml: string;
                        id: string;
                        key: string | null;
                        /** @enum {string} */
                        kind: "win" | "action" | "escalation" | "setback" | "report";
                        locale: string;
                        notify: boolean;
                        /** Format: date-time */
                        occurredAt: string | null;
                        /** @description YYYY-MM-DD in the campaign's time zone. */
                        occurredOn: string;
                        /** @enum {string} */
                        origin: "organizer" | "automatic";
                        /** @enum {string} */
                        precision: "day" | "instant";
                        source: string | null;
                        sourceLinks: {
                            publisher?: string;
                            title?: string;
                            url: string;
                        }[];
                        statementId: string | null;
                        title: string;
                        translations: {
                            [key: string]: {
                                description: string;
                                descriptionHtml: string;
                                title: string;
                            };
                        };
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_alert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Send again although an alert already went out (a new broadcast).
                     * @default false
                     */
                    realert?: boolean;
                };
            };
        };
        responses: {
            /** @description Sends the alert once (no-op when already sent, unless realert). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        alertedAt: string | null;
                        alertVersion: number;
                        campaignId: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        /** @description Days between the campaign's start day and this one (0 on the start day). */
                        daysSinceStart: number | null;
                        description: string;
                        descriptionHtml: string;
                        id: string;
                        key: string | null;
                        /** @enum {string} */
                        kind: "win" | "action" | "escalation" | "setback" | "report";
                        locale: string;
                        notify: boolean;
                        /** Format: date-time */
                        occurredAt: string | null;
                        /** @description YYYY-MM-DD in the campaign's time zone. */
                        occurredOn: string;
                        /** @enum {string} */
                        origin: "organizer" | "automatic";
                        /** @enum {string} */
                        precision: "day" | "instant";
                        source: string | null;
                        sourceLinks: {
                            publisher?: string;
                            title?: string;
                            url: string;
                        }[];
                        statementId: string | null;
                        title: string;
                        translations: {
                            [key: string]: {
                                description: string;
                                descriptionHtml: string;
                                title: string;
                            };
                        };
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_preview: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                campaignId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert email as subscribers would get it, and how many would get it now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmed subscribers who consented to updates and would receive it now. */
                        audience: number;
                        html: string;
                        locale: string;
                        subject: string;
                        text: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alerts created for this milestone and their delivery progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            audience: number | null;
                            broadcastId: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                            failed: number;
                            /** @description Idempotency key of the broadcast (alert:statement:<id>, then :v2, :v3 for re-alerts). */
                            key: string;
                            pending: number;
                            sent: number;
                            /** @description draft, running, paused, completed or cancelled (as the mail module reports it). */
                            status: string;
                            suppressed: number;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_list: {
        parameters: {
            query?: {
                /** @description true lists archived petitions only; default lists the others. */
                archived?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                status?: "draft" | "open" | "closed" | "delivered";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; archived petitions only with ?archived=true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** @description Markdown source. */
                            body: string;
                            bodyHtml: string;
                            campaignId: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            closesAt: string | null;
                            /** @description Confirmed signatures, from the count cache (exact within about 2 seconds). */
                            confirmedCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            deliveryNote: string | null;
                            goal: number | null;
                            id: string;
                            locale: string;
                            nextThreshold: number | null;
                            /** Format: date-time */
                            openedAt: string | null;
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "delivered";
                            target: string;
                            thresholds: number[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                body: string;
                                bodyHtml: string;
                                locale: string;
                                target: string;
                                title: string;
                            }[];
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; rendered to sanitized HTML when saved. */
                    body: string;
                    /**
                     * Format: date-time
                     * @description When signing closes automatically.
                     */
                    closesAt?: string | null;
                    goal?: number | null;
                    /**
                     * @description Locale of title/body/target; defaults to the campaign's default locale.
                     * @enum {string}
                     */
                    locale?: "en" | "ar";
                    slug: string;
                    /**
                     * @description draft (default) or open.
                     * @enum {string}
                     */
                    status?: "draft" | "open";
                    /** @description Whom the petition is addressed to. */
                    target: string;
                    /** @description Counts whose crossing records a campaign milestone, ascending (e.g. [1000, 10000, 100000]). */
                    thresholds?: number[];
                    title: string;
                    /** @description Text in other locales (en, ar), keyed by locale; null removes a locale. */
                    variants?: {
                        [key: string]: {
                            /** @description Markdown; rendered to sanitized HTML when saved. */
                            body: string;
                            /** @description Whom the petition is addressed to. */
                            target: string;
                            title: string;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description The new petition (draft unless status is open). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** @description Markdown source. */
                        body: string;
                        bodyHtml: string;
                        campaignId: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        closesAt: string | null;
                        /** @description Confirmed signatures, from the count cache (exact within about 2 seconds). */
                        confirmedCount: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        deliveredAt: string | null;
                        deliveryNote: string | null;
                        goal: number | null;
                        id: string;
                        locale: string;
                        nextThreshold: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "delivered";
                        target: string;
                        thresholds: number[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            target: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** @description Markdown source. */
                        body: string;
                        bodyHtml: string;
                        campaignId: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        closesAt: string | null;
                        /** @description Confirmed signatures, from the count cache (exact within about 2 seconds). */
                        confirmedCount: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        deliveredAt: string | null;
                        deliveryNote: string | null;
                        goal: number | null;
                        id: string;
                        locale: string;
                        nextThreshold: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "delivered";
                        target: string;
                        thresholds: number[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            target: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; rendered to sanitized HTML when saved. */
                    body?: string;
                    /** Format: date-time */
                    closesAt?: string | null;
                    goal?: number | null;
                    /** @enum {string} */
                    locale?: "en" | "ar";
                    slug?: string;
                    /**
                     * @description Use the deliver endpoint to mark a petition delivered.
                     * @enum {string}
                     */
                    status?: "draft" | "open" | "closed";
                    /** @description Whom the petition is addressed to. */
                    target?: string;
                    /** @description Counts whose crossing records a campaign milestone, ascending (e.g. [1000, 10000, 100000]). */
                    thresholds?: number[];
                    title?: string;
                    /** @description Text in other locales (en, ar), keyed by locale; null removes a locale. */
                    variants?: {
                        [key: string]: {
                            /** @description Markdown; rendered to sanitized HTML when saved. */
                            body: string;
                            /** @description Whom the petition is addressed to. */
                            target: string;
                            title: string;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description Open with status "open", close with "closed"; text changes re-render the HTML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** @description Markdown source. */
                        body: string;
                        bodyHtml: string;
                        campaignId: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        closesAt: string | null;
                        /** @description Confirmed signatures, from the count cache (exact within about 2 seconds). */
                        confirmedCount: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        deliveredAt: string | null;
                        deliveryNote: string | null;
                        goal: number | null;
                        id: string;
                        locale: string;
                        nextThreshold: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "delivered";
                        target: string;
                        thresholds: number[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            target: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived: gone from public view, signatures kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** @description Markdown source. */
                        body: string;
                        bodyHtml: string;
                        campaignId: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        closesAt: string | null;
                        /** @description Confirmed signatures, from the count cache (exact within about 2 seconds). */
                        confirmedCount: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        deliveredAt: string | null;
                        deliveryNote: string | null;
                        goal: number | null;
                        id: string;
                        locale: string;
                        nextThreshold: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "delivered";
                        target: string;
                        thresholds: number[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            target: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When it was handed over; defaults to now.
                     */
                    deliveredAt?: string;
                    /** @description How and to whom it was delivered. */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Marks the petition delivered (closed to new signatures) with a date and a note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        archivedAt: string | null;
                        /** @description Markdown source. */
                        body: string;
                        bodyHtml: string;
                        campaignId: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        closesAt: string | null;
                        /** @description Confirmed signatures, from the count cache (exact within about 2 seconds). */
                        confirmedCount: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        deliveredAt: string | null;
                        deliveryNote: string | null;
                        goal: number | null;
                        id: string;
                        locale: string;
                        nextThreshold: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed" | "delivered";
                        target: string;
                        thresholds: number[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            target: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_deliveryCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signers who chose to be listed by name (name, country, date, comment); the last row gives the total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsController_deliveryHtml: {
        parameters: {
            query?: {
                /** @description Print the text in this locale when the petition has it. */
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Printable delivery document: the text, the total count and the signers who chose to be listed by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignaturesController_list: {
        parameters: {
            query?: {
                country?: string;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                emailDomain?: string;
                /** @description Signed at or after. */
                from?: string;
                ipHash?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                postalPrefix?: string;
                public?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                source?: string;
                status?: "pending" | "confirmed" | "invalidated";
                /** @description One supporter's signature (admins and owners; find the id by email in the supporters list). */
                supporterId?: string;
                /** @description Signed before. */
                to?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. `signer` (email, names) and comments are filled for admins and owners only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Shown to admins and owners, or when the signer is public. */
                            comment: string | null;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description "First L." for public signers, otherwise "Anonymous". */
                            displayName: string;
                            emailDomain: string | null;
                            id: string;
                            /** Format: date-time */
                            invalidatedAt: string | null;
                            invalidReason: string | null;
                            ipHash: string | null;
                            isPublic: boolean;
                            locale: string;
                            petitionId: string;
                            postalPrefix: string | null;
                            /** @description Personal data: only for admins and owners. */
                            signer: {
                                email: string | null;
                                firstName: string | null;
                                lastName: string | null;
                                supporterId: string;
                            } | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "invalidated";
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignaturesController_export: {
        parameters: {
            query?: {
                country?: string;
                emailDomain?: string;
                /** @description Signed at or after. */
                from?: string;
                ipHash?: string;
                postalPrefix?: string;
                public?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                source?: string;
                status?: "pending" | "confirmed" | "invalidated";
                /** @description One supporter's signature (admins and owners; find the id by email in the supporters list). */
                supporterId?: string;
                /** @description Signed before. */
                to?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching signature, streamed; email and name columns for admins and owners only. Audited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignaturesController_invalidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
                signatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description No longer counted (the public count follows within about 2 seconds); kept for the record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown to admins and owners, or when the signer is public. */
                        comment: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description "First L." for public signers, otherwise "Anonymous". */
                        displayName: string;
                        emailDomain: string | null;
                        id: string;
                        /** Format: date-time */
                        invalidatedAt: string | null;
                        invalidReason: string | null;
                        ipHash: string | null;
                        isPublic: boolean;
                        locale: string;
                        petitionId: string;
                        postalPrefix: string | null;
                        /** @description Personal data: only for admins and owners. */
                        signer: {
                            email: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            supporterId: string;
                        } | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "pending" | "confirmed" | "invalidated";
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignaturesController_reinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
                signatureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why (kept in the audit log). */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Undoes an invalidation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown to admins and owners, or when the signer is public. */
                        comment: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description "First L." for public signers, otherwise "Anonymous". */
                        displayName: string;
                        emailDomain: string | null;
                        id: string;
                        /** Format: date-time */
                        invalidatedAt: string | null;
                        invalidReason: string | null;
                        ipHash: string | null;
                        isPublic: boolean;
                        locale: string;
                        petitionId: string;
                        postalPrefix: string | null;
                        /** @description Personal data: only for admins and owners. */
                        signer: {
                            email: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            supporterId: string;
                        } | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "pending" | "confirmed" | "invalidated";
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignaturesController_invalidateMatching: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emailDomain?: string;
                    /**
                     * Format: date-time
                     * @description Only signatures made at or after this instant (default: the last 24 hours).
                     */
                    from?: string;
                    ipHash?: string;
                    reason: string;
                    /** Format: date-time */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description Invalidates every signature from one IP hash or email domain in a window (default: the last 24 hours). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invalidated: number;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignaturesController_stats: {
        parameters: {
            query?: {
                /** @description Days of per-day counts (default 30). */
                days?: number | string;
                /** @description Rows in each ranking (default 10). */
                top?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exact counts by status, per day (campaign time zone), and confirmed signatures by source, country and postal-code prefix. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Exact count at the time of the request. */
                        confirmed: number;
                        countries: {
                            count: number;
                            key: string;
                        }[];
                        invalidated: number;
                        pending: number;
                        perDay: {
                            confirmed: number;
                            day: string;
                            signed: number;
                        }[];
                        postalPrefixes: {
                            count: number;
                            key: string;
                        }[];
                        timeZone: string;
                        topSources: {
                            count: number;
                            key: string;
                        }[];
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignaturesController_trending: {
        parameters: {
            query?: {
                /** @description Window (default 60). */
                minutes?: number | string;
                top?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For moderators: IP hashes and email domains signing most in the recent window. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailDomains: {
                            count: number;
                            disposable: boolean;
                            domain: string;
                            invalidated: number;
                        }[];
                        ipHashes: {
                            count: number;
                            invalidated: number;
                            ipHash: string;
                        }[];
                        signatures: number;
                        /** Format: date-time */
                        since: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                status?: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every statement of the campaign, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Alerts created so far (0: none yet). */
                            alertVersion: number;
                            /** Format: date-time */
                            approvedAt: string | null;
                            approvedBy: string | null;
                            campaignId: string;
                            /** Format: date-time */
                            contentUpdatedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            locales: string[];
                            notifyOnPublish: boolean;
                            primaryLocale: string;
                            /** Format: date-time */
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** Format: date-time */
                            retractedAt: string | null;
                            retractionReason: string | null;
                            revision: number;
                            /** Format: date-time */
                            scheduledFor: string | null;
                            scheduleTimeZone: string | null;
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** @description Title in the primary locale. */
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Revision note. */
                    note?: string;
                    /**
                     * @description Language the statement is written in; readers without a translation get this one.
                     * @enum {string}
                     */
                    primaryLocale: "en" | "ar";
                    slug: string;
                    /** @description Content per locale: { "en": { title, summary, body }, "ar": {...} }. */
                    variants: {
                        [key: string]: {
                            /** @description Markdown. Raw HTML is shown as text; links must be http(s) or mailto. */
                            body: string;
                            /** @description Plain text, shown in lists, feeds and alerts. */
                            summary?: string;
                            title: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description A new draft, at revision 1. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only statements that were never published; retract published ones. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Reject with 409 when someone else saved a newer revision meanwhile. */
                    expectedRevision?: number;
                    /** @description Revision note. */
                    note?: string;
                    /** @enum {string} */
                    primaryLocale?: "en" | "ar";
                    /** @description Published statements only: send the alert again (a new broadcast). Edits never re-alert otherwise. */
                    realert?: boolean;
                    slug?: string;
                    /** @description Per locale: fields to change, a full variant to add a translation, or null to remove a translation. */
                    variants?: {
                        [key: string]: {
                            /** @description Markdown. Raw HTML is shown as text; links must be http(s) or mailto. */
                            body?: string;
                            /** @description Plain text, shown in lists, feeds and alerts. */
                            summary?: string;
                            title?: string;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description Saved as a new revision. Approved, scheduled and published statements need an admin. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_preview: {
        parameters: {
            query?: {
                /** @description Language of the preview (default: the primary locale). */
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert email as subscribers would get it, and how many would get it now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmed subscribers who consented to updates and would receive it now. */
                        audience: number;
                        html: string;
                        locale: string;
                        subject: string;
                        text: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_alertProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alerts created for this statement and their delivery progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            audience: number | null;
                            broadcastId: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                            failed: number;
                            /** @description Idempotency key of the broadcast (alert:statement:<id>, then :v2, :v3 for re-alerts). */
                            key: string;
                            pending: number;
                            sent: number;
                            /** @description draft, running, paused, completed or cancelled (as the mail module reports it). */
                            status: string;
                            suppressed: number;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description in review -> approved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_diff: {
        parameters: {
            query: {
                /** @description Older revision number. */
                from: number | string;
                /** @description Newer revision number. */
                to: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Changed fields and a line-based unified diff between two revisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Fields that differ, e.g. "slug", "en.title", "ar.body", "ar" (translation added or removed). */
                        changedFields: string[];
                        changes: {
                            field: string;
                            from: string | null;
                            /** @description Line-based unified diff of the field. */
                            patch: string;
                            to: string | null;
                        }[];
                        from: {
                            authorId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            number: number;
                        };
                        /** @description All changes as one unified diff. */
                        patch: string;
                        to: {
                            authorId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            number: number;
                        };
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Send the alert to subscribers (default true).
                     * @default true
                     */
                    notify?: boolean;
                };
            };
        };
        responses: {
            /** @description Published now; the alert goes to subscribers unless notify is false. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_retract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description published -> retracted: gone from lists and feeds; nothing is re-sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_returnToDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description in review or approved -> draft (withdraw, or ask for changes). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every revision, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            authorId: string | null;
                            changedFields: string[];
                            content: {
                                [key: string]: {
                                    body: string;
                                    summary: string;
                                    title: string;
                                };
                            };
                            /** Format: date-time */
                            createdAt: string;
                            note: string | null;
                            number: number;
                            primaryLocale: string;
                            slug: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_revision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                number: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorId: string | null;
                        changedFields: string[];
                        content: {
                            [key: string]: {
                                body: string;
                                summary: string;
                                title: string;
                            };
                        };
                        /** Format: date-time */
                        createdAt: string;
                        note: string | null;
                        number: number;
                        primaryLocale: string;
                        slug: string;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    notify?: boolean;
                    /**
                     * Format: date-time
                     * @description Instant to publish at (RFC 3339 with offset); must be in the future.
                     */
                    publishAt: string;
                    /** @description Zone the person scheduled in (default: the campaign's). */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Scheduled (or moved) to publishAt. Survives restarts; invisible until then. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description draft -> in review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_unschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description scheduled -> approved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts created so far (0: none yet). */
                        alertVersion: number;
                        /** Format: date-time */
                        approvedAt: string | null;
                        approvedBy: string | null;
                        campaignId: string;
                        /** Format: date-time */
                        contentUpdatedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        notifyOnPublish: boolean;
                        primaryLocale: string;
                        /** Format: date-time */
                        publishedAt: string | null;
                        publishedBy: string | null;
                        /** Format: date-time */
                        retractedAt: string | null;
                        retractionReason: string | null;
                        revision: number;
                        /** Format: date-time */
                        scheduledFor: string | null;
                        scheduleTimeZone: string | null;
                        slug: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "approved" | "scheduled" | "published" | "retracted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            body: string;
                            bodyHtml: string;
                            locale: string;
                            summary: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_list: {
        parameters: {
            query?: {
                country?: string;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Exact email (any case); owner and admin only. Found through the blind index. */
                email?: string;
                /** @description Signed up at or after (date or date-time). */
                from?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                locale?: "en" | "ar";
                /** @description Exact first-touch source. */
                source?: string;
                status?: "confirmed" | "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                tag?: string;
                /** @description Signed up before (date or date-time). */
                to?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. `personal` is present for owners and admins only; searching by email needs one of those roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedVia: string | null;
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {string} */
                            digestFrequency: "never" | "daily" | "weekly";
                            digestHour: number | null;
                            /** Format: date-time */
                            erasedAt: string | null;
                            id: string;
                            /** Format: date-time */
                            lastSignupAt: string;
                            locale: string;
                            /** @enum {string} */
                            mailStatus: "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                            /** @description Personal data: present only for owners and admins. */
                            personal?: {
                                /** @description "First L." */
                                displayName: string | null;
                                email: string | null;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                postalCode: string | null;
                            };
                            purposes: {
                                digests: boolean;
                                updates: boolean;
                            };
                            referrerHost: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "erased";
                            tags: string[];
                            timeZone: string | null;
                            /** Format: date-time */
                            undeliverableAt: string | null;
                            /** Format: date-time */
                            unsubscribedAt: string | null;
                            utm: {
                                campaign: string | null;
                                content: string | null;
                                medium: string | null;
                                source: string | null;
                                term: string | null;
                            };
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                supporterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One supporter with the consent log. `personal` for owners and admins only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        confirmedAt: string | null;
                        confirmedVia: string | null;
                        consentLog: {
                            /** @enum {string} */
                            action: "granted" | "withdrawn" | "confirmed";
                            /** Format: date-time */
                            createdAt: string;
                            formId: string | null;
                            id: string;
                            /** @enum {string} */
                            purpose: "updates" | "digests";
                            source: string;
                            textVersion: string | null;
                        }[];
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @enum {string} */
                        digestFrequency: "never" | "daily" | "weekly";
                        digestHour: number | null;
                        /** Format: date-time */
                        erasedAt: string | null;
                        id: string;
                        /** Format: date-time */
                        lastSignupAt: string;
                        locale: string;
                        /** @enum {string} */
                        mailStatus: "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                        /** @description Personal data: present only for owners and admins. */
                        personal?: {
                            /** @description "First L." */
                            displayName: string | null;
                            email: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            phone: string | null;
                            postalCode: string | null;
                        };
                        purposes: {
                            digests: boolean;
                            updates: boolean;
                        };
                        referrerHost: string | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "pending" | "confirmed" | "erased";
                        tags: string[];
                        timeZone: string | null;
                        /** Format: date-time */
                        undeliverableAt: string | null;
                        /** Format: date-time */
                        unsubscribedAt: string | null;
                        utm: {
                            campaign: string | null;
                            content: string | null;
                            medium: string | null;
                            source: string | null;
                            term: string | null;
                        };
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                supporterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: (null) | (string | (null));
                    /** @enum {string} */
                    digestFrequency?: "never" | "daily" | "weekly";
                    digestHour?: number | null;
                    firstName?: (null) | (string | (null));
                    lastName?: (null) | (string | (null));
                    /** @enum {string} */
                    locale?: "en" | "ar";
                    phone?: (null) | (string | (null));
                    postalCode?: (null) | (string | (null));
                    tags?: string[];
                    timeZone?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        confirmedAt: string | null;
                        confirmedVia: string | null;
                        consentLog: {
                            /** @enum {string} */
                            action: "granted" | "withdrawn" | "confirmed";
                            /** Format: date-time */
                            createdAt: string;
                            formId: string | null;
                            id: string;
                            /** @enum {string} */
                            purpose: "updates" | "digests";
                            source: string;
                            textVersion: string | null;
                        }[];
                        country: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @enum {string} */
                        digestFrequency: "never" | "daily" | "weekly";
                        digestHour: number | null;
                        /** Format: date-time */
                        erasedAt: string | null;
                        id: string;
                        /** Format: date-time */
                        lastSignupAt: string;
                        locale: string;
                        /** @enum {string} */
                        mailStatus: "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                        /** @description Personal data: present only for owners and admins. */
                        personal?: {
                            /** @description "First L." */
                            displayName: string | null;
                            email: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            phone: string | null;
                            postalCode: string | null;
                        };
                        purposes: {
                            digests: boolean;
                            updates: boolean;
                        };
                        referrerHost: string | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "pending" | "confirmed" | "erased";
                        tags: string[];
                        timeZone: string | null;
                        /** Format: date-time */
                        undeliverableAt: string | null;
                        /** Format: date-time */
                        unsubscribedAt: string | null;
                        utm: {
                            campaign: string | null;
                            content: string | null;
                            medium: string | null;
                            source: string | null;
                            term: string | null;
                        };
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                supporterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Type "erase": erasure cannot be undone.
                     * @enum {string}
                     */
                    confirm: "erase";
                };
            };
        };
        responses: {
            /** @description Erases personal data and consent details, keeps anonymous counts, records the erasure and suppresses the address. Send {"confirm":"erase"}. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        erased: boolean;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                supporterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held about this supporter (for a subject access request). Audited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        consentLog: {
                            [key: string]: unknown;
                        }[];
                        /** Format: date-time */
                        exportedAt: string;
                        /** @description Data other modules hold (petition signatures, RSVPs...). */
                        other: {
                            [key: string]: unknown;
                        };
                        supporter: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_erasures: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description That erasures happened, when and at whose request; never who was erased. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            organizerId: string | null;
                            /** @enum {string} */
                            requestedBy: "supporter" | "organizer";
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_exportCsv: {
        parameters: {
            query?: {
                country?: string;
                /** @description Exact email (any case); owner and admin only. Found through the blind index. */
                email?: string;
                /** @description Signed up at or after (date or date-time). */
                from?: string;
                locale?: "en" | "ar";
                /** @description Exact first-touch source. */
                source?: string;
                status?: "confirmed" | "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                tag?: string;
                /** @description Signed up before (date or date-time). */
                to?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Streamed CSV of the supporters matching the filter. Personal columns for owners and admins only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_import: {
        parameters: {
            query: {
                /** @description Required: you assert that every person in the file consented to the purposes below. */
                consentAsserted: "true";
                /** @description How they consented (e.g. "paper sign-up sheet, rally 2026-03-01"); recorded in each consent entry. */
                consentBasis: string;
                /** @description Comma-separated: updates, digests (default updates). */
                purposes?: string;
                /** @description Source recorded for new supporters (default "import"). */
                source?: string;
                /** @description Comma-separated tags added to every imported supporter. */
                tags?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Rows with the fields of the CSV columns (email, firstName, ...). */
                    rows: unknown[];
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        errors: {
                            field: string;
                            message: string;
                            /** @description 1-based data row (the header is row 0) */
                            row: number;
                        }[];
                        errorsTruncated: boolean;
                        failed: number;
                        /** @description CSV columns that were not recognised and were ignored. */
                        ignoredColumns: string[];
                        importId: string;
                        rows: number;
                        updated: number;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmedUrl: string | null;
                        thankYouUrl: string | null;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    confirmedUrl?: string | null;
                    /** Format: uri */
                    thankYouUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Where form posts that ask for a redirect go, and where the confirmation page sends people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmedUrl: string | null;
                        thankYouUrl: string | null;
                    };
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_stats: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD, campaign time zone); default 30 days ago. */
                from?: string;
                /** @description Last day included (YYYY-MM-DD); default today. */
                to?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signups per day in the campaign time zone, counts by status and the top sources. Erasures do not change counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byStatus: {
                            [key: string]: number;
                        };
                        erasures: number;
                        perDay: {
                            confirmed: number;
                            date: string;
                            signups: number;
                        }[];
                        timeZone: string;
                        topSources: {
                            count: number;
                            source: string | null;
                        }[];
                        /** @description Every signup ever, erased ones included (anonymous tombstones keep counts). */
                        total: number;
                    };
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersController_tags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    add?: string[];
                    /** @description Instead of ids: every supporter matching the list filter. */
                    filter?: {
                        country?: string;
                        /** @description Exact email (any case); owner and admin only. Found through the blind index. */
                        email?: string;
                        /** @description Signed up at or after (date or date-time). */
                        from?: string;
                        /** @enum {string} */
                        locale?: "en" | "ar";
                        /** @description Exact first-touch source. */
                        source?: string;
                        /** @enum {string} */
                        status?: "confirmed" | "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                        tag?: string;
                        /** @description Signed up before (date or date-time). */
                        to?: string;
                    };
                    remove?: string[];
                    supporterIds?: string[];
                };
            };
        };
        responses: {
            /** @description Adds and removes tags on the listed supporters, or on all matching a filter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL, Redis and (when configured) SMTP answer. 503 when one does not. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            database: {
                                error?: string;
                                latencyMs?: number;
                                /** @enum {string} */
                                status: "up" | "down" | "skipped";
                            };
                            redis: {
                                error?: string;
                                latencyMs?: number;
                                /** @enum {string} */
                                status: "up" | "down" | "skipped";
                            };
                            smtp: {
                                error?: string;
                                latencyMs?: number;
                                /** @enum {string} */
                                status: "up" | "down" | "skipped";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "error";
                    };
                };
            };
        };
    };
    CampaignsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        organizer: {
                            email: string;
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        role: "owner" | "admin" | "organizer" | "viewer";
                    };
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsPublicController_list: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Default: now. */
                from?: string;
                /** @description At most 100 (default 50). */
                limit?: number | string;
                locale?: "en" | "ar";
                to?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Upcoming public events of the campaign, soonest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            calendarUrl: string;
                            cancelReason: string | null;
                            capacity: number | null;
                            contact: {
                                email: string | null;
                                name: string | null;
                                phone: string | null;
                            } | null;
                            description: string;
                            /** Format: date-time */
                            endsAt: string;
                            localEnd: string;
                            /** @description Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss). */
                            localStart: string;
                            /** @description The start as people read it, in the requested language, with the zone named. */
                            localStartText: string;
                            location: {
                                address: string | null;
                                country: string | null;
                                latitude: number | null;
                                locality: string | null;
                                longitude: number | null;
                                name: string | null;
                                postalCode: string | null;
                                region: string | null;
                            } | null;
                            maxGuests: number;
                            /** @description Whether there is an online link; it is sent to confirmed attendees only. */
                            online: boolean;
                            /** Format: date-time */
                            rsvpDeadline: string | null;
                            rsvpOpen: boolean;
                            rsvpUrl: string;
                            seatsLeft: number | null;
                            slug: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "cancelled" | "completed";
                            timeZone: string;
                            title: string;
                            /** @description Offset in force at the start, e.g. +01:00. */
                            utcOffset: string;
                            waitlistEnabled: boolean;
                            /** @description e.g. BST, PDT. */
                            zoneAbbreviation: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    EventsPublicController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's calendar feed (RFC 5545): public events from the last six months on, cancelled ones marked STATUS:CANCELLED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
        };
    };
    EventsPublicController_get: {
        parameters: {
            query?: {
                /** @description Signed access token of a private event's invitation link. */
                access?: string;
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                eventSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A public or unlisted event (a private one needs ?access= from its invitation link). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarUrl: string;
                        cancelReason: string | null;
                        capacity: number | null;
                        contact: {
                            email: string | null;
                            name: string | null;
                            phone: string | null;
                        } | null;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        localEnd: string;
                        /** @description Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss). */
                        localStart: string;
                        /** @description The start as people read it, in the requested language, with the zone named. */
                        localStartText: string;
                        location: {
                            address: string | null;
                            country: string | null;
                            latitude: number | null;
                            locality: string | null;
                            longitude: number | null;
                            name: string | null;
                            postalCode: string | null;
                            region: string | null;
                        } | null;
                        maxGuests: number;
                        /** @description Whether there is an online link; it is sent to confirmed attendees only. */
                        online: boolean;
                        /** Format: date-time */
                        rsvpDeadline: string | null;
                        rsvpOpen: boolean;
                        rsvpUrl: string;
                        seatsLeft: number | null;
                        slug: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled" | "completed";
                        timeZone: string;
                        title: string;
                        /** @description Offset in force at the start, e.g. +01:00. */
                        utcOffset: string;
                        waitlistEnabled: boolean;
                        /** @description e.g. BST, PDT. */
                        zoneAbbreviation: string;
                    };
                };
            };
        };
    };
    EventsPublicController_calendar: {
        parameters: {
            query?: {
                access?: string;
            };
            header?: never;
            path: {
                eventSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event as an iCalendar file (RFC 5545). The online link is only in confirmed attendees' copy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
        };
    };
    EventsPublicController_rsvp: {
        parameters: {
            query?: {
                access?: string;
            };
            header?: never;
            path: {
                eventSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Consent to periodic digests by email. */
                    consentDigests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Version of the consent text shown next to the checkboxes; recorded with each consent. */
                    consentTextVersion?: string | (null);
                    /** @description Consent to campaign updates by email. */
                    consentUpdates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description ISO 3166-1 alpha-2 country code. */
                    country?: string | (null);
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @description Given name (at most 100 characters). */
                    firstName?: string | (null);
                    /** @description Which form on the campaign site (for the consent log). */
                    formId?: string | (null);
                    /** @description People coming along (each takes a seat); at most the event's maxGuests. */
                    guests?: "" | (number | string);
                    /** @description Family name (at most 100 characters). */
                    lastName?: string | (null);
                    /** @description Language the form was shown in; a new supporter's mail uses it. It never switches an existing supporter's language. */
                    locale?: "" | (null) | ("en" | "ar");
                    /** @description Phone number (optional, stored encrypted). */
                    phone?: string | (null);
                    /** @description Postal code (stored encrypted). */
                    postalCode?: string | (null);
                    /** @description HTML forms: redirect to the campaign's configured thank-you URL after posting. */
                    redirect?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description The referring page; only its host is kept. */
                    referrer?: string | (null);
                    /** @description Where the signup came from (free label); first touch is kept. */
                    source?: string | (null);
                    utmCampaign?: string | (null);
                    utmContent?: string | (null);
                    utmMedium?: string | (null);
                    utmSource?: string | (null);
                    utmTerm?: string | (null);
                    /** @description Honeypot: leave empty (hide this input from people). A filled value is accepted and silently dropped. */
                    website?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description Consent to periodic digests by email. */
                    consentDigests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Version of the consent text shown next to the checkboxes; recorded with each consent. */
                    consentTextVersion?: string | (null);
                    /** @description Consent to campaign updates by email. */
                    consentUpdates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description ISO 3166-1 alpha-2 country code. */
                    country?: string | (null);
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @description Given name (at most 100 characters). */
                    firstName?: string | (null);
                    /** @description Which form on the campaign site (for the consent log). */
                    formId?: string | (null);
                    /** @description People coming along (each takes a seat); at most the event's maxGuests. */
                    guests?: "" | (number | string);
                    /** @description Family name (at most 100 characters). */
                    lastName?: string | (null);
                    /** @description Language the form was shown in; a new supporter's mail uses it. It never switches an existing supporter's language. */
                    locale?: "" | (null) | ("en" | "ar");
                    /** @description Phone number (optional, stored encrypted). */
                    phone?: string | (null);
                    /** @description Postal code (stored encrypted). */
                    postalCode?: string | (null);
                    /** @description HTML forms: redirect to the campaign's configured thank-you URL after posting. */
                    redirect?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description The referring page; only its host is kept. */
                    referrer?: string | (null);
                    /** @description Where the signup came from (free label); first touch is kept. */
                    source?: string | (null);
                    utmCampaign?: string | (null);
                    utmContent?: string | (null);
                    utmMedium?: string | (null);
                    utmSource?: string | (null);
                    utmTerm?: string | (null);
                    /** @description Honeypot: leave empty (hide this input from people). A filled value is accepted and silently dropped. */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description The RSVP: confirmed, or waitlisted when the event is full and has a waitlist; the same answer for an address that had already RSVPed. A confirmation email follows (with a calendar file, and the online link for confirmed attendees). Browsers (Accept: text/html) get a page, or with redirect=true a 303 to the campaign's thank-you URL (with ?rsvp=confirmed|waitlisted). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /**
                         * @description confirmed, or waitlisted when the event is full and has a waitlist.
                         * @enum {string}
                         */
                        status: "confirmed" | "waitlisted";
                    };
                    "text/html": string;
                };
            };
            /** @description HTML forms that asked for it: redirect to the campaign's thank-you URL. */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Full without waitlist (event-full), RSVPs closed (rsvp-closed), cancelled (event-cancelled) or over (event-over). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsPublicController_list: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published petitions of the campaign (open, closed, delivered), newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            campaign: {
                                name: string;
                                slug: string;
                            };
                            /** Format: date-time */
                            closesAt: string | null;
                            confirmedCount: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            goal: number | null;
                            locale: string;
                            locales: string[];
                            /** @description The next milestone count above the current count, if any. */
                            nextThreshold: number | null;
                            slug: string;
                            /** @enum {string} */
                            status: "open" | "closed" | "delivered";
                            target: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
    };
    PetitionsPublicController_get: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                petitionSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The petition in the asked locale (or its own), its confirmed count (cached, exact within about 2 s) and its latest signers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyHtml: string;
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        /** Format: date-time */
                        closesAt: string | null;
                        confirmedCount: number;
                        /** Format: date-time */
                        deliveredAt: string | null;
                        goal: number | null;
                        locale: string;
                        locales: string[];
                        /** @description The next milestone count above the current count, if any. */
                        nextThreshold: number | null;
                        recentSigners: {
                            /** @description Only for signers who chose to be public. */
                            comment: string | null;
                            /** @description "First L." or "Anonymous". */
                            name: string;
                            /**
                             * Format: date-time
                             * @description Rounded down to the minute.
                             */
                            signedAt: string;
                        }[];
                        slug: string;
                        /** @enum {string} */
                        status: "open" | "closed" | "delivered";
                        target: string;
                        title: string;
                    };
                };
            };
        };
    };
    PetitionsPublicController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                petitionSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Optional comment (at most 1000 characters); shown publicly only when showName is true. */
                    comment?: string | (null);
                    /** @description Consent to periodic digests by email. */
                    consentDigests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Version of the consent text shown next to the checkboxes; recorded with each consent. */
                    consentTextVersion?: string | (null);
                    /** @description Consent to campaign updates by email. */
                    consentUpdates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description ISO 3166-1 alpha-2 country code. */
                    country?: string | (null);
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @description Given name (at most 100 characters). */
                    firstName?: string | (null);
                    /** @description Which form on the campaign site (for the consent log). */
                    formId?: string | (null);
                    /** @description Family name (at most 100 characters). */
                    lastName?: string | (null);
                    /** @description Language the form was shown in; a new supporter's mail uses it. It never switches an existing supporter's language. */
                    locale?: "" | (null) | ("en" | "ar");
                    /** @description Phone number (optional, stored encrypted). */
                    phone?: string | (null);
                    /** @description Postal code (stored encrypted). */
                    postalCode?: string | (null);
                    /** @description HTML forms: redirect to the campaign's configured thank-you URL after posting. */
                    redirect?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description The referring page; only its host is kept. */
                    referrer?: string | (null);
                    /** @description List me publicly as "First L." (default: listed as "Anonymous"). */
                    showName?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Where the signup came from (free label); first touch is kept. */
                    source?: string | (null);
                    utmCampaign?: string | (null);
                    utmContent?: string | (null);
                    utmMedium?: string | (null);
                    utmSource?: string | (null);
                    utmTerm?: string | (null);
                    /** @description Honeypot: leave empty (hide this input from people). A filled value is accepted and silently dropped. */
                    website?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description Optional comment (at most 1000 characters); shown publicly only when showName is true. */
                    comment?: string | (null);
                    /** @description Consent to periodic digests by email. */
                    consentDigests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Version of the consent text shown next to the checkboxes; recorded with each consent. */
                    consentTextVersion?: string | (null);
                    /** @description Consent to campaign updates by email. */
                    consentUpdates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description ISO 3166-1 alpha-2 country code. */
                    country?: string | (null);
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @description Given name (at most 100 characters). */
                    firstName?: string | (null);
                    /** @description Which form on the campaign site (for the consent log). */
                    formId?: string | (null);
                    /** @description Family name (at most 100 characters). */
                    lastName?: string | (null);
                    /** @description Language the form was shown in; a new supporter's mail uses it. It never switches an existing supporter's language. */
                    locale?: "" | (null) | ("en" | "ar");
                    /** @description Phone number (optional, stored encrypted). */
                    phone?: string | (null);
                    /** @description Postal code (stored encrypted). */
                    postalCode?: string | (null);
                    /** @description HTML forms: redirect to the campaign's configured thank-you URL after posting. */
                    redirect?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description The referring page; only its host is kept. */
                    referrer?: string | (null);
                    /** @description List me publicly as "First L." (default: listed as "Anonymous"). */
                    showName?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Where the signup came from (free label); first touch is kept. */
                    source?: string | (null);
                    utmCampaign?: string | (null);
                    utmContent?: string | (null);
                    utmMedium?: string | (null);
                    utmSource?: string | (null);
                    utmTerm?: string | (null);
                    /** @description Honeypot: leave empty (hide this input from people). A filled value is accepted and silently dropped. */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Always the same answer, whether this is a first signature, a repeat of an address that already signed, or a submission dropped by the honeypot: the signer receives an email and the signature counts once confirmed. Browsers (HTML forms) get a page, or with redirect=true the campaign's thank-you URL. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @enum {string} */
                        status: "pending";
                    };
                    "text/html": string;
                };
            };
            /** @description HTML forms that asked for it: redirect to the campaign's thank-you URL. */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The petition is closed or delivered (problem type petition-closed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many signatures from this client IP (PETITION_SIGN_BURST_PER_MINUTE, SIGNUP_MAX_PER_IP_PER_HOUR); see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsPublicController_signers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
            };
            header?: never;
            path: {
                petitionSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmed signers, newest first: "First L." for those who chose to be listed, otherwise "Anonymous". Never an email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Only for signers who chose to be public. */
                            comment: string | null;
                            /** @description "First L." or "Anonymous". */
                            name: string;
                            /**
                             * Format: date-time
                             * @description Rounded down to the minute.
                             */
                            signedAt: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    SupportersPublicController_privacyRequestByEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @enum {string} */
                    kind: "export" | "erasure";
                };
                "application/x-www-form-urlencoded": {
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @enum {string} */
                    kind: "export" | "erasure";
                };
            };
        };
        responses: {
            /** @description Ask by email address for a copy or the erasure of your data. Always the same answer; a link is mailed only if the address is on the list. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The same whether or not the address is on the list. */
                        message: string;
                        /** @enum {boolean} */
                        ok: true;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsPublicController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Items per page, at most 200 (default 50). */
                limit?: number | string;
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published statements, newest first, each in the requested language when translated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Language of this rendering. */
                            locale: string;
                            /** Format: date-time */
                            publishedAt: string;
                            slug: string;
                            summary: string;
                            title: string;
                            /** @description Every locale this statement exists in. */
                            translations: string[];
                            /**
                             * Format: date-time
                             * @description Last content change (the publication time when never edited since).
                             */
                            updatedAt: string;
                            url: string;
                        }[];
                        /** @description Pass as ?cursor= to get the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsPublicController_atom: {
        parameters: {
            query?: {
                /** @description Feed language (default: the campaign's). */
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 feed of published statements (RFC 4287). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsPublicController_rss: {
        parameters: {
            query?: {
                /** @description Feed language (default: the campaign's). */
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RSS 2.0 feed of published statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsPublicController_detail: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                slug: string;
                statementSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 404 before publication; 410 once retracted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sanitized HTML rendering of the Markdown body. */
                        html: string;
                        /** @description Language of this rendering. */
                        locale: string;
                        /** Format: date-time */
                        publishedAt: string;
                        slug: string;
                        summary: string;
                        title: string;
                        /** @description Every locale this statement exists in. */
                        translations: string[];
                        /**
                         * Format: date-time
                         * @description Last content change (the publication time when never edited since).
                         */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_signup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Consent to periodic digests by email. */
                    consentDigests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Version of the consent text shown next to the checkboxes; recorded with each consent. */
                    consentTextVersion?: string | (null);
                    /** @description Consent to campaign updates by email. */
                    consentUpdates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description ISO 3166-1 alpha-2 country code. */
                    country?: string | (null);
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @description Given name (at most 100 characters). */
                    firstName?: string | (null);
                    /** @description Which form on the campaign site (for the consent log). */
                    formId?: string | (null);
                    /** @description Family name (at most 100 characters). */
                    lastName?: string | (null);
                    /** @description Language the form was shown in; a new supporter's mail uses it. It never switches an existing supporter's language. */
                    locale?: "" | (null) | ("en" | "ar");
                    /** @description Phone number (optional, stored encrypted). */
                    phone?: string | (null);
                    /** @description Postal code (stored encrypted). */
                    postalCode?: string | (null);
                    /** @description HTML forms: redirect to the campaign's configured thank-you URL after posting. */
                    redirect?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description The referring page; only its host is kept. */
                    referrer?: string | (null);
                    /** @description Where the signup came from (free label); first touch is kept. */
                    source?: string | (null);
                    utmCampaign?: string | (null);
                    utmContent?: string | (null);
                    utmMedium?: string | (null);
                    utmSource?: string | (null);
                    utmTerm?: string | (null);
                    /** @description Honeypot: leave empty (hide this input from people). A filled value is accepted and silently dropped. */
                    website?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description Consent to periodic digests by email. */
                    consentDigests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Version of the consent text shown next to the checkboxes; recorded with each consent. */
                    consentTextVersion?: string | (null);
                    /** @description Consent to campaign updates by email. */
                    consentUpdates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description ISO 3166-1 alpha-2 country code. */
                    country?: string | (null);
                    /** @description Email address; compared case-insensitively after Unicode normalization. */
                    email: string;
                    /** @description Given name (at most 100 characters). */
                    firstName?: string | (null);
                    /** @description Which form on the campaign site (for the consent log). */
                    formId?: string | (null);
                    /** @description Family name (at most 100 characters). */
                    lastName?: string | (null);
                    /** @description Language the form was shown in; a new supporter's mail uses it. It never switches an existing supporter's language. */
                    locale?: "" | (null) | ("en" | "ar");
                    /** @description Phone number (optional, stored encrypted). */
                    phone?: string | (null);
                    /** @description Postal code (stored encrypted). */
                    postalCode?: string | (null);
                    /** @description HTML forms: redirect to the campaign's configured thank-you URL after posting. */
                    redirect?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description The referring page; only its host is kept. */
                    referrer?: string | (null);
                    /** @description Where the signup came from (free label); first touch is kept. */
                    source?: string | (null);
                    utmCampaign?: string | (null);
                    utmContent?: string | (null);
                    utmMedium?: string | (null);
                    utmSource?: string | (null);
                    utmTerm?: string | (null);
                    /** @description Honeypot: leave empty (hide this input from people). A filled value is accepted and silently dropped. */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Always the same answer, whether or not the address was already on the list. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown to the person. The same whether or not the address was already on the list. */
                        message: string;
                        /** @enum {boolean} */
                        ok: true;
                    };
                    "text/html": string;
                };
            };
            /** @description HTML forms that asked for it: redirect to the campaign's thank-you URL. */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesPublicController_timeline: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Items per page, at most 200 (default 100). */
                limit?: number | string;
                locale?: "en" | "ar";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign timeline ordered by date, with day counts since the campaign started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            /** @description Days since the campaign started (0 on its first day). */
                            daysSinceStart: number | null;
                            name: string;
                            slug: string;
                            startedOn: string | null;
                            /** @description Today in the campaign's time zone. */
                            today: string;
                        };
                        items: {
                            daysSinceStart: number | null;
                            description: string;
                            descriptionHtml: string;
                            id: string;
                            /** @enum {string} */
                            kind: "win" | "action" | "escalation" | "setback" | "report";
                            locale: string;
                            /** Format: date-time */
                            occurredAt: string | null;
                            occurredOn: string;
                            /** @enum {string} */
                            precision: "day" | "instant";
                            sourceLinks: {
                                publisher?: string;
                                title?: string;
                                url: string;
                            }[];
                            statement: {
                                slug: string;
                                title: string;
                                url: string;
                            } | null;
                            title: string;
                            translations: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_confirmPage: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The confirmation page (a button that POSTs); JSON: whether it is confirmed already. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        confirmed: boolean;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_confirm: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
                "application/x-www-form-urlencoded": Record<string, never>;
            };
        };
        responses: {
            /** @description Confirms the signup (double opt-in). Harmless to repeat. Browsers go to the campaign's confirmed URL when one is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        /** @description false when it was already confirmed */
                        changed: boolean;
                        /** @enum {boolean} */
                        ok: true;
                    };
                    "text/html": string;
                };
            };
            /** @description HTML forms that asked for it: redirect to the campaign's thank-you URL. */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_erasePage: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The erasure confirmation page: what will be deleted, and a button that POSTs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        } | null;
                        erased: boolean;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_erase: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The confirmation step: true to erase for good. */
                    confirm: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                };
                "application/x-www-form-urlencoded": {
                    /** @description The confirmation step: true to erase for good. */
                    confirm: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                };
            };
        };
        responses: {
            /** @description Erases your data for good (`confirm: true` is the confirmation step). Repeating it is harmless. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        erased: true;
                        /** @enum {boolean} */
                        ok: true;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsPublicController_cancelPage: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page behind the emailed cancel link: a button that POSTs the token (a GET cancels nothing, as mail scanners follow links). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsPublicController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    format?: "json" | "html";
                    token: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    format?: "json" | "html";
                    token: string;
                };
            };
        };
        responses: {
            /** @description Cancels the RSVP behind the signed token (idempotent); a confirmed seat goes to the first person on the waitlist. Browsers get a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        event: {
                            localStartText: string;
                            title: string;
                        };
                        /** @enum {string} */
                        status: "cancelled" | "already-cancelled";
                    };
                    "text/html": string;
                };
            };
            /** @description The event has already started (event-started). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_exportPage: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export page (a button that POSTs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_export: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
                "application/x-www-form-urlencoded": Record<string, never>;
            };
        };
        responses: {
            /** @description Everything held about you, as a JSON download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        consentLog: {
                            [key: string]: unknown;
                        }[];
                        /** Format: date-time */
                        exportedAt: string;
                        /** @description Data other modules hold (petition signatures, RSVPs...). */
                        other: {
                            [key: string]: unknown;
                        };
                        supporter: {
                            [key: string]: unknown;
                        };
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_preferences: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Preferences behind the signed link in every email (no login). The email is masked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        /** @enum {string} */
                        digestFrequency: "never" | "daily" | "weekly";
                        digestHour: number | null;
                        /** @description Masked (j***@example.org): a forwarded link must not reveal the address. */
                        email: string | null;
                        /** @enum {string} */
                        locale: "en" | "ar";
                        /** @enum {string} */
                        mailStatus: "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                        purposes: {
                            digests: boolean;
                            updates: boolean;
                        };
                        /** @enum {string} */
                        status: "pending" | "confirmed";
                        timeZone: string | null;
                        unsubscribed: boolean;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_updatePreferences: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    digestFrequency?: "" | ("never" | "daily" | "weekly");
                    /** @description Preferred hour (0-23) for digests; empty or null for no preference. */
                    digestHour?: "" | (null) | (number | string);
                    /** @description Digests by email. */
                    digests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Set by the HTML preferences page: a purpose left out means "no". */
                    fullForm?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Language of your mail. */
                    locale?: "" | ("en" | "ar");
                    /** @description IANA zone of digestHour; empty or null for the campaign's zone. */
                    timeZone?: "" | (null) | string;
                    /** @description Unsubscribe from all mail of this campaign. */
                    unsubscribeAll?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Campaign updates by email. */
                    updates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                };
                "application/x-www-form-urlencoded": {
                    digestFrequency?: "" | ("never" | "daily" | "weekly");
                    /** @description Preferred hour (0-23) for digests; empty or null for no preference. */
                    digestHour?: "" | (null) | (number | string);
                    /** @description Digests by email. */
                    digests?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Set by the HTML preferences page: a purpose left out means "no". */
                    fullForm?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Language of your mail. */
                    locale?: "" | ("en" | "ar");
                    /** @description IANA zone of digestHour; empty or null for the campaign's zone. */
                    timeZone?: "" | (null) | string;
                    /** @description Unsubscribe from all mail of this campaign. */
                    unsubscribeAll?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                    /** @description Campaign updates by email. */
                    updates?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                };
            };
        };
        responses: {
            /** @description Changes preferences: purposes (each change logged as a grant or withdrawal), digest frequency and hour, locale, or unsubscribe from everything. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        /** @enum {string} */
                        digestFrequency: "never" | "daily" | "weekly";
                        digestHour: number | null;
                        /** @description Masked (j***@example.org): a forwarded link must not reveal the address. */
                        email: string | null;
                        /** @enum {string} */
                        locale: "en" | "ar";
                        /** @enum {string} */
                        mailStatus: "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                        purposes: {
                            digests: boolean;
                            updates: boolean;
                        };
                        /** @enum {string} */
                        status: "pending" | "confirmed";
                        timeZone: string | null;
                        unsubscribed: boolean;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_privacyRequestByToken: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "export" | "erasure";
                };
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    kind: "export" | "erasure";
                };
            };
        };
        responses: {
            /** @description Emails a short-lived link to download (export) or erase your data: the email is the confirmation step. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The same whether or not the address is on the list. */
                        message: string;
                        /** @enum {boolean} */
                        ok: true;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsPublicController_confirmPage: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page behind the emailed link: a button that POSTs (mail scanners that follow links confirm nothing). JSON: whether it is confirmed already. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmed: boolean;
                        petition: {
                            campaignSlug: string;
                            slug: string;
                            title: string;
                        };
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PetitionsPublicController_confirm: {
        parameters: {
            query?: {
                /** @description The signed token from the emailed link. */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The signed token from the emailed link. */
                    token?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description The signed token from the emailed link. */
                    token?: string;
                };
            };
        };
        responses: {
            /** @description Confirms the signature (it counts from the next count tick, within about 2 s). Harmless to repeat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        petition: {
                            campaignSlug: string;
                            slug: string;
                            title: string;
                        };
                        /** @enum {string} */
                        status: "confirmed";
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_unsubscribePage: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unsubscribe page (a button that POSTs). Opening it changes nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        unsubscribed: boolean;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupportersPublicController_unsubscribe: {
        parameters: {
            query: {
                /** @description The signed token from the emailed link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Sent by mail clients (RFC 8058).
                     * @enum {string}
                     */
                    "List-Unsubscribe"?: "One-Click";
                };
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Sent by mail clients (RFC 8058).
                     * @enum {string}
                     */
                    "List-Unsubscribe"?: "One-Click";
                };
            };
        };
        responses: {
            /** @description RFC 8058 one-click unsubscribe (List-Unsubscribe-Post): immediate, from all campaign mail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            name: string;
                            slug: string;
                        };
                        /** @enum {boolean} */
                        ok: true;
                        /** @enum {boolean} */
                        unsubscribed: true;
                    };
                    "text/html": string;
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailWebhookController_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 with WEBHOOK_SECRET of "<t>.<raw body>">; at most MAIL_WEBHOOK_TOLERANCE_SECONDS old. */
                "x-groundswell-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Up to 100 bounce/complaint events. */
        requestBody: {
            content: {
                "application/json": {
                    events: {
                        bounce?: {
                            /** @description The remote server's reply, e.g. "550 5.1.1 user unknown". */
                            diagnostic?: string;
                            /**
                             * @description permanent (hard) bounces suppress the address; transient ones are only recorded.
                             * @enum {string}
                             */
                            type: "permanent" | "transient";
                        };
                        complaint?: {
                            feedbackType?: string;
                        };
                        /** @description The sender's unique event id; a repeated delivery of one id is recorded once. */
                        id: string;
                        /** @description Message-ID header of our message (`<uuid@domain>`), when known. */
                        messageId?: string;
                        /**
                         * Format: date-time
                         * @description When the bounce or complaint happened (ISO 8601).
                         */
                        occurredAt: string;
                        /** @description The address that bounced or complained. Used only to compute its blind index; never stored. */
                        recipient: string;
                        /** @enum {string} */
                        type: "bounce" | "complaint";
                    }[];
                };
            };
        };
        responses: {
            /** @description How many events were received, newly recorded, and newly suppressed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        received: number;
                        recorded: number;
                        suppressed: number;
                    };
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
