// Generated from /openapi.json by `npm run console:client`; do not edit by hand.
// test/e2e/console-client.e2e.test.ts fails when this file and the running API disagree.

export interface paths {
    "/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A static asset of the public pages (hashed name, immutable) */
        get: operations["assetsFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: creates your account, joins the campaign and signs you in to the console */
        post: operations["membershipsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation sent to the address of the account you are signed in with */
        post: operations["membershipsJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in for a bearer session token (API clients) */
        post: operations["authLogin"];
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
        /** End the bearer session used for this request */
        post: operations["authLogout"];
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
        /** The signed-in organizer */
        get: operations["authMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your account settings (the language of the console and of your mail) */
        patch: operations["authUpdateMe"];
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (needs the current one); signs out your other sessions */
        post: operations["authChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password from an emailed reset link; signs out every session */
        post: operations["authCompletePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link */
        post: operations["authRequestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The console session of the gs_session cookie */
        get: operations["authSession"];
        put?: never;
        /** Sign in to the console: sets the HttpOnly gs_session cookie */
        post: operations["authCreateSession"];
        /** Sign out of the console: revokes the session and clears the cookie */
        delete: operations["authDeleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in to the console from an emailed sign-in link, with the password */
        post: operations["authCreateSessionFromLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your active sessions */
        get: operations["authSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of your sessions (another device, or this one) */
        delete: operations["authRevokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a sign-in link (for an account whose password sign-ins are throttled) */
        post: operations["authRequestSignInLink"];
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
        /** List your personal API tokens */
        get: operations["authTokens"];
        put?: never;
        /** Create a personal API token (shown once), read-only or read-write, for one campaign or all */
        post: operations["membershipsCreateToken"];
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
        /** Revoke one of your API tokens */
        delete: operations["authRevokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether two-factor authentication is on, and how many recovery codes are left */
        get: operations["authTwoFactorStatus"];
        put?: never;
        /** Start two-factor enrolment: a new TOTP secret and its otpauth URI (on after confirmation) */
        post: operations["authEnrolTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm enrolment with a code from the app; answers the recovery codes once */
        post: operations["authConfirmTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor authentication off (needs the password and a code or recovery code) */
        post: operations["authDisableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's home page (HTML) */
        get: operations["pagesHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/events/{eventSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event page with its RSVP form (HTML) */
        get: operations["pagesEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/events/{eventSlug}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page after an RSVP (HTML) */
        get: operations["pagesEventThanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/petitions/{petitionSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A petition page with its sign form (HTML) */
        get: operations["pagesPetition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/petitions/{petitionSlug}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thank-you page after signing (HTML) */
        get: operations["pagesPetitionThanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/privacy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's privacy page (HTML) */
        get: operations["pagesPrivacy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's statements (HTML) */
        get: operations["pagesStatementList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/statements/{statementSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A statement page (HTML) */
        get: operations["pagesStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thank-you page after the signup form (HTML) */
        get: operations["pagesSignupThanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/{slug}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's timeline (HTML) */
        get: operations["pagesTimeline"];
        put?: never;
        post?: never;
        delete?: never;
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
        /** List my campaigns */
        get: operations["campaignsMine"];
        put?: never;
        /** Create a campaign */
        post: operations["campaignsCreate"];
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
        /** Get a campaign */
        get: operations["campaignsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update campaign settings */
        patch: operations["campaignsUpdate"];
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
        /** Archive a campaign */
        post: operations["campaignsArchive"];
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
        /**
         * List the campaign's audit log
         * @description Owners and admins. Filter by member (`actorId`) and to accesses to supporters' personal data (`personalData=true`); entries name counts and ids, never a supporter's details.
         */
        get: operations["auditList"];
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
        /** List broadcasts */
        get: operations["broadcastsList"];
        put?: never;
        /** Create a broadcast draft */
        post: operations["broadcastsCreate"];
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
        /** Get a broadcast with its progress */
        get: operations["broadcastsGet"];
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
        /** Cancel a broadcast */
        post: operations["broadcastsCancel"];
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
        /** Pause a broadcast */
        post: operations["broadcastsPause"];
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
        /** Preview a broadcast in each language */
        get: operations["broadcastsPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/resend-unconfirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend the messages recorded as sent, unconfirmed
         * @description A worker that dies after the end of data and before the server replies leaves its message recorded as sent, unconfirmed (progress.unconfirmed): most of these were delivered, a few may not have been. This queues them again, knowingly giving most of their recipients a second copy (with the same Message-ID, which many receivers deduplicate). Audited; each message is resent this way at most once, so repeating the call is safe. 409 while the broadcast is a draft or paused.
         */
        post: operations["broadcastsResendUnconfirmed"];
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
        /** Resume a paused broadcast */
        post: operations["broadcastsResume"];
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
        /** Schedule a broadcast */
        post: operations["broadcastsSchedule"];
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
        /** Start sending a broadcast */
        post: operations["broadcastsStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/broadcasts/{broadcastId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test of a broadcast to myself */
        post: operations["broadcastsSendTest"];
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
        /** Unschedule a broadcast */
        post: operations["broadcastsUnschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaign overview dashboard */
        get: operations["dashboardOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/dashboard/series/{metric}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A time series for the dashboard */
        get: operations["dashboardSeries"];
        put?: never;
        post?: never;
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
        /** Preview a supporter's next digest */
        get: operations["digestsPreview"];
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
        /** List digest runs */
        get: operations["digestsRuns"];
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
        /** Get a digest run */
        get: operations["digestsRun"];
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
        /** Get digest settings */
        get: operations["digestsSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update digest settings */
        patch: operations["digestsUpdateSettings"];
        trace?: never;
    };
    "/campaigns/{campaignId}/embeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the embed snippets of the campaign's forms */
        get: operations["embedSnippetsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List events */
        get: operations["eventsList"];
        put?: never;
        /** Create an event */
        post: operations["eventsCreate"];
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
        /** Get an event */
        get: operations["eventsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an event (notifies attendees of changes) */
        patch: operations["eventsUpdate"];
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List attendees */
        get: operations["eventsAttendees"];
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
        /** Export attendees as CSV */
        get: operations["eventsAttendeesCsv"];
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
        /** Cancel an attendee's RSVP */
        post: operations["eventsRemoveAttendee"];
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
        /** Check an attendee in */
        post: operations["eventsCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/attendees/{rsvpId}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Promote one person from the waitlist */
        post: operations["eventsPromote"];
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
        /** Cancel an event */
        post: operations["eventsCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/cancel-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview the cancellation notice */
        post: operations["eventsCancelPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events/{eventId}/change-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview the change notice of an edit */
        post: operations["eventsChangePreview"];
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
        /** Get a private event's invitation link */
        get: operations["eventsInviteLink"];
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
        /** List event staff */
        get: operations["eventsStaff"];
        put?: never;
        /** Assign staff to an event */
        post: operations["eventsAddStaff"];
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
        /** Remove staff from an event */
        delete: operations["eventsRemoveStaff"];
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
        /** List pending invitations */
        get: operations["campaignsInvitations"];
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
        /** Revoke an invitation */
        delete: operations["campaignsRevokeInvitation"];
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
        /** List sent and queued messages */
        get: operations["mailList"];
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
        /** Get a message with its delivery events */
        get: operations["mailGet"];
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
        /** Retry a failed message */
        post: operations["mailRetry"];
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
        /** Retry every failed message */
        post: operations["mailRetryFailed"];
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
        /** Count messages by state */
        get: operations["mailStats"];
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
        /** List a supporter's messages */
        get: operations["mailHistory"];
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
        /** List mail templates */
        get: operations["mailListTemplates"];
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
        /** Preview a mail template */
        post: operations["mailPreviewTemplate"];
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
        /** List members */
        get: operations["campaignsMembers"];
        put?: never;
        /** Invite a member */
        post: operations["campaignsInvite"];
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
        /** Remove a member */
        delete: operations["campaignsRemove"];
        options?: never;
        head?: never;
        /** Change a member's role */
        patch: operations["campaignsChangeRole"];
        trace?: never;
    };
    "/campaigns/{campaignId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the milestone timeline */
        get: operations["milestonesList"];
        put?: never;
        /** Record a milestone */
        post: operations["milestonesCreate"];
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
        /** Get a milestone */
        get: operations["milestonesGet"];
        put?: never;
        post?: never;
        /** Delete a milestone */
        delete: operations["milestonesRemove"];
        options?: never;
        head?: never;
        /** Edit a milestone */
        patch: operations["milestonesUpdate"];
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
        /** Send a milestone's alert */
        post: operations["milestonesAlert"];
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
        /** Preview a milestone's alert email */
        get: operations["milestonesPreview"];
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
        /** Alert delivery progress of a milestone */
        get: operations["milestonesProgress"];
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
        /** List petitions */
        get: operations["petitionsList"];
        put?: never;
        /** Create a petition */
        post: operations["petitionsCreate"];
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
        /** Get a petition */
        get: operations["petitionsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, open or close a petition */
        patch: operations["petitionsUpdate"];
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
        /** Archive a petition */
        post: operations["petitionsArchive"];
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
        /** Mark a petition delivered */
        post: operations["petitionsDeliver"];
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
        /** Delivery list of named signers as CSV */
        get: operations["petitionsDeliveryCsv"];
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
        /** Printable delivery document */
        get: operations["petitionsDeliveryHtml"];
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
        /** List signatures */
        get: operations["signaturesList"];
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
        /** Export signatures as CSV */
        get: operations["signaturesExport"];
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
        /** Invalidate a signature */
        post: operations["signaturesInvalidate"];
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
        /** Reinstate an invalidated signature */
        post: operations["signaturesReinstate"];
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
        /** Invalidate a burst of signatures */
        post: operations["signaturesInvalidateMatching"];
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
        /** Signature counts by status, day and source */
        get: operations["signaturesStats"];
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
        /** Trending IP hashes and email domains */
        get: operations["signaturesTrending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get retention rules */
        get: operations["retentionPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update retention rules */
        patch: operations["retentionUpdatePolicy"];
        trace?: never;
    };
    "/campaigns/{campaignId}/retention/expiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List upcoming expiries */
        get: operations["retentionExpiries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/shutdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the campaign shutdown state */
        get: operations["retentionShutdown"];
        put?: never;
        /** Schedule the campaign shutdown */
        post: operations["retentionSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/shutdown/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the campaign shutdown */
        post: operations["retentionCancel"];
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
        /** List statements */
        get: operations["statementsList"];
        put?: never;
        /** Create a statement draft */
        post: operations["statementsCreate"];
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
        /** Get a statement */
        get: operations["statementsGet"];
        put?: never;
        post?: never;
        /** Delete an unpublished statement */
        delete: operations["statementsRemove"];
        options?: never;
        head?: never;
        /** Edit a statement (new revision) */
        patch: operations["statementsUpdate"];
        trace?: never;
    };
    "/campaigns/{campaignId}/statements/{statementId}/alert-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview a statement's alert email */
        get: operations["statementsPreview"];
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
        /** Alert delivery progress of a statement */
        get: operations["statementsAlertProgress"];
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
        /** Approve a statement */
        post: operations["statementsApprove"];
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
        /** Diff two revisions */
        get: operations["statementsDiff"];
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
        /** Publish a statement now */
        post: operations["statementsPublish"];
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
        /** Retract a published statement */
        post: operations["statementsRetract"];
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
        /** Return a statement to draft */
        post: operations["statementsReturnToDraft"];
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
        /** List a statement's revisions */
        get: operations["statementsRevisions"];
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
        /** Get one revision */
        get: operations["statementsRevision"];
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
        /** Schedule a statement */
        post: operations["statementsSchedule"];
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
        /** Submit a statement for review */
        post: operations["statementsSubmit"];
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
        /** Unschedule a statement */
        post: operations["statementsUnschedule"];
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
        /** Search supporters */
        get: operations["supportersList"];
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
        /** Get a supporter's profile */
        get: operations["supportersGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a supporter */
        patch: operations["supportersEdit"];
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
        /** Erase a supporter */
        post: operations["supportersErase"];
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
        /** Export everything held about a supporter */
        get: operations["supportersExport"];
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
        /** List erasures */
        get: operations["supportersErasures"];
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
        /** Export supporters as CSV */
        get: operations["supportersExportCsv"];
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
        post: operations["supportersImport"];
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
        /** Get supporter form settings */
        get: operations["supportersSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update supporter form settings */
        patch: operations["supportersUpdateSettings"];
        trace?: never;
    };
    "/campaigns/{campaignId}/supporters/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supporter counts, signups per day and top sources */
        get: operations["supportersStats"];
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
        /** Add or remove tags in bulk */
        post: operations["supportersTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["webhooksList"];
        put?: never;
        /** Register a webhook endpoint */
        post: operations["webhooksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/webhooks/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["webhooksGet"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint */
        delete: operations["webhooksRemove"];
        options?: never;
        head?: never;
        /** Change, disable or re-enable a webhook endpoint */
        patch: operations["webhooksUpdate"];
        trace?: never;
    };
    "/campaigns/{campaignId}/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a webhook endpoint's deliveries */
        get: operations["webhooksDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeliver a webhook delivery */
        post: operations["webhooksRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/webhooks/{endpointId}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a signed test event to a webhook endpoint */
        post: operations["webhooksPing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/webhooks/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a webhook endpoint's signing secret */
        post: operations["webhooksRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loader of the one-line script snippet (JavaScript) */
        get: operations["embedLoader"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{slug}/events/{eventSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The embeddable RSVP form of a public event (HTML, for an iframe) */
        get: operations["embedEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{slug}/events/{eventSlug}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page after an embedded RSVP (HTML, for an iframe) */
        get: operations["embedEventThanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{slug}/petitions/{petitionSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The embeddable sign form of a petition (HTML, for an iframe) */
        get: operations["embedPetition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{slug}/petitions/{petitionSlug}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thank-you state of an embedded sign form (HTML, for an iframe) */
        get: operations["embedPetitionThanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{slug}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The embeddable signup form of a campaign (HTML, for an iframe) */
        get: operations["embedSignup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{slug}/signup/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page after an embedded signup (HTML, for an iframe) */
        get: operations["embedSignupThanks"];
        put?: never;
        post?: never;
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
        /** Liveness check */
        get: operations["healthLive"];
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
        /** Readiness check */
        get: operations["healthReady"];
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
        /** Accept an invitation */
        post: operations["campaignsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this process (Authorization: Bearer METRICS_TOKEN) */
        get: operations["metricsScrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI API entry point (AEP) of a campaign */
        get: operations["osdiPeopleAep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI events of a campaign, newest first */
        get: operations["osdiActionsEventList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: one event, with capacity and total_accepted */
        get: operations["osdiActionsEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/events/{eventId}/attendances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: an event's attendances (RSVPs), newest first (owners, admins and the event's staff); filterable by created_date and modified_date (gt ge lt le, joined by and) */
        get: operations["osdiActivitiesAttendanceList"];
        put?: never;
        /** OSDI: record an attendance (RSVP) of a linked or embedded person (capacity and waitlist apply) */
        post: operations["osdiActivitiesCreateAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/events/{eventId}/attendances/{attendanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: one attendance (owners, admins and the event's staff) */
        get: operations["osdiActivitiesAttendance"];
        /** OSDI: update an attendance (merge): attended checks in, status "declined" cancels */
        put: operations["osdiActivitiesUpdateAttendance"];
        post?: never;
        /** OSDI: delete an attendance, i.e. cancel the RSVP (its seat goes to the waitlist; no email to the person) */
        delete: operations["osdiActivitiesDeleteAttendance"];
        options?: never;
        head?: never;
        /** OSDI: update an attendance (same merge as PUT) */
        patch: operations["osdiActivitiesPatchAttendance"];
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/events/{eventId}/record_attendance_helper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OSDI record_attendance_helper: RSVP as the public form does (capacity, waitlist) */
        post: operations["osdiActionsRecordAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI extension (groundswell:milestones): the campaign’s milestones, newest first */
        get: operations["osdiCampaignMilestoneList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI people: a page, in modification order, filterable (modified_date, created_date, email_address) */
        get: operations["osdiPeoplePeople"];
        put?: never;
        /** OSDI: create (or match by email) a person; the same path as person_signup_helper */
        post: operations["osdiPeopleCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: one person */
        get: operations["osdiPeoplePerson"];
        /** OSDI: update a person (merge: absent fields stay, null clears) */
        put: operations["osdiPeopleUpdate"];
        post?: never;
        /** OSDI: delete a person (erasure: personal data removed, anonymous tombstone kept) */
        delete: operations["osdiPeopleRemove"];
        options?: never;
        head?: never;
        /** OSDI: update a person (same merge as PUT) */
        patch: operations["osdiPeoplePatch"];
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/people/{personId}/taggings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: a person's taggings */
        get: operations["osdiPeoplePersonTaggings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/people/person_signup_helper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OSDI person_signup_helper: sign a person up exactly as the public form does (double opt-in, consent) */
        post: operations["osdiPeopleSignupHelper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI petitions of a campaign, newest first */
        get: operations["osdiActionsPetitionList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/petitions/{petitionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: one petition, with total_signatures */
        get: operations["osdiActionsPetition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/petitions/{petitionId}/record_signature_helper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OSDI record_signature_helper: sign as the public form does (one signature per person) */
        post: operations["osdiActionsRecordSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/petitions/{petitionId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: a petition's signatures, newest first; filterable by created_date and modified_date (gt ge lt le, joined by and) */
        get: operations["osdiActivitiesSignatureList"];
        put?: never;
        /** OSDI: record a signature of a linked or embedded person (the public form’s rules; pending until confirmed by email) */
        post: operations["osdiActivitiesCreateSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/petitions/{petitionId}/signatures/{signatureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: one signature (the signer linked for admins and owners) */
        get: operations["osdiActivitiesSignature"];
        put?: never;
        post?: never;
        /** OSDI: delete a signature, i.e. invalidate it (no longer counted, kept for the record, audited) */
        delete: operations["osdiActivitiesDeleteSignature"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI extension (groundswell:statements): the campaign’s statements, newest first */
        get: operations["osdiCampaignStatementList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI tags: the tags on the campaign’s people, alphabetical */
        get: operations["osdiPeopleTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/osdi/v1/campaigns/{campaignId}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSDI: one tag */
        get: operations["osdiPeopleTag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a public campaign */
        get: operations["campaignsPublicGet"];
        put?: never;
        post?: never;
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
        /** List upcoming public events */
        get: operations["eventsPublicList"];
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
        /** Campaign calendar feed (iCalendar) */
        get: operations["eventsPublicFeed"];
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
        /** Get a public event */
        get: operations["eventsPublicGet"];
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
        /** Download an event as iCalendar */
        get: operations["eventsPublicCalendar"];
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
        /** RSVP to an event */
        post: operations["eventsPublicRsvp"];
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
        /** List a campaign's published petitions */
        get: operations["petitionsPublicList"];
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
        /** Get a published petition */
        get: operations["petitionsPublicGet"];
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
        /** Sign a petition */
        post: operations["petitionsPublicSign"];
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
        /** List public signers */
        get: operations["petitionsPublicSigners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}/privacy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a campaign's privacy facts */
        get: operations["privacyPublicGet"];
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
        /** Request my data or its erasure by email address */
        post: operations["supportersPublicPrivacyRequestByEmail"];
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
        /** List published statements */
        get: operations["statementsPublicList"];
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
        /** Statements Atom feed */
        get: operations["statementsPublicAtom"];
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
        /** Statements RSS feed */
        get: operations["statementsPublicRss"];
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
        /** Get a published statement */
        get: operations["statementsPublicDetail"];
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
        /** Sign up to a campaign */
        post: operations["supportersPublicSignup"];
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
        /** Public campaign timeline */
        get: operations["milestonesPublicTimeline"];
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
        /** Show the signup confirmation page */
        get: operations["supportersPublicConfirmPage"];
        put?: never;
        /** Confirm a signup */
        post: operations["supportersPublicConfirm"];
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
        /** Show the erasure page */
        get: operations["supportersPublicErasePage"];
        put?: never;
        /** Erase my data */
        post: operations["supportersPublicErase"];
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
        /** Show the RSVP cancellation page */
        get: operations["eventsPublicCancelPage"];
        put?: never;
        /** Cancel my RSVP */
        post: operations["eventsPublicCancel"];
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
        /** Show the data export page */
        get: operations["supportersPublicExportPage"];
        put?: never;
        /** Download my data */
        post: operations["supportersPublicExport"];
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
        /** Show my email preferences */
        get: operations["supportersPublicPreferences"];
        put?: never;
        /** Update my email preferences */
        post: operations["supportersPublicUpdatePreferences"];
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
        /** Request my data or its erasure (from an email link) */
        post: operations["supportersPublicPrivacyRequestByToken"];
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
        /** Show the signature confirmation page */
        get: operations["petitionsPublicConfirmPage"];
        put?: never;
        /** Confirm a signature */
        post: operations["petitionsPublicConfirm"];
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
        /** Show the unsubscribe page */
        get: operations["supportersPublicUnsubscribePage"];
        put?: never;
        /** Unsubscribe */
        post: operations["supportersPublicUnsubscribe"];
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
        /** Receive bounce and complaint events */
        post: operations["mailWebhookReceive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Accepted. An email follows if the address has an account. */
        Accepted: {
            /** @enum {boolean} */
            ok: true;
        };
        /** @description Changes to your own account settings. */
        AccountUpdate: {
            /**
             * @description The language of the console and of the mail sent to you: en or ar (right-to-left).
             * @enum {string}
             */
            locale: "en" | "ar";
        };
        ApiToken: {
            /** @enum {string} */
            access: "read" | "write";
            /** @description The one campaign the token may use; null for all. */
            campaignId: string | null;
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
        };
        ApiTokenCreate: {
            /**
             * @description read: GET requests only (writes answer 403); write (the default): whatever your roles allow.
             * @enum {string}
             */
            access?: "read" | "write";
            /** @description Limit the token to this campaign (other campaigns answer 404). Default: all your campaigns. */
            campaignId?: string;
            /** Format: date-time */
            expiresAt?: string;
            name: string;
        };
        ApiTokenCreated: {
            /** @enum {string} */
            access: "read" | "write";
            /** @description The one campaign the token may use; null for all. */
            campaignId: string | null;
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
        ApiTokenList: {
            items: components["schemas"]["ApiToken"][];
        };
        Attendee: {
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
            /** @description Referral code from ?ref= (who brought this attendee). */
            ref: string | null;
            /** @description Signal username, a contact instead of a phone number. */
            signalUsername: string | null;
            source: string | null;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "cancelled";
            supporterId: string;
            waitlistPosition: number | null;
        };
        AttendeePage: {
            items: components["schemas"]["Attendee"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        AuditListResponse: {
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
        AuthLoginResponse: {
            /** Format: date-time */
            expiresAt: string;
            organizer: components["schemas"]["Organizer"];
            /** @description Send as `Authorization: Bearer <token>`. */
            token: string;
        };
        Broadcast: {
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
        BroadcastPage: {
            items: components["schemas"]["Broadcast"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        BroadcastsCancelBody: Record<string, never>;
        BroadcastsCreateBody: {
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
            filter: {
                countries?: string[];
                locales?: ("en" | "ar")[];
                /**
                 * @default updates
                 * @enum {string}
                 */
                purpose: "updates" | "digests";
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
            template: string;
        };
        BroadcastsCreateResponse: {
            /** @description How many supporters it would go to now. */
            audience: number;
            broadcast: components["schemas"]["Broadcast"];
            /** @description Rendered samples in each locale it may be sent in. */
            previews: {
                /** @enum {string} */
                dir: "ltr" | "rtl";
                /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
                from: string;
                html: string;
                locale: string;
                /** @description The campaign's Reply-To, or null when replies go to the From address. */
                replyTo: string | null;
                subject: string;
                template: string;
                text: string;
            }[];
        };
        BroadcastsGetResponse: {
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
                /** @description Of the sent ones, recorded as sent, unconfirmed: a worker died after the end of data, before the reply. Most arrived; see resend-unconfirmed. */
                unconfirmed: number;
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
        BroadcastsPauseBody: Record<string, never>;
        BroadcastsPreviewResponse: {
            items: {
                /** @enum {string} */
                dir: "ltr" | "rtl";
                /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
                from: string;
                html: string;
                locale: string;
                /** @description The campaign's Reply-To, or null when replies go to the From address. */
                replyTo: string | null;
                subject: string;
                template: string;
                text: string;
            }[];
        };
        BroadcastsResendUnconfirmedBody: Record<string, never>;
        BroadcastsResendUnconfirmedResponse: {
            /** @description Unconfirmed messages of this broadcast that were resent before. */
            alreadyResent: number;
            /** @description Messages queued again now; a message is resent this way at most once. */
            resent: number;
        };
        BroadcastsResumeBody: Record<string, never>;
        BroadcastsScheduleBody: {
            /**
             * Format: date-time
             * @description When to start sending (ISO 8601 with an offset, e.g. 2026-11-23T09:00:00-08:00); must be in the future.
             */
            at: string;
        };
        BroadcastsSendTestBody: Record<string, never>;
        BroadcastsSendTestResponse: {
            /** @description One test message per language of the broadcast. */
            locales: string[];
            /** @description The signed-in organizer's own address: a test goes nowhere else. */
            sentTo: string;
        };
        BroadcastsStartBody: Record<string, never>;
        BroadcastsUnscheduleBody: Record<string, never>;
        Campaign: {
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            defaultLocale: string;
            /** @description Origins allowed to frame the embedded forms. */
            embedOrigins: string[];
            id: string;
            /** @description The campaign's own safety note for mail to addresses on a targeted domain; null: the built-in text. */
            mailSafetyNote: {
                ar?: string;
                en?: string;
            } | null;
            /** @description Smallest group named in aggregates for members below admin (k). */
            minGroupSize: number;
            name: string;
            /** @description Reply-To address of the campaign's mail; null: none. */
            replyTo: string | null;
            requireTwoFactor: boolean;
            /** @description Display name on the From line of the campaign's mail; null: MAIL_FROM as it is. */
            senderName: string | null;
            /**
             * Format: date-time
             * @description When an owner's shutdown erased its supporters' personal data and closed its forms (null: running).
             */
            shutDownAt: string | null;
            slug: string;
            /** Format: date-time */
            startedOn: string | null;
            /** @enum {string} */
            status: "active" | "paused" | "archived";
            summary: string;
            /** @description Organizations the campaign targets and their email domains (subdomains match too). */
            targetedOrganizations: components["schemas"]["TargetedOrganization"][];
            timeZone: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CampaignsAcceptBody: {
            name: string;
            password: string;
            token: string;
        };
        CampaignsAcceptResponse: {
            campaignId: string;
            organizer: {
                email: string;
                id: string;
                name: string;
            };
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
        };
        CampaignsChangeRoleBody: {
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
        };
        CampaignsChangeRoleResponse: {
            organizerId: string;
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
        };
        CampaignsCreateBody: {
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
        CampaignShutdown: {
            /** Format: date-time */
            cancelledAt: string | null;
            cancelledBy: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the erasure runs unless cancelled first.
             */
            dueAt: string;
            id: string;
            /** @description The owner who asked. */
            requestedBy: string;
            /** @description Counts of what the erasure did (never who). */
            result: {
                messagesCancelled: number;
                messagesCleared: number;
                petitionsClosed: number;
                supportersErased: number;
            } | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "completed";
        };
        CampaignShutdownState: {
            /** @description The latest shutdown request, if any. */
            current: components["schemas"]["CampaignShutdown"] | null;
            /**
             * Format: date-time
             * @description When the campaign was shut down (null: it runs).
             */
            shutDownAt: string | null;
        };
        CampaignsInviteBody: {
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
        };
        CampaignsInviteResponse: {
            invitation?: components["schemas"]["Invitation"];
            member?: components["schemas"]["Member"];
            /**
             * @description added: the organizer already had an account; invited: an invitation email was sent.
             * @enum {string}
             */
            status: "added" | "invited";
        };
        CampaignsUpdateBody: {
            /** @enum {string} */
            defaultLocale?: "en" | "ar";
            /** @description Origins allowed to frame the embedded forms (Content-Security-Policy frame-ancestors of /embed pages), e.g. https://example.org. Empty: no site may frame them. */
            embedOrigins?: string[];
            /** @description The short safety note on mail to addresses on a targeted domain, per language; a missing or empty language uses the built-in text. */
            mailSafetyNote?: {
                ar?: string;
                en?: string;
            };
            /** @description Smallest group (k) named in counts by country, postal prefix, source, referrer or email domain that members below admin and the public see; smaller groups are merged into "other". Default 5. */
            minGroupSize?: number;
            name?: string;
            /** @description Reply-To address of the campaign's mail (an email address); null: none. */
            replyTo?: string | null;
            /** @description Owners only: members without two-factor authentication cannot use the campaign until they enrol. */
            requireTwoFactor?: boolean;
            /** @description Display name on the From line of the campaign's mail (at most 64 characters, no address); the address stays the installation's MAIL_FROM. Null or empty: MAIL_FROM unchanged. Organizer mail (sign-in, invitations) keeps MAIL_FROM. */
            senderName?: string | null;
            /** Format: date */
            startedOn?: string | null;
            /**
             * @description Use the archive endpoint to archive.
             * @enum {string}
             */
            status?: "active" | "paused";
            summary?: string;
            /** @description Organizations the campaign targets (an employer) and their email domains; subdomains match too. A supporter who signs, RSVPs or signs up with an address there is warned before anything is stored, and mail to such addresses goes without tracking and with the safety note. Replaces the whole list. */
            targetedOrganizations?: {
                domains: string[];
                name: string;
            }[];
            timeZone?: string;
        };
        CancelShutdownInput: Record<string, never>;
        /** @description The signed-in organizer of the `gs_session` cookie. */
        ConsoleSession: {
            /** @description Send as the X-CSRF-Token header on every POST, PATCH, PUT and DELETE made with the session cookie. */
            csrfToken: string;
            organizer: components["schemas"]["Organizer"];
        };
        DashboardOverview: {
            broadcasts: {
                bounced: number;
                complained: number;
                failed: number;
                id: string;
                name: string;
                sent: number;
                /** Format: date-time */
                startedAt: string | null;
                status: string;
                suppressed: number;
                total: number;
            }[];
            confirmationRate: {
                confirmed: number;
                /** @description confirmed / signed among signatures of the period; null without any. */
                rate: number | null;
                signed: number;
            };
            /** @description Local days of the period, the index of every per-day array. */
            days: string[];
            /**
             * Format: date-time
             * @description First instant counted: local midnight at the start of the period.
             */
            from: string;
            list: {
                /** @description size - sizeAtStart. */
                growth: number;
                /** @description Confirmed supporters still reachable now. */
                size: number;
                sizeAtStart: number;
            };
            milestones: {
                id: string;
                kind: string;
                occurredOn: string;
                title: string;
            }[];
            /** @description k: origins with fewer signups are merged into `otherOrigins` (roles below admin); null when exact. */
            minGroupSize: number | null;
            /** @description Signups of the period not named in each ranking: small groups, no value, beyond the top 10. */
            otherOrigins: {
                topReferrers: number;
                topRefs: number;
                topSources: number;
            };
            /** @enum {string} */
            period: "7d" | "30d" | "all";
            signatures: {
                petitions: {
                    perDay: number[];
                    petitionId: string;
                    title: string;
                    total: number;
                }[];
                total: number;
            };
            signups: {
                perDay: number[];
                total: number;
            };
            /** @description IANA zone the buckets are counted in (the campaign’s). */
            timeZone: string;
            /**
             * Format: date-time
             * @description End of the window (now).
             */
            to: string;
            /** @description Referring hosts (the Referer header of the signup form). */
            topReferrers: {
                count: number;
                value: string;
            }[];
            /** @description Referral codes (?ref=: the supporter or organizer who brought them), first touch of new supporters. */
            topRefs: {
                count: number;
                value: string;
            }[];
            topSources: {
                count: number;
                value: string;
            }[];
            upcomingEvents: {
                capacity: number | null;
                id: string;
                seatsTaken: number;
                /** Format: date-time */
                startsAt: string;
                timeZone: string;
                title: string;
                waitlisted: number;
            }[];
        };
        DashboardSeries: {
            /** @enum {string} */
            bucket: "day" | "hour";
            /** @description Local bucket labels: 2026-03-29 or 2026-03-29T01:00 (zeros included). */
            buckets: string[];
            /**
             * Format: date-time
             * @description First instant counted: local midnight at the start of the period.
             */
            from: string;
            /** @enum {string} */
            metric: "signatures" | "signature-confirmations" | "signups" | "confirmations" | "unsubscribes" | "rsvps" | "emails";
            /** @enum {string} */
            period: "7d" | "30d" | "all";
            series: {
                /** @description One count per entry of buckets. */
                counts: number[];
                /** @description A petition id, an email state, or "all". */
                key: string;
                label: string | null;
                total: number;
            }[];
            /** @description IANA zone the buckets are counted in (the campaign’s). */
            timeZone: string;
            /**
             * Format: date-time
             * @description End of the window (now).
             */
            to: string;
        };
        DigestRun: {
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
        DigestRunPage: {
            items: components["schemas"]["DigestRun"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        DigestSettings: {
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
        DigestsPreviewResponse: {
            counts: {
                events: number;
                milestones: number;
                petitions: number;
                statements: number;
            };
            /** @description Whether the campaign sends digests at all. */
            enabled: boolean;
            /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
            from: string;
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
            /** @description The campaign's Reply-To, or null when replies go to the From address. */
            replyTo: string | null;
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
        DigestsUpdateSettingsBody: {
            defaultHour?: number;
            enabled?: boolean;
            includeEvents?: boolean;
            includePetitions?: boolean;
            maxItemsPerSection?: number;
            weeklyDay?: number;
        };
        EmailLinkRequest: {
            email: string;
        };
        EmbedSnippet: {
            /** @description A plain <iframe> to paste: works without JavaScript on the host page (fixed height). */
            iframe: string;
            /** @enum {string} */
            kind: "petition" | "event" | "signup";
            /** @description A one-line <script> that inserts the iframe where it stands and keeps it as tall as the form. */
            script: string;
            /** @description The petition's or event's slug; null for the signup form. */
            slug: string | null;
            title: string;
            /** @description Address of the embeddable form (what the iframe shows). */
            url: string;
        };
        EmbedSnippets: {
            /** @description The campaign's embedOrigins: only these sites may show the forms (empty: none yet; set them with PATCH /campaigns/{id}). */
            allowedOrigins: string[];
            /** @description Each open petition, each upcoming public event, then the signup form. */
            items: components["schemas"]["EmbedSnippet"][];
        };
        Event: {
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
        EventChange: {
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
        EventPage: {
            items: components["schemas"]["Event"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        EventsAddStaffBody: {
            /** Format: uuid */
            organizerId: string;
        };
        EventsAddStaffResponse: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            name: string;
            organizerId: string;
            role: string | null;
        };
        EventsCancelBody: {
            /** @description Sent to everyone who RSVPed. */
            reason: string;
        };
        EventsCancelPreviewBody: {
            /** @description Sent to everyone who RSVPed. */
            reason: string;
        };
        EventsCancelPreviewResponse: {
            items: {
                /** @enum {string} */
                dir: "ltr" | "rtl";
                /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
                from: string;
                html: string;
                locale: string;
                /** @description The campaign's Reply-To, or null when replies go to the From address. */
                replyTo: string | null;
                subject: string;
                template: string;
                text: string;
            }[];
        };
        EventsChangePreviewResponse: {
            /** @description What the notice says moved. */
            changes: ("time" | "place" | "online")[];
            /** @description The notice in each language, as a confirmed attendee gets it (empty when no notice would go out). */
            items: {
                /** @enum {string} */
                dir: "ltr" | "rtl";
                /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
                from: string;
                html: string;
                locale: string;
                /** @description The campaign's Reply-To, or null when replies go to the From address. */
                replyTo: string | null;
                subject: string;
                template: string;
                text: string;
            }[];
            /** @description Whether saving this change would email the people who RSVPed (the time or place changes). */
            notify: boolean;
            /** @description How many people the notice would go to now (confirmed and waitlisted). */
            recipients: number;
        };
        EventsCheckInBody: {
            /**
             * @description null clears the check-in.
             * @enum {string|null}
             */
            attendance: "attended" | "no_show" | null;
        };
        EventsCreateBody: {
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
        EventsInviteLinkResponse: {
            access: string;
            /** @description Public detail URL carrying the signed access token; RSVP by POSTing to its /rsvp with the same ?access= */
            url: string;
        };
        EventsPromoteBody: {
            /** @description Confirm this person even when their party (1 + guests) does not fit in the seats left, knowingly going over capacity. Without it such a promotion is refused (409 over-capacity). */
            overCapacity?: boolean;
        };
        EventsPublicCancelBody: {
            /** @enum {string} */
            format?: "json" | "html";
            token: string;
        };
        EventsPublicCancelResponse: {
            event: {
                localStartText: string;
                title: string;
            };
            /** @enum {string} */
            status: "cancelled" | "already-cancelled";
        };
        EventsPublicGetResponse: {
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
            /** @description The event's page (absolute, from PUBLIC_URL). */
            url: string;
            /** @description Offset in force at the start, e.g. +01:00. */
            utcOffset: string;
            waitlistEnabled: boolean;
            /** @description e.g. BST, PDT. */
            zoneAbbreviation: string;
        };
        EventsPublicListResponse: {
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
                /** @description The event's page (absolute, from PUBLIC_URL). */
                url: string;
                /** @description Offset in force at the start, e.g. +01:00. */
                utcOffset: string;
                waitlistEnabled: boolean;
                /** @description e.g. BST, PDT. */
                zoneAbbreviation: string;
            }[];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        EventsPublicRsvpBody: {
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
            /** @description Send true to use an address on a domain of an organization the campaign targets after the employer-email warning (422). */
            employerEmailAcknowledged?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
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
            /** @description Code of the supporter or organizer who referred this person (a share link's ?ref=): letters, digits, _ and -, at most 32 characters. Stored beside source. HTML form posts drop an invalid code instead of refusing the form. */
            ref?: string | (null);
            /** @description The referring page; only its host is kept. */
            referrer?: string | (null);
            /** @description Signal username (optional, e.g. name.01), a contact instead of a phone number; stored encrypted. */
            signalUsername?: string | (null);
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
        EventsPublicRsvpResponse: {
            message: string;
            /**
             * @description confirmed, or waitlisted when the event is full and has a waitlist.
             * @enum {string}
             */
            status: "confirmed" | "waitlisted";
        };
        EventsRemoveAttendeeBody: {
            /** @description Email the attendee that their RSVP was cancelled (default true). */
            notify?: boolean;
        };
        EventsRemoveStaffResponse: {
            /** @enum {boolean} */
            ok: true;
        };
        EventsStaffResponse: {
            items: {
                /** Format: date-time */
                createdAt: string;
                email: string;
                name: string;
                organizerId: string;
                role: string | null;
            }[];
        };
        FieldError: {
            /** @description Machine-readable reason, e.g. too_small, invalid_format. */
            code?: string;
            message: string;
            /** @description Dotted path of the offending field from the body, query or parameter root. */
            path: string;
        };
        HealthLiveResponse: {
            /** @enum {string} */
            status: "ok";
        };
        HealthReadyResponse: {
            checks: {
                database: {
                    error?: string;
                    latencyMs?: number;
                    /** @description Up on a success of the last 15 s; the latest probe failed or was slow. */
                    stale?: boolean;
                    /** @enum {string} */
                    status: "up" | "down" | "skipped";
                };
                redis: {
                    error?: string;
                    latencyMs?: number;
                    /** @description Up on a success of the last 15 s; the latest probe failed or was slow. */
                    stale?: boolean;
                    /** @enum {string} */
                    status: "up" | "down" | "skipped";
                };
                /** @description Informational, never part of readiness: the last SMTP probe of this process's worker role; skipped in the API role, which sends no mail. */
                smtp: {
                    error?: string;
                    latencyMs?: number;
                    /** @description Up on a success of the last 15 s; the latest probe failed or was slow. */
                    stale?: boolean;
                    /** @enum {string} */
                    status: "up" | "down" | "skipped";
                };
            };
            /** @description The process received SIGTERM and is finishing its requests. */
            draining: boolean;
            /** @enum {string} */
            status: "ok" | "error";
        };
        Invitation: {
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
        InvitationAccepted: {
            campaignId: string;
            /** @description The new console session is in the gs_session cookie; send this as X-CSRF-Token. */
            csrfToken: string;
            organizer: components["schemas"]["Organizer"];
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
        };
        InvitationJoin: {
            /** @description The token from the invitation email. */
            token: string;
        };
        InvitationJoined: {
            campaignId: string;
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
        };
        InvitationList: {
            items: components["schemas"]["Invitation"][];
        };
        Login: {
            email: string;
            password: string;
            /** @description Required when the organizer has enrolled two-factor authentication. */
            totp?: string;
        };
        MailMessage: {
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
            /**
             * Format: date-time
             * @description When an organizer resent this sent-unconfirmed message (POST .../broadcasts/:id/resend-unconfirmed).
             */
            resentAt: string | null;
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
            /** @description Sent, unconfirmed: the worker stopped after the end of data and before it read the server's reply. Most such messages arrived; a few may not have. */
            unconfirmed: boolean;
        };
        MailMessageDetail: {
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
            /**
             * Format: date-time
             * @description When an organizer resent this sent-unconfirmed message (POST .../broadcasts/:id/resend-unconfirmed).
             */
            resentAt: string | null;
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
            /** @description Sent, unconfirmed: the worker stopped after the end of data and before it read the server's reply. Most such messages arrived; a few may not have. */
            unconfirmed: boolean;
        };
        MailMessagePage: {
            items: components["schemas"]["MailMessage"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        MailPreviewTemplateBody: {
            /** @description Template variables; missing ones come from the template's sample data. */
            data?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            locale: "en" | "ar";
        };
        MailPreviewTemplateResponse: {
            /** @enum {string} */
            dir: "ltr" | "rtl";
            /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
            from: string;
            html: string;
            locale: string;
            /** @description The campaign's Reply-To, or null when replies go to the From address. */
            replyTo: string | null;
            subject: string;
            template: string;
            text: string;
        };
        MailRetryBody: Record<string, never>;
        MailRetryFailedBody: {
            broadcastId?: string;
            template?: string;
        };
        MailRetryFailedResponse: {
            retried: number;
        };
        MailStatsResponse: {
            cancelled: number;
            enqueued: number;
            failed: number;
            paused: number;
            queued: number;
            sending: number;
            sent: number;
            suppressed: number;
            total: number;
            /** @description Of the sent ones, recorded as sent, unconfirmed (may not have arrived). */
            unconfirmed: number;
        };
        MailTemplate: {
            /** @enum {string} */
            category: "transactional" | "campaign";
            description: string | null;
            locales: string[];
            name: string;
            sampleData: {
                [key: string]: unknown;
            };
        };
        MailTemplateList: {
            items: components["schemas"]["MailTemplate"][];
        };
        MailWebhookReceiveBody: {
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
        MailWebhookReceiveResponse: {
            received: number;
            recorded: number;
            suppressed: number;
        };
        Member: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            name: string;
            organizerId: string;
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
        };
        MemberList: {
            items: components["schemas"]["Member"][];
        };
        MembershipsAcceptBody: {
            name: string;
            password: string;
            token: string;
        };
        Milestone: {
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
        MilestonePage: {
            items: components["schemas"]["Milestone"][];
            nextCursor: string | null;
        };
        MilestonesAlertBody: {
            /**
             * @description Send again although an alert already went out (a new broadcast).
             * @default false
             */
            realert: boolean;
        };
        MilestonesCreateBody: {
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
            notify: boolean;
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
        MilestonesPreviewResponse: {
            /** @description Confirmed subscribers who consented to updates and would receive it now. */
            audience: number;
            /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
            from: string;
            html: string;
            locale: string;
            /** @description The campaign's Reply-To, or null when replies go to the From address. */
            replyTo: string | null;
            subject: string;
            text: string;
        };
        MilestonesProgressResponse: {
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
        MilestonesPublicTimelineResponse: {
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
        MilestonesUpdateBody: {
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
        MyCampaign: {
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            defaultLocale: string;
            /** @description Origins allowed to frame the embedded forms. */
            embedOrigins: string[];
            id: string;
            /** @description The campaign's own safety note for mail to addresses on a targeted domain; null: the built-in text. */
            mailSafetyNote: {
                ar?: string;
                en?: string;
            } | null;
            /** @description Smallest group named in aggregates for members below admin (k). */
            minGroupSize: number;
            name: string;
            /** @description Reply-To address of the campaign's mail; null: none. */
            replyTo: string | null;
            requireTwoFactor: boolean;
            /** @enum {string} */
            role: "owner" | "admin" | "organizer" | "viewer";
            /** @description Display name on the From line of the campaign's mail; null: MAIL_FROM as it is. */
            senderName: string | null;
            /**
             * Format: date-time
             * @description When an owner's shutdown erased its supporters' personal data and closed its forms (null: running).
             */
            shutDownAt: string | null;
            slug: string;
            /** Format: date-time */
            startedOn: string | null;
            /** @enum {string} */
            status: "active" | "paused" | "archived";
            summary: string;
            /** @description Organizations the campaign targets and their email domains (subdomains match too). */
            targetedOrganizations: components["schemas"]["TargetedOrganization"][];
            timeZone: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MyCampaignList: {
            items: components["schemas"]["MyCampaign"][];
        };
        Ok: {
            /** @enum {boolean} */
            ok: true;
        };
        Organizer: {
            email: string;
            id: string;
            /**
             * @description The organizer's language for the console and for the mail sent to them; null until they choose (the console then follows the browser).
             * @enum {string|null}
             */
            locale: "en" | "ar" | null;
            name: string;
        };
        OrganizerAccount: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            id: string;
            /**
             * @description The organizer's language for the console and for the mail sent to them; null until they choose (the console then follows the browser).
             * @enum {string|null}
             */
            locale: "en" | "ar" | null;
            name: string;
        };
        /** @description An OSDI event. */
        OsdiActionsEventResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
            title: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI petition. */
        OsdiActionsPetitionResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
            title: string;
        } & {
            [key: string]: unknown;
        };
        /** @description record_attendance_helper (record_attendance.md). */
        OsdiActionsRecordAttendanceBody: {
            /** @description Not supported: must be empty or absent. */
            add_lists?: string[];
            add_lists_uri?: string[];
            add_questions_responses_uri?: unknown[];
            /** @description Tag names to add to the person. */
            add_tags?: string[];
            /** @description Links to tags of this campaign's tags collection. */
            add_tags_uri?: string[];
            /** @description Version of the consent text the person was shown (recorded in the consent log). Default "osdi". */
            "groundswell:consent_text_version"?: string;
            "groundswell:guests"?: number;
            /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
            person: {
                custom_fields?: {
                    [key: string]: unknown;
                };
                email_addresses?: ({
                    address: string;
                    primary?: boolean;
                    status?: string;
                } & {
                    [key: string]: unknown;
                })[];
                family_name?: string | null;
                given_name?: string | null;
                identifiers?: string[];
                phone_numbers?: ({
                    number?: (string | number) | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                postal_addresses?: ({
                    country?: string | null;
                    postal_code?: string | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                preferred_language?: string | null;
                source?: string | null;
            } & {
                [key: string]: unknown;
            };
            referrer_data?: {
                source?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Only "accepted" (an RSVP) is recorded through the helper.
             * @enum {string}
             */
            status?: "accepted";
            /** @description Accepted. The confirmation email (double opt-in) is always sent exactly once when the person must confirm; it cannot be switched off. */
            triggers?: {
                autoresponse?: {
                    enabled?: boolean;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description record_signature_helper (record_signature.md). */
        OsdiActionsRecordSignatureBody: {
            /** @description Not supported: must be empty or absent. */
            add_lists?: string[];
            add_lists_uri?: string[];
            add_questions_responses_uri?: unknown[];
            /** @description Tag names to add to the person. */
            add_tags?: string[];
            /** @description Links to tags of this campaign's tags collection. */
            add_tags_uri?: string[];
            comments?: string | null;
            /** @description Version of the consent text the person was shown (recorded in the consent log). Default "osdi". */
            "groundswell:consent_text_version"?: string;
            /** @description List the signer publicly as "First L.". */
            "groundswell:show_name"?: boolean;
            /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
            person: {
                custom_fields?: {
                    [key: string]: unknown;
                };
                email_addresses?: ({
                    address: string;
                    primary?: boolean;
                    status?: string;
                } & {
                    [key: string]: unknown;
                })[];
                family_name?: string | null;
                given_name?: string | null;
                identifiers?: string[];
                phone_numbers?: ({
                    number?: (string | number) | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                postal_addresses?: ({
                    country?: string | null;
                    postal_code?: string | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                preferred_language?: string | null;
                source?: string | null;
            } & {
                [key: string]: unknown;
            };
            referrer_data?: {
                referrer?: string;
                source?: string;
                url?: string;
                website?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Accepted. The confirmation email (double opt-in) is always sent exactly once when the person must confirm; it cannot be switched off. */
            triggers?: {
                autoresponse?: {
                    enabled?: boolean;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI attendance. */
        OsdiActivitiesAttendanceResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An attendance (attendances.md): a linked or embedded person RSVPs, as with record_attendance_helper. */
        OsdiActivitiesCreateAttendanceBody: components["schemas"]["OsdiAttendanceInput"];
        /** @description An OSDI attendance. */
        OsdiActivitiesCreateAttendanceResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A signature (signatures.md): a linked or embedded person signs, as with record_signature_helper. */
        OsdiActivitiesCreateSignatureBody: components["schemas"]["OsdiSignatureInput"];
        /** @description An OSDI signature. */
        OsdiActivitiesCreateSignatureResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The answer to a DELETE (people.md). */
        OsdiActivitiesDeleteAttendanceResponse: {
            notice: string;
        };
        /** @description The answer to a DELETE (people.md). */
        OsdiActivitiesDeleteSignatureResponse: {
            notice: string;
        };
        /** @description Changes to an attendance (attendances.md): check-in and cancellation; other fields are read only. */
        OsdiActivitiesPatchAttendanceBody: components["schemas"]["OsdiAttendanceUpdate"];
        /** @description An OSDI attendance. */
        OsdiActivitiesPatchAttendanceResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI signature. */
        OsdiActivitiesSignatureResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Changes to an attendance (attendances.md): check-in and cancellation; other fields are read only. */
        OsdiActivitiesUpdateAttendanceBody: components["schemas"]["OsdiAttendanceUpdate"];
        /** @description An OSDI attendance. */
        OsdiActivitiesUpdateAttendanceResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
        } & {
            [key: string]: unknown;
        };
        OsdiAttendanceInput: {
            /** @description `osdi:person`: a link to a person of this campaign, instead of an embedded person. */
            _links?: {
                "osdi:person"?: {
                    href: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /** @description Not supported: must be empty or absent. */
            add_lists?: string[];
            add_lists_uri?: string[];
            add_questions_responses_uri?: unknown[];
            /** @description Tag names to add to the person. */
            add_tags?: string[];
            /** @description Links to tags of this campaign's tags collection. */
            add_tags_uri?: string[];
            /** @description Version of the consent text the person was shown (recorded in the consent log). Default "osdi". */
            "groundswell:consent_text_version"?: string;
            "groundswell:guests"?: number;
            /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
            person?: {
                custom_fields?: {
                    [key: string]: unknown;
                };
                email_addresses?: ({
                    address: string;
                    primary?: boolean;
                    status?: string;
                } & {
                    [key: string]: unknown;
                })[];
                family_name?: string | null;
                given_name?: string | null;
                identifiers?: string[];
                phone_numbers?: ({
                    number?: (string | number) | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                postal_addresses?: ({
                    country?: string | null;
                    postal_code?: string | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                preferred_language?: string | null;
                source?: string | null;
            } & {
                [key: string]: unknown;
            };
            referrer_data?: {
                source?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Only "accepted" (an RSVP) is recorded through the helper.
             * @enum {string}
             */
            status?: "accepted";
            /** @description Accepted. The confirmation email (double opt-in) is always sent exactly once when the person must confirm; it cannot be switched off. */
            triggers?: {
                autoresponse?: {
                    enabled?: boolean;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        OsdiAttendanceUpdate: {
            /** @description true checks the person in, false marks a no-show, null clears. */
            attended?: boolean | null;
            /**
             * @description "declined" or "cancelled" cancels the RSVP (the seat goes to the waitlist).
             * @enum {string}
             */
            status?: "accepted" | "declined" | "cancelled";
        } & {
            [key: string]: unknown;
        };
        /** @description A page of an OSDI collection; members under _embedded["osdi:<name>"]. */
        OsdiCollection: {
            _embedded: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            page: number;
            per_page: number;
            total_pages: number;
            total_records: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Without a token: {} (reveals nothing). With a token: the person (or signature/attendance) affected. */
        OsdiHelperResult: {
            [key: string]: unknown;
        };
        /** @description The OSDI API entry point of a campaign. */
        OsdiPeopleAepResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            max_pagesize: number;
            motd: string;
            namespace: string;
            osdi_version: string;
            product_name: string;
            vendor_name: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
        OsdiPeopleCreateBody: {
            custom_fields?: {
                [key: string]: unknown;
            };
            email_addresses?: ({
                address: string;
                primary?: boolean;
                status?: string;
            } & {
                [key: string]: unknown;
            })[];
            family_name?: string | null;
            given_name?: string | null;
            identifiers?: string[];
            phone_numbers?: ({
                number?: (string | number) | null;
                primary?: boolean;
            } & {
                [key: string]: unknown;
            })[] | null;
            postal_addresses?: ({
                country?: string | null;
                postal_code?: string | null;
                primary?: boolean;
            } & {
                [key: string]: unknown;
            })[] | null;
            preferred_language?: string | null;
            source?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
        OsdiPeoplePatchBody: {
            custom_fields?: {
                [key: string]: unknown;
            };
            email_addresses?: ({
                address: string;
                primary?: boolean;
                status?: string;
            } & {
                [key: string]: unknown;
            })[];
            family_name?: string | null;
            given_name?: string | null;
            identifiers?: string[];
            phone_numbers?: ({
                number?: (string | number) | null;
                primary?: boolean;
            } & {
                [key: string]: unknown;
            })[] | null;
            postal_addresses?: ({
                country?: string | null;
                postal_code?: string | null;
                primary?: boolean;
            } & {
                [key: string]: unknown;
            })[] | null;
            preferred_language?: string | null;
            source?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The answer to a DELETE (people.md). */
        OsdiPeopleRemoveResponse: {
            notice: string;
        };
        /** @description person_signup_helper (person_signup.md). */
        OsdiPeopleSignupHelperBody: {
            /** @description Not supported: must be empty or absent. */
            add_lists?: string[];
            add_lists_uri?: string[];
            add_questions_responses_uri?: unknown[];
            /** @description Tag names to add to the person. */
            add_tags?: string[];
            /** @description Links to tags of this campaign's tags collection. */
            add_tags_uri?: string[];
            /** @description Version of the consent text the person was shown (recorded in the consent log). Default "osdi". */
            "groundswell:consent_text_version"?: string;
            /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
            person: {
                custom_fields?: {
                    [key: string]: unknown;
                };
                email_addresses?: ({
                    address: string;
                    primary?: boolean;
                    status?: string;
                } & {
                    [key: string]: unknown;
                })[];
                family_name?: string | null;
                given_name?: string | null;
                identifiers?: string[];
                phone_numbers?: ({
                    number?: (string | number) | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                postal_addresses?: ({
                    country?: string | null;
                    postal_code?: string | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                preferred_language?: string | null;
                source?: string | null;
            } & {
                [key: string]: unknown;
            };
            /** @description Accepted. The confirmation email (double opt-in) is always sent exactly once when the person must confirm; it cannot be switched off. */
            triggers?: {
                autoresponse?: {
                    enabled?: boolean;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI tag. */
        OsdiPeopleTagResponse: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
            name: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
        OsdiPeopleUpdateBody: {
            custom_fields?: {
                [key: string]: unknown;
            };
            email_addresses?: ({
                address: string;
                primary?: boolean;
                status?: string;
            } & {
                [key: string]: unknown;
            })[];
            family_name?: string | null;
            given_name?: string | null;
            identifiers?: string[];
            phone_numbers?: ({
                number?: (string | number) | null;
                primary?: boolean;
            } & {
                [key: string]: unknown;
            })[] | null;
            postal_addresses?: ({
                country?: string | null;
                postal_code?: string | null;
                primary?: boolean;
            } & {
                [key: string]: unknown;
            })[] | null;
            preferred_language?: string | null;
            source?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description An OSDI person. */
        OsdiPerson: {
            _links: {
                self?: {
                    href: string;
                    templated?: boolean;
                    title?: string;
                };
            } & {
                [key: string]: unknown;
            };
            created_date?: string;
            identifiers: string[];
            modified_date?: string;
        } & {
            [key: string]: unknown;
        };
        OsdiSignatureInput: {
            /** @description `osdi:person`: a link to a person of this campaign, instead of an embedded person. */
            _links?: {
                "osdi:person"?: {
                    href: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /** @description Not supported: must be empty or absent. */
            add_lists?: string[];
            add_lists_uri?: string[];
            add_questions_responses_uri?: unknown[];
            /** @description Tag names to add to the person. */
            add_tags?: string[];
            /** @description Links to tags of this campaign's tags collection. */
            add_tags_uri?: string[];
            comments?: string | null;
            /** @description Version of the consent text the person was shown (recorded in the consent log). Default "osdi". */
            "groundswell:consent_text_version"?: string;
            /** @description List the signer publicly as "First L.". */
            "groundswell:show_name"?: boolean;
            /** @description An OSDI person (people.md); fields Groundswell does not keep are ignored. */
            person?: {
                custom_fields?: {
                    [key: string]: unknown;
                };
                email_addresses?: ({
                    address: string;
                    primary?: boolean;
                    status?: string;
                } & {
                    [key: string]: unknown;
                })[];
                family_name?: string | null;
                given_name?: string | null;
                identifiers?: string[];
                phone_numbers?: ({
                    number?: (string | number) | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                postal_addresses?: ({
                    country?: string | null;
                    postal_code?: string | null;
                    primary?: boolean;
                } & {
                    [key: string]: unknown;
                })[] | null;
                preferred_language?: string | null;
                source?: string | null;
            } & {
                [key: string]: unknown;
            };
            referrer_data?: {
                referrer?: string;
                source?: string;
                url?: string;
                website?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Accepted. The confirmation email (double opt-in) is always sent exactly once when the person must confirm; it cannot be switched off. */
            triggers?: {
                autoresponse?: {
                    enabled?: boolean;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        PasswordChange: {
            currentPassword: string;
            newPassword: string;
        };
        PasswordChanged: {
            /** @enum {boolean} */
            ok: true;
            /** @description Other sessions that were signed out. */
            revokedSessions: number;
        };
        PasswordResetComplete: {
            password: string;
            /** @description The token from the emailed reset link (/admin/password-reset?token=…). */
            token: string;
        };
        Petition: {
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
            /** @description What each confirmed signature of this petition keeps, in plain words (also stated on the signing form). */
            signerDataKept: string[];
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
            verifyThenForget: boolean;
        };
        PetitionPage: {
            items: components["schemas"]["Petition"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        PetitionsCreateBody: {
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
            /** @description "Verify, then forget": a signature still needs the email confirmation, but once confirmed it keeps only a keyed hash of the email (one per person), country and postal prefix; the signer is not added to the supporter list unless they tick "join the list". Can be changed only while the petition has no signatures. */
            verifyThenForget?: boolean;
        };
        PetitionsDeliverBody: {
            /**
             * Format: date-time
             * @description When it was handed over; defaults to now.
             */
            deliveredAt?: string;
            /** @description How and to whom it was delivered. */
            note?: string;
        };
        PetitionsPublicConfirmBody: {
            /** @description The signed token from the emailed link. */
            token?: string;
        };
        PetitionsPublicConfirmPageResponse: {
            confirmed: boolean;
            petition: {
                campaignSlug: string;
                slug: string;
                title: string;
            };
        };
        PetitionsPublicConfirmResponse: {
            petition: {
                campaignSlug: string;
                slug: string;
                title: string;
            };
            /** @enum {string} */
            status: "confirmed";
        };
        PetitionsPublicGetResponse: {
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
                /** @description "First L.", "Anonymous" or "Verified signer (not kept)". */
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
            /** @description The petition's page (absolute, from PUBLIC_URL). */
            url: string;
            /** @description "Verify, then forget": a confirmed signature keeps no name, email or IP-derived value. */
            verifyThenForget: boolean;
        };
        PetitionsPublicListResponse: {
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
                /** @description The petition's page (absolute, from PUBLIC_URL). */
                url: string;
                /** @description "Verify, then forget": a confirmed signature keeps no name, email or IP-derived value. */
                verifyThenForget: boolean;
            }[];
        };
        PetitionsPublicSignBody: {
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
            /** @description Send true to use an address on a domain of an organization the campaign targets after the employer-email warning (422). */
            employerEmailAcknowledged?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
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
            /** @description Code of the supporter or organizer who referred this person (a share link's ?ref=): letters, digits, _ and -, at most 32 characters. Stored beside source. HTML form posts drop an invalid code instead of refusing the form. */
            ref?: string | (null);
            /** @description The referring page; only its host is kept. */
            referrer?: string | (null);
            /** @description List me publicly as "First L." (default: listed as "Anonymous"). */
            showName?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
            /** @description Signal username (optional, e.g. name.01), a contact instead of a phone number; stored encrypted. */
            signalUsername?: string | (null);
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
        PetitionsPublicSignersResponse: {
            items: {
                /** @description Only for signers who chose to be public. */
                comment: string | null;
                /** @description "First L.", "Anonymous" or "Verified signer (not kept)". */
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
        PetitionsPublicSignResponse: {
            message: string;
            /** @enum {string} */
            status: "pending";
        };
        PetitionsUpdateBody: {
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
            /** @description "Verify, then forget": a signature still needs the email confirmation, but once confirmed it keeps only a keyed hash of the email (one per person), country and postal prefix; the signer is not added to the supporter list unless they tick "join the list". Can be changed only while the petition has no signatures. */
            verifyThenForget?: boolean;
        };
        Preferences: {
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
        PrivacyFacts: {
            campaign: {
                /** @enum {string} */
                defaultLocale: "en" | "ar";
                name: string;
                slug: string;
            };
            /** @description One entry per fact, by kind: form (fields, required, keeping: encrypted|plain|reduced|choice), encrypted, never-kept, ip-hash (kept), retention (what: unconfirmed-signup|privacy-link|signer|rsvp|audit-naming-supporters; kept: {days}|{hours}|{months}), shutdown (dueAt, only when scheduled), verify-then-forget (petition, title, kept: one per petition in that mode), employer-warning (configured: whether the campaign lists targeted organizations; never the domains), role (sees), small-groups (k), audited, right, contact; more kinds may be added. */
            facts: ({
                kind: string;
            } & {
                [key: string]: unknown;
            })[];
            /** Format: date-time */
            generatedAt: string;
            /** @description The languages the page is published in. */
            locales: ("en" | "ar")[];
            /** @description The privacy page (HTML), per language with ?locale= */
            page: string;
            /** @description POST an email address and kind=export|erasure here to get a link by email. */
            requestPath: string;
        };
        /** @description An RFC 9457 problem. Kinds may carry extra members. */
        Problem: {
            /** @description For people; wording may change. */
            detail?: string;
            /** @description Present on validation errors: one entry per offending field. */
            errors?: components["schemas"]["FieldError"][];
            instance?: string;
            /** @description Quote it when reporting a problem. */
            requestId?: string;
            status: number;
            title: string;
            /** @description Stable URI of the error kind (urn:groundswell:problem:<kind>); switch on this. */
            type: string;
        } & {
            [key: string]: unknown;
        };
        PublicCampaign: {
            /** @description Language of its pages when neither ?locale= nor the browser chooses one. */
            defaultLocale: string;
            /** @description The campaign's public JSON collections (absolute). */
            links: {
                events: string;
                petitions: string;
                statements: string;
                timeline: string;
            };
            name: string;
            slug: string;
            /** Format: date-time */
            startedOn: string | null;
            summary: string;
            /** @description Zone its days (timeline, dashboard) are counted in. */
            timeZone: string;
            /** @description The campaign's home page (absolute, from PUBLIC_URL). */
            url: string;
        };
        RetentionExpiries: {
            /**
             * Format: date-time
             * @description When this list was computed.
             */
            at: string;
            audit: {
                /** @description Audit entries that name a supporter. */
                entries: number;
                /**
                 * Format: date-time
                 * @description When the oldest of them stops naming its supporter.
                 */
                nextExpiresAt: string | null;
                /** Format: date-time */
                oldestAt: string | null;
            };
            /** @description Ended events whose RSVPs are still linked to people. */
            events: {
                /** Format: date-time */
                endedAt: string;
                eventId: string;
                /** Format: date-time */
                expiresAt: string;
                /** @description RSVPs still linked to a person. */
                rsvps: number;
                slug: string;
                title: string;
            }[];
            /** @description Ended petitions whose signers are still named; open petitions do not expire. */
            petitions: {
                /**
                 * Format: date-time
                 * @description Delivered, else closed, else its closing date.
                 */
                endedAt: string;
                /**
                 * Format: date-time
                 * @description From this day the daily job anonymizes its signers.
                 */
                expiresAt: string;
                petitionId: string;
                /** @description Signatures still linked to a signer. */
                signatures: number;
                slug: string;
                title: string;
            }[];
            policy: components["schemas"]["RetentionPolicy"];
        };
        RetentionPolicy: {
            /** @description Months after which audit entries stop naming supporters (default 12). */
            auditMonths: number;
            /** @description True when the campaign never changed its rules. */
            isDefault: boolean;
            /** @description Days after an event ends before its RSVPs are anonymized (default 30). */
            rsvpDays: number;
            /** @description Months after a petition is delivered (else closed) before its signers are anonymized (default 6). */
            signerMonths: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        ScheduleShutdownInput: {
            /** @description The campaign's slug, typed back: the shutdown erases every supporter's personal data. */
            confirm: string;
        };
        SessionLinkSignIn: {
            password: string;
            /** @description The token from the emailed sign-in link (/admin/sign-in/link?token=…). */
            token: string;
            /** @description Required when the organizer has enrolled two-factor authentication. */
            totp?: string;
        };
        SessionList: {
            items: {
                /** Format: date-time */
                createdAt: string;
                /** @description The session making this request. */
                current: boolean;
                /** @description A short name of the browser or client, e.g. "Firefox on Linux". */
                device: string;
                /** Format: date-time */
                expiresAt: string;
                id: string;
                /** Format: date-time */
                lastUsedAt: string | null;
                userAgent: string | null;
            }[];
        };
        SessionSignIn: {
            email: string;
            password: string;
            /** @description Required when the organizer has enrolled two-factor authentication. */
            totp?: string;
        };
        Signature: {
            /** @description Shown to admins and owners, or when the signer is public. */
            comment: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description "First L." for public signers, "Verified signer (not kept)" for "verify, then forget" signers, otherwise "Anonymous". */
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
            /** @description Referral code from ?ref= (who brought this signer). */
            ref: string | null;
            /** @description Personal data: only for admins and owners. */
            signer: {
                email: string | null;
                firstName: string | null;
                lastName: string | null;
                /** @description null for a "verify, then forget" signature: no supporter is kept. */
                supporterId: string | null;
            } | null;
            source: string | null;
            /** @enum {string} */
            status: "pending" | "confirmed" | "invalidated";
            /** @description A "verify, then forget" signature: counted once confirmed, never linked to a name or supporter. */
            verifiedNotKept: boolean;
        };
        SignaturePage: {
            items: components["schemas"]["Signature"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        SignaturesInvalidateBody: {
            reason: string;
        };
        SignaturesInvalidateMatchingBody: {
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
        SignaturesInvalidateMatchingResponse: {
            invalidated: number;
        };
        SignaturesReinstateBody: {
            /** @description Why (kept in the audit log). */
            note?: string;
        };
        SignaturesStatsResponse: {
            /** @description Exact count at the time of the request. */
            confirmed: number;
            countries: {
                count: number;
                key: string;
            }[];
            invalidated: number;
            /** @description k: groups smaller than this are merged into `other` (roles below admin); null when figures are exact. */
            minGroupSize: number | null;
            /** @description Confirmed signatures not named in each ranking: small groups, signatures without a value, and groups beyond `top`. */
            other: {
                countries: number;
                postalPrefixes: number;
                topRefs: number;
                topSources: number;
            };
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
            /** @description Confirmed signatures by referral code (?ref=), most first. */
            topRefs: {
                count: number;
                key: string;
            }[];
            topSources: {
                count: number;
                key: string;
            }[];
        };
        SignaturesTrendingResponse: {
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
            /** @description Below admin: keys with fewer signatures than this in each 15-minute slot are not shown. */
            minGroupSize: number | null;
            signatures: number;
            /** Format: date-time */
            since: string;
        };
        Statement: {
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
        StatementRevision: {
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
        StatementRevisionList: {
            items: components["schemas"]["StatementRevision"][];
        };
        StatementsAlertProgressResponse: {
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
        StatementsApproveBody: {
            note?: string;
        };
        StatementsCreateBody: {
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
        StatementsDiffResponse: {
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
        StatementsPreviewResponse: {
            /** @description Confirmed subscribers who consented to updates and would receive it now. */
            audience: number;
            /** @description The From header as it will be sent: the campaign's sender name and MAIL_FROM's address. */
            from: string;
            html: string;
            locale: string;
            /** @description The campaign's Reply-To, or null when replies go to the From address. */
            replyTo: string | null;
            subject: string;
            text: string;
        };
        StatementsPublicDetailResponse: {
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
        StatementsPublicListResponse: {
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
        StatementsPublishBody: {
            /**
             * @description Send the alert to subscribers (default true).
             * @default true
             */
            notify: boolean;
        };
        StatementsRetractBody: {
            reason: string;
        };
        StatementsReturnToDraftBody: {
            note?: string;
        };
        StatementsScheduleBody: {
            /** @default true */
            notify: boolean;
            /**
             * Format: date-time
             * @description Instant to publish at (RFC 3339 with offset); must be in the future.
             */
            publishAt: string;
            /** @description Zone the person scheduled in (default: the campaign's). */
            timeZone?: string;
        };
        StatementsSubmitBody: {
            note?: string;
        };
        StatementSummary: {
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
        };
        StatementSummaryPage: {
            items: components["schemas"]["StatementSummary"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        StatementsUnscheduleBody: {
            note?: string;
        };
        StatementsUpdateBody: {
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
        Supporter: {
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
                /** @description Signal username (`name.01`), a contact instead of a phone number. */
                signalUsername: string | null;
            };
            purposes: {
                digests: boolean;
                updates: boolean;
            };
            /** @description The `?ref=` code that brought this supporter (first touch). */
            ref: string | null;
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
        SupporterDetail: {
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
                /** @description Signal username (`name.01`), a contact instead of a phone number. */
                signalUsername: string | null;
            };
            purposes: {
                digests: boolean;
                updates: boolean;
            };
            /** @description The `?ref=` code that brought this supporter (first touch). */
            ref: string | null;
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
        SupportersEditBody: {
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
            signalUsername?: (null) | (string | (null));
            tags?: string[];
            timeZone?: string | null;
        };
        SupportersEraseBody: {
            /**
             * @description Type "erase": erasure cannot be undone.
             * @enum {string}
             */
            confirm: "erase";
        };
        SupportersEraseResponse: {
            erased: boolean;
        };
        SupportersErasuresResponse: {
            items: {
                /** Format: date-time */
                createdAt: string;
                id: string;
                organizerId: string | null;
                /**
                 * @description retention: the campaign's retention rules; shutdown: an owner shut the campaign down.
                 * @enum {string}
                 */
                requestedBy: "supporter" | "organizer" | "retention" | "shutdown";
            }[];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        SupporterSettings: {
            confirmedUrl: string | null;
            /** @description Shown on the campaign's privacy page (/c/:slug/privacy). */
            privacyContact: string | null;
            thankYouUrl: string | null;
        };
        SupportersExportResponse: {
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
        SupportersImportBody: {
            /** @description Rows with the fields of the CSV columns (email, firstName, ...). */
            rows: unknown[];
        };
        SupportersImportResponse: {
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
        SupportersListResponse: {
            items: components["schemas"]["Supporter"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Every supporter matching the filter, with ?withTotal=true. */
            total?: number;
        };
        SupportersPublicConfirmBody: Record<string, never>;
        SupportersPublicConfirmPageResponse: {
            campaign: {
                name: string;
                slug: string;
            };
            confirmed: boolean;
        };
        SupportersPublicConfirmResponse: {
            campaign: {
                name: string;
                slug: string;
            };
            /** @description false when it was already confirmed */
            changed: boolean;
            /** @enum {boolean} */
            ok: true;
        };
        SupportersPublicEraseBody: {
            /** @description The confirmation step: true to erase for good. */
            confirm: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
        };
        SupportersPublicErasePageResponse: {
            campaign: {
                name: string;
                slug: string;
            } | null;
            erased: boolean;
        };
        SupportersPublicEraseResponse: {
            /** @enum {boolean} */
            erased: true;
            /** @enum {boolean} */
            ok: true;
        };
        SupportersPublicExportBody: Record<string, never>;
        SupportersPublicExportPageResponse: {
            /** @enum {boolean} */
            ok: true;
        };
        SupportersPublicExportResponse: {
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
        SupportersPublicPrivacyRequestByEmailBody: {
            /** @description Email address; compared case-insensitively after Unicode normalization. */
            email: string;
            /** @enum {string} */
            kind: "export" | "erasure";
        };
        SupportersPublicPrivacyRequestByEmailResponse: {
            /** @description The same whether or not the address is on the list. */
            message: string;
            /** @enum {boolean} */
            ok: true;
        };
        SupportersPublicPrivacyRequestByTokenBody: {
            /** @enum {string} */
            kind: "export" | "erasure";
        };
        SupportersPublicPrivacyRequestByTokenResponse: {
            /** @description The same whether or not the address is on the list. */
            message: string;
            /** @enum {boolean} */
            ok: true;
        };
        SupportersPublicSignupBody: {
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
            /** @description Send true to use an address on a domain of an organization the campaign targets after the employer-email warning (422). */
            employerEmailAcknowledged?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
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
            /** @description Code of the supporter or organizer who referred this person (a share link's ?ref=): letters, digits, _ and -, at most 32 characters. Stored beside source. HTML form posts drop an invalid code instead of refusing the form. */
            ref?: string | (null);
            /** @description The referring page; only its host is kept. */
            referrer?: string | (null);
            /** @description Signal username (optional, e.g. name.01), a contact instead of a phone number; stored encrypted. */
            signalUsername?: string | (null);
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
        SupportersPublicSignupResponse: {
            /** @description Shown to the person. The same whether or not the address was already on the list. */
            message: string;
            /** @enum {boolean} */
            ok: true;
        };
        SupportersPublicUnsubscribeBody: {
            /**
             * @description Sent by mail clients (RFC 8058).
             * @enum {string}
             */
            "List-Unsubscribe"?: "One-Click";
        };
        SupportersPublicUnsubscribePageResponse: {
            campaign: {
                name: string;
                slug: string;
            };
            unsubscribed: boolean;
        };
        SupportersPublicUnsubscribeResponse: {
            campaign: {
                name: string;
                slug: string;
            };
            /** @enum {boolean} */
            ok: true;
            /** @enum {boolean} */
            unsubscribed: true;
        };
        SupportersPublicUpdatePreferencesBody: {
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
        SupportersStatsResponse: {
            byStatus: {
                [key: string]: number;
            };
            erasures: number;
            /** @description k of the suppression; null when figures are exact. */
            minGroupSize: number | null;
            perDay: {
                confirmed: number;
                date: string;
                signups: number;
            }[];
            timeZone: string;
            /** @description Admins and owners: the range, exact. Below admin: the whole campaign, sources smaller than minGroupSize merged into topSourcesOther. */
            topSources: {
                count: number;
                source: string | null;
            }[];
            /** @description Signups not named in topSources: small groups, no source, beyond the top 10. */
            topSourcesOther: number;
            /** @description Every signup ever, erased ones included (anonymous tombstones keep counts). */
            total: number;
        };
        SupportersTagsBody: {
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
                /** @description Exact referring host of the first signup (news.example.org). */
                referrer?: string;
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
        SupportersTagsResponse: {
            updated: number;
        };
        SupportersUpdateSettingsBody: {
            confirmedUrl?: string | null;
            /** @description The address supporters write to about their data, shown on the campaign's privacy page. */
            privacyContact?: string | null;
            thankYouUrl?: string | null;
        };
        TargetedOrganization: {
            domains: string[];
            name: string;
        };
        TwoFactorConfirm: {
            code: string;
        };
        TwoFactorDisable: {
            /** @description A 6-digit code from the authenticator app, or a recovery code (xxxxx-xxxxx). */
            code: string;
            password: string;
        };
        TwoFactorEnrol: Record<string, never>;
        TwoFactorEnrolment: {
            /** @description otpauth://totp/… URI, to show as a QR code. */
            otpauthUri: string;
            /** @description Base32 secret, for typing into an authenticator app by hand. */
            secret: string;
        };
        TwoFactorRecoveryCodes: {
            /** @description Shown once: each works once if the phone is lost. */
            recoveryCodes: string[];
        };
        TwoFactorStatus: {
            enabled: boolean;
            /** Format: date-time */
            enabledAt: string | null;
            recoveryCodesLeft: number;
        };
        UpdateRetentionPolicyInput: {
            auditMonths?: number;
            rsvpDays?: number;
            signerMonths?: number;
        };
        WebhookActionInput: Record<string, never>;
        WebhookDelivery: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            endpointId: string;
            /** @description The idempotency key the receiver saw (idempotency_key). */
            eventId: string;
            /** @enum {string} */
            eventType: "signature" | "signup" | "attendance" | "unsubscribe" | "erasure" | "milestone" | "broadcast_finished";
            id: string;
            lastError: string | null;
            lastStatus: number | null;
            /** @description Every attempt: status, response code, duration. Bodies are never kept. */
            log: {
                attempt: number;
                durationMs: number;
                error: string | null;
                ok: boolean;
                /** Format: date-time */
                startedAt: string;
                /** @description HTTP status; null when no answer came. */
                statusCode: number | null;
            }[];
            /**
             * Format: date-time
             * @description When pending: the next attempt.
             */
            nextAttemptAt: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            state: "pending" | "delivering" | "delivered" | "failed";
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        WebhookEndpoint: {
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            eventTypes: ("signature" | "signup" | "attendance" | "unsubscribe" | "erasure" | "milestone" | "broadcast_finished")[];
            /** Format: date-time */
            failingSince: string | null;
            id: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookEndpointList: {
            items: components["schemas"]["WebhookEndpoint"][];
        };
        WebhookEndpointWithSecret: {
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            eventTypes: ("signature" | "signup" | "attendance" | "unsubscribe" | "erasure" | "milestone" | "broadcast_finished")[];
            /** Format: date-time */
            failingSince: string | null;
            id: string;
            /** @description The signing secret, shown only now: X-Groundswell-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 with this secret of "<t>.<raw body>">. */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookPingResult: {
            durationMs: number;
            /** @description Why the call failed (timeout, refused address, connection error). */
            error: string | null;
            /** @description The receiver answered 2xx. */
            ok: boolean;
            statusCode: number | null;
        };
        WebhooksCreateBody: {
            description?: string;
            /** @description Default true. */
            enabled?: boolean;
            /** @description signature (a signature confirmed), signup (a supporter confirmed), attendance (an RSVP confirmed, cancelled or checked in), unsubscribe, erasure, milestone (recorded), broadcast_finished. */
            eventTypes: ("signature" | "signup" | "attendance" | "unsubscribe" | "erasure" | "milestone" | "broadcast_finished")[];
            /** @description Where events are POSTed. https:// on a public address in production (checked again after DNS at every delivery). */
            url: string;
        };
        WebhooksUpdateBody: {
            description?: string;
            /** @description Re-enabling a disabled endpoint resumes its pending deliveries and clears its failure count. */
            enabled?: boolean;
            /** @description signature (a signature confirmed), signup (a supporter confirmed), attendance (an RSVP confirmed, cancelled or checked in), unsubscribe, erasure, milestone (recorded), broadcast_finished. */
            eventTypes?: ("signature" | "signup" | "attendance" | "unsubscribe" | "erasure" | "milestone" | "broadcast_finished")[];
            /** @description Where events are POSTed. https:// on a public address in production (checked again after DNS at every delivery). */
            url?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    assetsFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file; gzip when the client accepts it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipsAcceptBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationAccepted"];
                };
            };
            /** @description The token is invalid, expired or used, or the name or password is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An account with the invited email exists already: sign in and use /auth/invitations/join. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many attempts from this address.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipsJoin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationJoin"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationJoined"];
                };
            };
            /** @description The token is invalid, expired or used. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The invitation is for another email address (or a missing X-CSRF-Token).
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are already a member. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description A session token for the Authorization header. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthLoginResponse"];
                };
            };
            /** @description A field is missing or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Email or password is incorrect. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many attempts from this address or for this account.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authLogout: {
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sent with an API token. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authMe: {
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
                    "application/json": components["schemas"]["OrganizerAccount"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authUpdateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            /** @description Your account as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizerAccount"];
                };
            };
            /** @description The language is not one the console has (en, ar), or the body has other fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A cookie-authenticated write without a matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordChanged"];
                };
            };
            /** @description The current password is wrong, or the new one is too short. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A cookie-authenticated write without a matching X-CSRF-Token header.
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authCompletePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetComplete"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description The token is invalid, expired or used, or the password is too short. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many attempts from this address.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authRequestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailLinkRequest"];
            };
        };
        responses: {
            /** @description Always 202: the answer does not reveal accounts. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description The email is missing or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many requests from this address.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authSession: {
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
                    "application/json": components["schemas"]["ConsoleSession"];
                };
            };
            /** @description No valid session cookie. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authCreateSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionSignIn"];
            };
        };
        responses: {
            /** @description Signed in. The session is in the `gs_session` cookie (HttpOnly, SameSite=Strict); keep `csrfToken` for writes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleSession"];
                };
            };
            /** @description A field is missing or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Email or password (or the two-factor code) is incorrect. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many attempts from this address or for this account.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authDeleteSession: {
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description The cookie names a live session but X-CSRF-Token does not match it. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Rate limited.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authCreateSessionFromLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionLinkSignIn"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleSession"];
                };
            };
            /** @description The token is invalid, expired or used, or a field is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The password (or the two-factor code) is incorrect. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many attempts from this address.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authSessions: {
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
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authRevokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A cookie-authenticated write without a matching X-CSRF-Token header.
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such active session of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authRequestSignInLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailLinkRequest"];
            };
        };
        responses: {
            /** @description Always 202: the answer does not reveal accounts. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description The email is missing or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many requests from this address.
             *
             *     Rate limited; see Retry-After.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authTokens: {
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
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    membershipsCreateToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenCreate"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
                };
            };
            /** @description A field is missing or invalid, or campaignId is not one of your campaigns. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Sent with an API token, or a cookie-authenticated write without X-CSRF-Token.
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authRevokeToken: {
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A cookie-authenticated write without a matching X-CSRF-Token header.
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such token of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authTwoFactorStatus: {
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
                    "application/json": components["schemas"]["TwoFactorStatus"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authEnrolTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorEnrol"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorEnrolment"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A cookie-authenticated write without a matching X-CSRF-Token header.
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-factor authentication is already on. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authConfirmTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorConfirm"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorRecoveryCodes"];
                };
            };
            /** @description The code is not the current one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A cookie-authenticated write without a matching X-CSRF-Token header.
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not enrolling, or already on. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authDisableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorDisable"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description The password or the code is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session cookie or bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A cookie-authenticated write without a matching X-CSRF-Token header.
             *
             *     Needs a signed-in session; API tokens cannot manage credentials.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-factor authentication is off. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesHome: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open petitions with their counts, upcoming events, statements, the timeline and a signup form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesEvent: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
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
            /** @description When (in the event's zone, named), where, places left or waitlist, .ics link and the RSVP form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesEventThanks: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
                status?: "confirmed" | "waitlisted";
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
            /** @description Confirmed, or on the waitlist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesPetition: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
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
            /** @description Title, target, text, live count and progress, recent public signers and the sign form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesPetitionThanks: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
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
            /** @description Check your email, share links (plain links, no third-party scripts) and the next action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesPrivacy: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What each form collects, what is encrypted or never kept, retention, who sees what, how to get a copy or erase your data, the contact: from the live settings (JSON: /public/campaigns/:slug/privacy). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesStatementList: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published statements, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesStatement: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
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
            /** @description The statement in the asked language when translated; 404 before publication, 410 once retracted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesSignupThanks: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where a browser lands after a successful signup post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pagesTimeline: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Milestones, newest first, with their sources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsMine: {
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
                    "application/json": components["schemas"]["MyCampaignList"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignsCreateBody"];
            };
        };
        responses: {
            /** @description The new campaign; its creator is its owner. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCampaign"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another campaign already uses this slug (slug-taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsGet: {
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
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsUpdate: {
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
                "application/json": components["schemas"]["CampaignsUpdateBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another campaign already uses this slug (slug-taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsArchive: {
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
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the owner role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auditList: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                cursor?: string;
                entityType?: string;
                limit?: number | string;
                personalData?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
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
                    "application/json": components["schemas"]["AuditListResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsList: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["BroadcastPage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsCreate: {
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
                "application/json": components["schemas"]["BroadcastsCreateBody"];
            };
        };
        responses: {
            /** @description A draft: check the audience and previews, then start it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BroadcastsCreateResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another campaign already used this idempotency key (key-taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsGet: {
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
                    "application/json": components["schemas"]["BroadcastsGetResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsCancel: {
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
                "application/json": components["schemas"]["BroadcastsCancelBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The broadcast's state does not allow this (broadcast-state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsPause: {
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
                "application/json": components["schemas"]["BroadcastsPauseBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The broadcast's state does not allow this (broadcast-state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsPreview: {
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
                    "application/json": components["schemas"]["BroadcastsPreviewResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsResendUnconfirmed: {
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
                "application/json": components["schemas"]["BroadcastsResendUnconfirmedBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BroadcastsResendUnconfirmedResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsResume: {
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
                "application/json": components["schemas"]["BroadcastsResumeBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The broadcast's state does not allow this (broadcast-state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsSchedule: {
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
                "application/json": components["schemas"]["BroadcastsScheduleBody"];
            };
        };
        responses: {
            /** @description The draft starts by itself at `at` (within a few seconds); until then it can be rescheduled, unscheduled or cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The broadcast's state does not allow this (broadcast-state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsStart: {
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
                "application/json": components["schemas"]["BroadcastsStartBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The broadcast's state does not allow this (broadcast-state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsSendTest: {
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
                "application/json": components["schemas"]["BroadcastsSendTestBody"];
            };
        };
        responses: {
            /** @description The broadcast in each of its languages, sent to the signed-in organizer's own address only (any state). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BroadcastsSendTestResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    broadcastsUnschedule: {
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
                "application/json": components["schemas"]["BroadcastsUnscheduleBody"];
            };
        };
        responses: {
            /** @description Back to a plain draft, started by hand. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The broadcast's state does not allow this (broadcast-state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dashboardOverview: {
        parameters: {
            query?: {
                period?: "7d" | "30d" | "all";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List size and growth, signups and signatures per local day, confirmation rate, top sources and referrers, upcoming events against capacity, broadcasts with delivery outcomes, latest milestones. Below admin, sources, referrers and ref codes with fewer signups than the campaign's minGroupSize are merged into `otherOrigins`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardOverview"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dashboardSeries: {
        parameters: {
            query?: {
                bucket?: "day" | "hour";
                period?: "7d" | "30d" | "all";
                petitionId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                metric: "signatures" | "signature-confirmations" | "signups" | "confirmations" | "unsubscribes" | "rsvps" | "emails";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per local day or hour in the campaign's time zone, one series per petition or email state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardSeries"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    digestsPreview: {
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
            /** @description The supporter's next digest as it would be computed now: when it is due, whether it would be sent (nothing new: no digest), and the rendered message, greeting the supporter by their own name as the mail would (links are samples). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestsPreviewResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This supporter does not get digests. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    digestsRuns: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["DigestRunPage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    digestsRun: {
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
                    "application/json": components["schemas"]["DigestRun"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    digestsSettings: {
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
                    "application/json": components["schemas"]["DigestSettings"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    digestsUpdateSettings: {
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
                "application/json": components["schemas"]["DigestsUpdateSettingsBody"];
            };
        };
        responses: {
            /** @description Changes apply from each supporter's next period: nobody gets a second digest in the current one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestSettings"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedSnippetsList: {
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
            /** @description Snippets (iframe and script) for each open petition, each upcoming public event and the signup form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbedSnippets"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsList: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                limit?: number | string;
                status?: "scheduled" | "cancelled" | "completed";
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
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsCreate: {
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
                "application/json": components["schemas"]["EventsCreateBody"];
            };
        };
        responses: {
            /** @description The new event. Times may be given as local wall time in timeZone. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another event of this campaign already uses this slug (slug-taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsGet: {
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
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsUpdate: {
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
                "application/json": components["schemas"]["EventChange"];
            };
        };
        responses: {
            /** @description Changing the time or place emails everyone who RSVPed, re-plans their reminders and bumps the calendar SEQUENCE; more capacity promotes the waitlist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is cancelled, or the slug is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsAttendees: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["AttendeePage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsAttendeesCsv: {
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsRemoveAttendee: {
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
                "application/json": components["schemas"]["EventsRemoveAttendeeBody"];
            };
        };
        responses: {
            /** @description Cancels an RSVP (its seat goes to the waitlist). Owners, admins, or staff of this event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendee"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsCheckIn: {
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
                "application/json": components["schemas"]["EventsCheckInBody"];
            };
        };
        responses: {
            /** @description Record attended or no-show (null clears it). Owners, admins, or staff of this event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendee"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The RSVP was cancelled (rsvp-cancelled). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPromote: {
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
                "application/json": components["schemas"]["EventsPromoteBody"];
            };
        };
        responses: {
            /** @description Confirms one waitlisted person, out of turn if need be, and emails them that they have a place (as a freed seat would). Owners, admins, or staff of this event. Audited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendee"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The RSVP is not waitlisted (not-waitlisted); their party does not fit in the seats left and overCapacity was not true (over-capacity, with seatsNeeded and seatsLeft); or the event is cancelled, completed or has started (event-cancelled, event-completed, event-started). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsCancel: {
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
                "application/json": components["schemas"]["EventsCancelBody"];
            };
        };
        responses: {
            /** @description Cancels the event: everyone who RSVPed is emailed the reason, reminders stop, calendars show it cancelled. Idempotent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A completed event cannot be cancelled (event-completed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsCancelPreview: {
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
                "application/json": components["schemas"]["EventsCancelPreviewBody"];
            };
        };
        responses: {
            /** @description The notice a cancellation with this reason would email, in each language. Sends nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsCancelPreviewResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsChangePreview: {
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
                "application/json": components["schemas"]["EventChange"];
            };
        };
        responses: {
            /** @description Takes the body of the edit (PATCH) and answers whether saving it would email the people who RSVPed, how many, and the notice in each language. Saves and sends nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsChangePreviewResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is cancelled (event-cancelled). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsInviteLink: {
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
                    "application/json": components["schemas"]["EventsInviteLinkResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsStaff: {
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
                    "application/json": components["schemas"]["EventsStaffResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsAddStaff: {
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
                "application/json": components["schemas"]["EventsAddStaffBody"];
            };
        };
        responses: {
            /** @description Assigns a campaign member to this event: they see and check in its attendees only. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsAddStaffResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsRemoveStaff: {
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
                    "application/json": components["schemas"]["EventsRemoveStaffResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsInvitations: {
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
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsRevokeInvitation: {
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailList: {
        parameters: {
            query?: {
                broadcastId?: string;
                cursor?: string;
                limit?: number | string;
                state?: "queued" | "enqueued" | "paused" | "sending" | "sent" | "failed" | "suppressed" | "cancelled";
                supporterId?: string;
                template?: string;
                unconfirmed?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
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
                    "application/json": components["schemas"]["MailMessagePage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailGet: {
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
                    "application/json": components["schemas"]["MailMessageDetail"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailRetry: {
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
                "application/json": components["schemas"]["MailRetryBody"];
            };
        };
        responses: {
            /** @description The failed message, queued again with fresh attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailMessageDetail"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only failed messages can be retried (message-state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailRetryFailed: {
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
                "application/json": components["schemas"]["MailRetryFailedBody"];
            };
        };
        responses: {
            /** @description Queues every failed message again (optionally of one broadcast or template). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailRetryFailedResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailStats: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["MailStatsResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailHistory: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["MailMessagePage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailListTemplates: {
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
                    "application/json": components["schemas"]["MailTemplateList"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailPreviewTemplate: {
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
                "application/json": components["schemas"]["MailPreviewTemplateBody"];
            };
        };
        responses: {
            /** @description The template rendered in one locale with sample data (and any variables given). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPreviewTemplateResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The template cannot be rendered with these variables. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsMembers: {
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
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsInvite: {
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
                "application/json": components["schemas"]["CampaignsInviteBody"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignsInviteResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This organizer is already a member (already-member). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsRemove: {
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A campaign must keep at least one owner (last-owner). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsChangeRole: {
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
                "application/json": components["schemas"]["CampaignsChangeRoleBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignsChangeRoleResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A campaign must keep at least one owner (last-owner). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesList: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "win" | "action" | "escalation" | "setback" | "report";
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
                    "application/json": components["schemas"]["MilestonePage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesCreate: {
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
                "application/json": components["schemas"]["MilestonesCreateBody"];
            };
        };
        responses: {
            /** @description Recorded; with notify (admins) the alert goes out now. Idempotent on key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesGet: {
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
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesRemove: {
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesUpdate: {
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
                "application/json": components["schemas"]["MilestonesUpdateBody"];
            };
        };
        responses: {
            /** @description Edits never re-send the alert. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesAlert: {
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
                "application/json": components["schemas"]["MilestonesAlertBody"];
            };
        };
        responses: {
            /** @description Sends the alert once (no-op when already sent, unless realert). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesPreview: {
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
                    "application/json": components["schemas"]["MilestonesPreviewResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesProgress: {
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
                    "application/json": components["schemas"]["MilestonesProgressResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsList: {
        parameters: {
            query?: {
                archived?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                cursor?: string;
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
                    "application/json": components["schemas"]["PetitionPage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsCreate: {
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
                "application/json": components["schemas"]["PetitionsCreateBody"];
            };
        };
        responses: {
            /** @description The new petition (draft unless status is open). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Petition"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another petition of this campaign already uses this slug (slug-taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsGet: {
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
                    "application/json": components["schemas"]["Petition"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsUpdate: {
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
                "application/json": components["schemas"]["PetitionsUpdateBody"];
            };
        };
        responses: {
            /** @description Open with status "open", close with "closed"; text changes re-render the HTML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Petition"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Archived or delivered petitions cannot change this way, or the slug is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsArchive: {
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
                    "application/json": components["schemas"]["Petition"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsDeliver: {
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
                "application/json": components["schemas"]["PetitionsDeliverBody"];
            };
        };
        responses: {
            /** @description Marks the petition delivered (closed to new signatures) with a date and a note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Petition"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The petition is archived or still a draft. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsDeliveryCsv: {
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsDeliveryHtml: {
        parameters: {
            query?: {
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signaturesList: {
        parameters: {
            query?: {
                country?: string;
                cursor?: string;
                emailDomain?: string;
                from?: string;
                ipHash?: string;
                limit?: number | string;
                postalPrefix?: string;
                public?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                ref?: string;
                source?: string;
                status?: "pending" | "confirmed" | "invalidated";
                supporterId?: string;
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
                    "application/json": components["schemas"]["SignaturePage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signaturesExport: {
        parameters: {
            query?: {
                country?: string;
                emailDomain?: string;
                from?: string;
                ipHash?: string;
                postalPrefix?: string;
                public?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
                ref?: string;
                source?: string;
                status?: "pending" | "confirmed" | "invalidated";
                supporterId?: string;
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signaturesInvalidate: {
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
                "application/json": components["schemas"]["SignaturesInvalidateBody"];
            };
        };
        responses: {
            /** @description No longer counted (the public count follows within about 2 seconds); kept for the record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signature"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signaturesReinstate: {
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
                "application/json": components["schemas"]["SignaturesReinstateBody"];
            };
        };
        responses: {
            /** @description Undoes an invalidation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signature"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signaturesInvalidateMatching: {
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
                "application/json": components["schemas"]["SignaturesInvalidateMatchingBody"];
            };
        };
        responses: {
            /** @description Invalidates every signature from one IP hash or email domain in a window (default: the last 24 hours). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignaturesInvalidateMatchingResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signaturesStats: {
        parameters: {
            query?: {
                days?: number | string;
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
            /** @description Exact counts by status, per day (campaign time zone), and confirmed signatures by source, country and postal-code prefix; below admin, groups smaller than the campaign's minGroupSize are merged into `other`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignaturesStatsResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signaturesTrending: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["SignaturesTrendingResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retentionPolicy: {
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
            /** @description The retention rules of the campaign (the defaults when never changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retentionUpdatePolicy: {
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
                "application/json": components["schemas"]["UpdateRetentionPolicyInput"];
            };
        };
        responses: {
            /** @description The daily job applies the new rules from its next run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retentionExpiries: {
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
            /** @description What will expire when: ended petitions and events whose people are still named, and old audit entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionExpiries"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retentionShutdown: {
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
                    "application/json": components["schemas"]["CampaignShutdownState"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the owner role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retentionSchedule: {
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
                "application/json": components["schemas"]["ScheduleShutdownInput"];
            };
        };
        responses: {
            /** @description Scheduled: after CAMPAIGN_SHUTDOWN_DELAY_SECONDS (24 hours) every supporter's personal data is erased, unless an owner cancels first. Owners are emailed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignShutdown"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the owner role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already scheduled (shutdown-scheduled) or shut down (campaign-shut-down). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retentionCancel: {
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
                "application/json": components["schemas"]["CancelShutdownInput"];
            };
        };
        responses: {
            /** @description Cancelled: nothing is erased. Owners are emailed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignShutdown"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the owner role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing scheduled (no-shutdown-scheduled) or already due (shutdown-running). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsList: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["StatementSummaryPage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsCreate: {
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
                "application/json": components["schemas"]["StatementsCreateBody"];
            };
        };
        responses: {
            /** @description A new draft, at revision 1. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another statement of this campaign already uses this slug (slug-taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsGet: {
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
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsRemove: {
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
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheduled or once-published statements cannot be deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsUpdate: {
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
                "application/json": components["schemas"]["StatementsUpdateBody"];
            };
        };
        responses: {
            /** @description Saved as a new revision. Approved, scheduled and published statements need an admin. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this edit. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsPreview: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["StatementsPreviewResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsAlertProgress: {
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
                    "application/json": components["schemas"]["StatementsAlertProgressResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsApprove: {
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
                "application/json": components["schemas"]["StatementsApproveBody"];
            };
        };
        responses: {
            /** @description in review -> approved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsDiff: {
        parameters: {
            query: {
                from: number | string;
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
                    "application/json": components["schemas"]["StatementsDiffResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsPublish: {
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
                "application/json": components["schemas"]["StatementsPublishBody"];
            };
        };
        responses: {
            /** @description Published now; the alert goes to subscribers unless notify is false. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsRetract: {
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
                "application/json": components["schemas"]["StatementsRetractBody"];
            };
        };
        responses: {
            /** @description published -> retracted: gone from lists and feeds; nothing is re-sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsReturnToDraft: {
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
                "application/json": components["schemas"]["StatementsReturnToDraftBody"];
            };
        };
        responses: {
            /** @description in review or approved -> draft (withdraw, or ask for changes). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsRevisions: {
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
                    "application/json": components["schemas"]["StatementRevisionList"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsRevision: {
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
                    "application/json": components["schemas"]["StatementRevision"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsSchedule: {
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
                "application/json": components["schemas"]["StatementsScheduleBody"];
            };
        };
        responses: {
            /** @description Scheduled (or moved) to publishAt. Survives restarts; invisible until then. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsSubmit: {
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
                "application/json": components["schemas"]["StatementsSubmitBody"];
            };
        };
        responses: {
            /** @description draft -> in review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsUnschedule: {
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
                "application/json": components["schemas"]["StatementsUnscheduleBody"];
            };
        };
        responses: {
            /** @description scheduled -> approved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement's state does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersList: {
        parameters: {
            query?: {
                country?: string;
                cursor?: string;
                email?: string;
                from?: string;
                limit?: number | string;
                locale?: "en" | "ar";
                referrer?: string;
                source?: string;
                status?: "confirmed" | "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                tag?: string;
                to?: string;
                withTotal?: boolean | ("0" | "1" | "true" | "false" | "on" | "off" | "yes" | "no");
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
                    "application/json": components["schemas"]["SupportersListResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersGet: {
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
                    "application/json": components["schemas"]["SupporterDetail"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersEdit: {
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
                "application/json": components["schemas"]["SupportersEditBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupporterDetail"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This supporter was erased (supporter-erased). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersErase: {
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
                "application/json": components["schemas"]["SupportersEraseBody"];
            };
        };
        responses: {
            /** @description Erases personal data and consent details, keeps anonymous counts, records the erasure and suppresses the address. Send {"confirm":"erase"}. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersEraseResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersExport: {
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
                    "application/json": components["schemas"]["SupportersExportResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersErasures: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["SupportersErasuresResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersExportCsv: {
        parameters: {
            query?: {
                country?: string;
                email?: string;
                from?: string;
                locale?: "en" | "ar";
                referrer?: string;
                source?: string;
                status?: "confirmed" | "pending" | "subscribed" | "not-subscribed" | "unsubscribed" | "bounced" | "complained" | "erased";
                tag?: string;
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersImport: {
        parameters: {
            query: {
                consentAsserted: "true";
                consentBasis: string;
                purposes?: string;
                source?: string;
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
                "application/json": components["schemas"]["SupportersImportBody"];
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
                    "application/json": components["schemas"]["SupportersImportResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersSettings: {
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
                    "application/json": components["schemas"]["SupporterSettings"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersUpdateSettings: {
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
                "application/json": components["schemas"]["SupportersUpdateSettingsBody"];
            };
        };
        responses: {
            /** @description Where form posts that ask for a redirect go, and where the confirmation page sends people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupporterSettings"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersStats: {
        parameters: {
            query?: {
                from?: string;
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
                    "application/json": components["schemas"]["SupportersStatsResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersTags: {
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
                "application/json": components["schemas"]["SupportersTagsBody"];
            };
        };
        responses: {
            /** @description Adds and removes tags on the listed supporters, or on all matching a filter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersTagsResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksList: {
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
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksCreate: {
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
                "application/json": components["schemas"]["WebhooksCreateBody"];
            };
        };
        responses: {
            /** @description Registered; the secret is shown only in this answer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                endpointId: string;
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
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted with its pending deliveries and its log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhooksUpdateBody"];
            };
        };
        responses: {
            /** @description Changed; re-enabling resumes pending deliveries at once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number | string;
                state?: "pending" | "delivering" | "delivered" | "failed";
            };
            header?: never;
            path: {
                campaignId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, each with its attempts (never a body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                deliveryId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookActionInput"];
            };
        };
        responses: {
            /** @description Queued again with the same idempotency key and a fresh retry budget. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksPing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookActionInput"];
            };
        };
        responses: {
            /** @description The outcome of one signed test call (a `ping` event), made now; not logged or retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPingResult"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooksRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookActionInput"];
            };
        };
        responses: {
            /** @description The new secret, shown only in this answer; the old one stops at once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedLoader: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Inserts the iframe after its <script> and resizes it to its content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedEvent: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
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
            /** @description When, places left and the RSVP form; framable only by the campaign's embed origins. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedEventThanks: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
                status?: "confirmed" | "waitlisted";
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
            /** @description Confirmed, or on the waitlist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedPetition: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
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
            /** @description Title, count and the sign form; framable only by the campaign's embed origins. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedPetitionThanks: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
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
            /** @description Check your email, share links and the next action, each opening a new tab. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedSignup: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's signup form; framable only by the campaign's embed origins. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    embedSignupThanks: {
        parameters: {
            query?: {
                locale?: "en" | "ar";
                ref?: string;
                source?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thank you; check your email when confirmation is needed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    healthLive: {
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
                    "application/json": components["schemas"]["HealthLiveResponse"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    healthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve requests: PostgreSQL and Redis answer (a success of the last 15 s covers one slow probe) and the process is not draining. 503 otherwise. SMTP is reported, never required. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReadyResponse"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignsAcceptBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignsAcceptResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    metricsScrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text format. 401 without the token; 404 when METRICS_TOKEN is unset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeopleAep: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
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
                    "application/json": components["schemas"]["OsdiPeopleAepResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActionsEventList: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActionsEvent: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiActionsEventResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesAttendanceList: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesCreateAttendance: {
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
                "application/json": components["schemas"]["OsdiActivitiesCreateAttendanceBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiActivitiesCreateAttendanceResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesAttendance: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                attendanceId: string;
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
                    "application/json": components["schemas"]["OsdiActivitiesAttendanceResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesUpdateAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attendanceId: string;
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OsdiActivitiesUpdateAttendanceBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiActivitiesUpdateAttendanceResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesDeleteAttendance: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                attendanceId: string;
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
                    "application/json": components["schemas"]["OsdiActivitiesDeleteAttendanceResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesPatchAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attendanceId: string;
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OsdiActivitiesPatchAttendanceBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiActivitiesPatchAttendanceResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActionsRecordAttendance: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OsdiActionsRecordAttendanceBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiHelperResult"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiCampaignMilestoneList: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeoplePeople: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeopleCreate: {
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
                "application/json": components["schemas"]["OsdiPeopleCreateBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiPerson"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeoplePerson: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                personId: string;
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
                    "application/json": components["schemas"]["OsdiPerson"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeopleUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OsdiPeopleUpdateBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiPerson"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeopleRemove: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                personId: string;
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
                    "application/json": components["schemas"]["OsdiPeopleRemoveResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeoplePatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OsdiPeoplePatchBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiPerson"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeoplePersonTaggings: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
            };
            header?: never;
            path: {
                campaignId: string;
                personId: string;
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
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeopleSignupHelper: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OsdiPeopleSignupHelperBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiHelperResult"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActionsPetitionList: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActionsPetition: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiActionsPetitionResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActionsRecordSignature: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OsdiActionsRecordSignatureBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiHelperResult"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesSignatureList: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesCreateSignature: {
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
                "application/json": components["schemas"]["OsdiActivitiesCreateSignatureBody"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsdiActivitiesCreateSignatureResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesSignature: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
                signatureId: string;
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
                    "application/json": components["schemas"]["OsdiActivitiesSignatureResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiActivitiesDeleteSignature: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                petitionId: string;
                signatureId: string;
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
                    "application/json": components["schemas"]["OsdiActivitiesDeleteSignatureResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the organizer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiCampaignStatementList: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeopleTags: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: string;
                "osdi-api-token"?: string;
                page?: number | string;
                per_page?: number | string;
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
                    "application/json": components["schemas"]["OsdiCollection"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    osdiPeopleTag: {
        parameters: {
            query?: {
                "osdi-api-token"?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                tag: string;
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
                    "application/json": components["schemas"]["OsdiPeopleTagResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or the token or session is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the viewer role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such campaign, or you are not a member of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    campaignsPublicGet: {
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
            /** @description Name, summary, default language and zone, the address of its home page and of its public collections. 404 for an unknown or archived campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCampaign"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPublicList: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
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
                    "application/json": components["schemas"]["EventsPublicListResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPublicFeed: {
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPublicGet: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["EventsPublicGetResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPublicCalendar: {
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPublicRsvp: {
        parameters: {
            query?: {
                access?: string;
                embed?: "1";
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
                "application/json": components["schemas"]["EventsPublicRsvpBody"];
                "application/x-www-form-urlencoded": components["schemas"]["EventsPublicRsvpBody"];
            };
        };
        responses: {
            /** @description The RSVP: confirmed, or waitlisted when the event is full and has a waitlist; the same answer for an address that had already RSVPed. A confirmation email follows (with a calendar file, and the online link for confirmed attendees). Browsers (Accept: text/html) get a page, or with redirect=true a 303 to the campaign's thank-you URL (with ?rsvp=confirmed|waitlisted). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsPublicRsvpResponse"];
                    "text/html": string;
                };
            };
            /** @description Browsers: redirect-after-post to the thank-you page (or the campaign's thank-you URL when the form asked for it). */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Full without waitlist (event-full), RSVPs closed (rsvp-closed), cancelled (event-cancelled) or over (event-over). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email is on a domain of an organization the campaign targets (problem type employer-email, naming `email`): nothing was stored. Send the same form again with employerEmailAcknowledged=true to use the address anyway. Browsers get the form again with the warning. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsPublicList: {
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
                    "application/json": components["schemas"]["PetitionsPublicListResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsPublicGet: {
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
                    "application/json": components["schemas"]["PetitionsPublicGetResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsPublicSign: {
        parameters: {
            query?: {
                /** @description 1 when posted from an embedded form (/embed/…): the redirect and the thank-you page stay in the frame. */
                embed?: "1";
            };
            header?: never;
            path: {
                petitionSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PetitionsPublicSignBody"];
                "application/x-www-form-urlencoded": components["schemas"]["PetitionsPublicSignBody"];
            };
        };
        responses: {
            /** @description Always the same answer, whether this is a first signature, a repeat of an address that already signed, or a submission dropped by the honeypot: the signer receives an email and the signature counts once confirmed. Browsers (HTML forms) get a page, or with redirect=true the campaign's thank-you URL. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PetitionsPublicSignResponse"];
                    "text/html": string;
                };
            };
            /** @description Browsers: redirect-after-post to the thank-you page (or the campaign's thank-you URL when the form asked for it). */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The petition is closed or delivered (problem type petition-closed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email is on a domain of an organization the campaign targets (problem type employer-email, naming `email`): nothing was stored. Send the same form again with employerEmailAcknowledged=true to use the address anyway. Browsers get the form again with the warning. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many signatures from this client IP (PETITION_SIGN_BURST_PER_MINUTE, SIGNUP_MAX_PER_IP_PER_HOUR); see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsPublicSigners: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["PetitionsPublicSignersResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    privacyPublicGet: {
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
            /** @description What each form collects, what is encrypted or never kept, how long things are kept, who sees what, how to get a copy or erase your data, and whom to write to: drawn from the live settings. 404 for an unknown or archived campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyFacts"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicPrivacyRequestByEmail: {
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
                "application/json": components["schemas"]["SupportersPublicPrivacyRequestByEmailBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicPrivacyRequestByEmailBody"];
            };
        };
        responses: {
            /** @description Ask by email address for a copy or the erasure of your data. Always the same answer; a link is mailed only if the address is on the list. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicPrivacyRequestByEmailResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsPublicList: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["StatementsPublicListResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsPublicAtom: {
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
            /** @description Atom 1.0 feed of published statements (RFC 4287). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsPublicRss: {
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
            /** @description RSS 2.0 feed of published statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statementsPublicDetail: {
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
                    "application/json": components["schemas"]["StatementsPublicDetailResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The statement was retracted. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicSignup: {
        parameters: {
            query?: {
                /** @description 1 when posted from an embedded form (/embed/…): the redirect and the thank-you page stay in the frame. */
                embed?: "1";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportersPublicSignupBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicSignupBody"];
            };
        };
        responses: {
            /** @description Always the same answer, whether or not the address was already on the list. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicSignupResponse"];
                    "text/html": string;
                };
            };
            /** @description Browsers: redirect-after-post to the thank-you page (or the campaign's thank-you URL when the form asked for it). */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email is on a domain of an organization the campaign targets (problem type employer-email, naming `email`): nothing was stored. Send the same form again with employerEmailAcknowledged=true to use the address anyway. Browsers get the form again with the warning. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    milestonesPublicTimeline: {
        parameters: {
            query?: {
                cursor?: string;
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
                    "application/json": components["schemas"]["MilestonesPublicTimelineResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (campaigns you are not a member of answer 404 too). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicConfirmPage: {
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
            /** @description The confirmation page (a button that POSTs); JSON: whether it is confirmed already. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicConfirmPageResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicConfirm: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportersPublicConfirmBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicConfirmBody"];
            };
        };
        responses: {
            /** @description Confirms the signup (double opt-in). Harmless to repeat. Browsers go to the campaign's confirmed URL when one is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicConfirmResponse"];
                    "text/html": string;
                };
            };
            /** @description Browsers: redirect-after-post to the thank-you page (or the campaign's thank-you URL when the form asked for it). */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicErasePage: {
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
            /** @description The erasure confirmation page: what will be deleted, and a button that POSTs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicErasePageResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicErase: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportersPublicEraseBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicEraseBody"];
            };
        };
        responses: {
            /** @description Erases your data for good (`confirm: true` is the confirmation step). Repeating it is harmless. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicEraseResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPublicCancelPage: {
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
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsPublicCancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventsPublicCancelBody"];
                "application/x-www-form-urlencoded": components["schemas"]["EventsPublicCancelBody"];
            };
        };
        responses: {
            /** @description Cancels the RSVP behind the signed token (idempotent); a confirmed seat goes to the first person on the waitlist. Browsers get a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsPublicCancelResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event has already started (event-started). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicExportPage: {
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
            /** @description The export page (a button that POSTs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicExportPageResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicExport: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportersPublicExportBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicExportBody"];
            };
        };
        responses: {
            /** @description Everything held about you, as a JSON download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicExportResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicPreferences: {
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
            /** @description Preferences behind the signed link in every email (no login). The email is masked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicUpdatePreferences: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportersPublicUpdatePreferencesBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicUpdatePreferencesBody"];
            };
        };
        responses: {
            /** @description Changes preferences: purposes (each change logged as a grant or withdrawal), digest frequency and hour, locale, or unsubscribe from everything. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicPrivacyRequestByToken: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportersPublicPrivacyRequestByTokenBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicPrivacyRequestByTokenBody"];
            };
        };
        responses: {
            /** @description Emails a short-lived link to download (export) or erase your data: the email is the confirmation step. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicPrivacyRequestByTokenResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsPublicConfirmPage: {
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
            /** @description The page behind the emailed link: a button that POSTs (mail scanners that follow links confirm nothing). JSON: whether it is confirmed already. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PetitionsPublicConfirmPageResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    petitionsPublicConfirm: {
        parameters: {
            query?: {
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PetitionsPublicConfirmBody"];
                "application/x-www-form-urlencoded": components["schemas"]["PetitionsPublicConfirmBody"];
            };
        };
        responses: {
            /** @description Confirms the signature (it counts from the next count tick, within about 2 s). Harmless to repeat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PetitionsPublicConfirmResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicUnsubscribePage: {
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
            /** @description The unsubscribe page (a button that POSTs). Opening it changes nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicUnsubscribePageResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supportersPublicUnsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportersPublicUnsubscribeBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SupportersPublicUnsubscribeBody"];
            };
        };
        responses: {
            /** @description RFC 8058 one-click unsubscribe (List-Unsubscribe-Post): immediate, from all campaign mail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportersPublicUnsubscribeResponse"];
                    "text/html": string;
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailWebhookReceive: {
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
                "application/json": components["schemas"]["MailWebhookReceiveBody"];
            };
        };
        responses: {
            /** @description How many events were received, newly recorded, and newly suppressed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailWebhookReceiveResponse"];
                };
            };
            /** @description Invalid input; `errors` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
