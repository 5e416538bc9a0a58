import type { LinkSignerService } from '../../infra/crypto/link-signer.service.js';

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
