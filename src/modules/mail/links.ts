import type { Locale } from '../../common/i18n.js';
import { privacyPagePath } from '../../common/public-paths.js';
import type { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import type { MailCategory, MessageLinks } from './mail.types.js';

/**
 * The links every campaign message carries. Both sides of the contract use these helpers: mail
 * builds the URLs into messages and headers, the supporters module serves them and verifies the
 * tokens with the same purposes. Tokens do not expire: an unsubscribe link must keep working in an
 * old message (RFC 8058), and it only ever removes mail.
 */
export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';
export const PREFERENCES_PURPOSE = 'preferences';

/** RFC 8058 one-click target: `POST` unsubscribes (no login, no cookie), `GET` shows a confirmation page. */
export function unsubscribeUrl(signer: LinkSignerService, supporterId: string): string {
  return signer.url('/public/unsubscribe', signer.signFor(UNSUBSCRIBE_PURPOSE, supporterId));
}

/** The supporter's email preferences (consents, locale), reached without an account. */
export function preferencesUrl(signer: LinkSignerService, supporterId: string): string {
  return signer.url('/public/preferences', signer.signFor(PREFERENCES_PURPOSE, supporterId));
}

/**
 * The footer links of a message: unsubscribe and preferences on campaign mail to a supporter, and
 * the campaign's privacy page (in the message's language) on every message of a campaign.
 */
export function messageLinks(
  signer: LinkSignerService,
  publicUrl: string,
  m: { category: MailCategory; supporterId: string | null; campaignSlug: string | null; locale: Locale },
): MessageLinks {
  return {
    ...(m.category === 'campaign' && m.supporterId
      ? { unsubscribe: unsubscribeUrl(signer, m.supporterId), preferences: preferencesUrl(signer, m.supporterId) }
      : {}),
    ...(m.campaignSlug ? { privacy: new URL(privacyPagePath(m.campaignSlug, m.locale), publicUrl).toString() } : {}),
  };
}
