import type { MailCampaign } from './mail.types.js';

/**
 * What mail needs to know about campaigns (name, slug, default locale) for templates,
 * and its sender name and Reply-To for the headers of its mail. Defined here
 * and bound in the composition root (src/app/mail-bindings.module.ts) to the campaigns module, so
 * mail imports no domain module and campaigns can send through the outbox without a cycle.
 */
export abstract class CampaignDirectory {
  /** Batch lookup; ids missing from the map are unknown campaigns. */
  abstract find(campaignIds: string[]): Promise<Map<string, MailCampaign>>;
}
