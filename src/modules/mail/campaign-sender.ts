import type { AnyMailTemplate, MailCampaign } from './mail.types.js';
import { senderAddress } from './message-id.js';

/** The From and Reply-To of one message. */
export interface SenderHeaders {
  from: string;
  replyTo?: string;
}

/**
 * From and Reply-To of a message: a campaign's mail goes out under the campaign's sender name, but
 * always from MAIL_FROM's own address (so SPF and DKIM keep aligning), with the campaign's
 * Reply-To when it has one. System mail (`template.sender === 'system'`) and mail of no campaign
 * keep MAIL_FROM as it is. Resolved at send time from the campaign (CampaignDirectory), so the
 * outbox row stores nothing of it and a changed setting applies to mail not yet sent.
 *
 * The name is validated when it is saved (no address characters, no line breaks or controls); it
 * is quoted here, and encoded by the MIME writer (RFC 2047) when it is not plain ASCII.
 */
export function senderHeaders(
  mailFrom: string,
  template: AnyMailTemplate,
  campaign: MailCampaign | null,
): SenderHeaders {
  if (!campaign || template.sender === 'system') return { from: mailFrom };
  const name = campaign.senderName?.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
  return {
    from: name ? `"${name.replace(/["\\]/g, '\\$&')}" <${senderAddress(mailFrom)}>` : mailFrom,
    ...(campaign.replyTo ? { replyTo: campaign.replyTo } : {}),
  };
}
