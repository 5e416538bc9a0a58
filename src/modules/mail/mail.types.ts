import type { Locale } from '../../common/i18n.js';
import type { Recipient } from './recipient-directory.js';

/**
 * transactional: a message the recipient asked for (confirmation links, erasure receipts,
 * invitations); sent unless the address is erased or hard-bounced.
 * campaign: everything else (updates, alerts, reminders, digests); carries List-Unsubscribe and is
 * never sent to an unsubscribed, bounced, complained or erased address.
 */
export type MailCategory = 'transactional' | 'campaign';

export interface OutgoingMail<Data extends object = object> {
  /**
   * Idempotency key derived from the business event (`signature-confirmation:<signatureId>`,
   * `alert:<milestoneId>:<supporterId>`): unique in the database, so enqueueing the same event
   * twice, or a duplicated job, never produces a second message. At most 300 characters.
   */
  key: string;
  /** The template itself (registered by its module): `data` must be the data it renders. */
  template: MailTemplate<Data>;
  campaignId: string | null;
  category: MailCategory;
  /** `address` only for people who are not supporters (organizers); it is stored encrypted. */
  to: { supporterId: string } | { address: string };
  /** Default: the recipient's locale, else the campaign's default locale, else 'en'. */
  locale?: Locale;
  /**
   * Template variables, of the template's own type (NoInfer: the template alone decides the type,
   * so wrong data is an error rather than a wider type). Never personal data: names and emails come
   * from the Recipient at send time.
   */
  data: NoInfer<Data>;
  /**
   * Template variables that are secrets (an invitation token that only exists as a hash elsewhere).
   * Stored encrypted (PiiCipherService), merged into `data` at send time, and erased once the message is
   * sent, failed, suppressed or cancelled.
   */
  secrets?: Record<string, string>;
  /** Not before this instant (reminders, scheduled digests). */
  sendAt?: Date;
}

/** What a template sees of the campaign a message belongs to. */
export interface MailCampaign {
  id: string;
  name: string;
  slug: string;
  defaultLocale: Locale;
  timeZone: string;
  /** Email domains of the organizations the campaign targets (src/common/targeted-domains.ts). */
  targetedDomains?: string[];
  /** The campaign's own safety note per language (stored JSON); null: the built-in text. */
  mailSafetyNote?: unknown;
  /** Display name on the From line of its mail (the address stays MAIL_FROM's); null: MAIL_FROM as it is. */
  senderName?: string | null;
  /** Reply-To of its mail; null: none. */
  replyTo?: string | null;
}

/** The links a message's footer carries (templates pass them to `layout()` and `textFooter()`). */
export interface MessageLinks {
  unsubscribe?: string;
  preferences?: string;
  privacy?: string;
}

export interface RenderContext<Data extends object = Record<string, unknown>> {
  locale: Locale;
  data: Data;
  /** null for messages to a plain address (organizers) and for previews without a sample recipient. */
  recipient: Recipient | null;
  campaign: MailCampaign | null;
  /** Unsubscribe and preferences on campaign mail to supporters; the campaign's privacy page on every campaign message. */
  links: MessageLinks;
  /** PUBLIC_URL, for templates that build links of their own. */
  publicUrl: string;
}

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
}

/**
 * One source per kind of message: a render function producing subject, HTML and plain text for
 * every supported locale. Build HTML with `html` tagged templates (templates/html.ts) so every
 * interpolated value is escaped, and wrap it in `layout()` for the shared frame and `dir="rtl"`.
 */
export interface MailTemplate<Data extends object = Record<string, unknown>> {
  name: string;
  category: MailCategory;
  /**
   * Which consent campaign mail needs: 'updates' (default; Recipient.campaignMail) or 'digests'
   * (Recipient.digestMail as well). Ignored for transactional mail.
   */
  purpose?: 'updates' | 'digests';
  /**
   * Whose name the message goes out under. 'campaign' (default): a message of a campaign carries
   * the campaign's sender name and Reply-To when it has them. 'system': always MAIL_FROM as it is
   * and no Reply-To; for mail to organizers about their account or membership (sign-in links,
   * password resets, invitations, new devices, notices to owners), which a campaign's settings
   * must not dress up.
   */
  sender?: 'campaign' | 'system';
  /** Shown to organizers in the template list and preview. */
  description?: string;
  /** Variables for the admin preview (and the template's own tests). */
  sampleData?: Data;
  // Method syntax on purpose: a MailTemplate<DigestData> is then usable where the registry keeps
  // templates of any data (AnyMailTemplate), while producers still see the exact type.
  render(ctx: RenderContext<Data>): RenderedMail;
}

/** A template of any data, as the registry keeps them (rendering data read back from the outbox). */
export type AnyMailTemplate = MailTemplate<object>;
