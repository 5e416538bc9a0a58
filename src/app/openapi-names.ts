import { nameSchemas } from '../common/openapi-schemas.js';
import { meView, tokenView } from '../modules/auth/auth.schemas.js';
import { campaignView, invitationView, memberView, myCampaignView } from '../modules/campaigns/campaigns.schemas.js';
import { digestRunView, digestSettingsView } from '../modules/digests/digests.schemas.js';
import { attendeeView, eventView, updateEventBody } from '../modules/events/events.schemas.js';
import { broadcastView, messageDetailView, messageView, templateView } from '../modules/mail/mail.schemas.js';
import { milestoneView } from '../modules/milestones/milestones.schemas.js';
import { osdiCollection, osdiHelperResult, osdiPersonResource } from '../modules/osdi/osdi.schemas.js';
import { petitionView, signatureView } from '../modules/petitions/petitions.schemas.js';
import { revisionView, statementSummaryView, statementView } from '../modules/statements/statements.schemas.js';
import {
  preferencesView,
  settingsView,
  supporterDetail,
  supporterView,
} from '../modules/supporters/supporters.schemas.js';
import { deliveryView, endpointView, endpointWithSecretView } from '../modules/webhooks/webhooks.schemas.js';

/**
 * Component names of the schemas that several operations share, so a generated client has one
 * `Petition` type rather than one per operation. Kept here rather than as `.meta({ id })` in each
 * module's schemas so naming the API is one reviewable list. Schemas not listed are named after
 * their operation (`PetitionsStatsResponse`); add one here when a second operation starts using it.
 */
export function nameSharedSchemas(): void {
  nameSchemas({
    ApiToken: tokenView,
    OrganizerAccount: meView,
    Campaign: campaignView,
    MyCampaign: myCampaignView,
    Member: memberView,
    Invitation: invitationView,
    DigestSettings: digestSettingsView,
    DigestRun: digestRunView,
    Event: eventView,
    EventChange: updateEventBody,
    Attendee: attendeeView,
    MailMessage: messageView,
    MailMessageDetail: messageDetailView,
    MailTemplate: templateView,
    Broadcast: broadcastView,
    Milestone: milestoneView,
    Petition: petitionView,
    Signature: signatureView,
    Statement: statementView,
    StatementSummary: statementSummaryView,
    StatementRevision: revisionView,
    Supporter: supporterView,
    SupporterDetail: supporterDetail,
    SupporterSettings: settingsView,
    Preferences: preferencesView,
    OsdiCollection: osdiCollection,
    OsdiPerson: osdiPersonResource,
    OsdiHelperResult: osdiHelperResult,
    WebhookEndpoint: endpointView,
    WebhookEndpointWithSecret: endpointWithSecretView,
    WebhookDelivery: deliveryView,
  });
}
