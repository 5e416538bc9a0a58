import type { ConsentPurpose, Supporter } from '../../generated/prisma/client.js';
import type { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';

/** The personal data of a supporter, decrypted (in memory only). */
export interface SupporterPersonal {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  /** A Signal username (`name.01`), a contact instead of a phone number. */
  signalUsername: string | null;
  postalCode: string | null;
}

/**
 * What a person's mail situation is, in one word (organizer lists and filters):
 * pending (not confirmed yet), subscribed (confirmed and consented to some mail), not-subscribed
 * (confirmed, e.g. a petition signer, but no mail consent), unsubscribed, bounced, complained, erased.
 */
export type MailStatus =
  'pending' | 'subscribed' | 'not-subscribed' | 'unsubscribed' | 'bounced' | 'complained' | 'erased';
export const MAIL_STATUSES: readonly MailStatus[] = [
  'pending',
  'subscribed',
  'not-subscribed',
  'unsubscribed',
  'bounced',
  'complained',
  'erased',
];

type StatusFields = Pick<
  Supporter,
  'status' | 'unsubscribedAt' | 'undeliverable' | 'consentUpdates' | 'consentDigests'
>;

export function mailStatusOf(s: StatusFields): MailStatus {
  if (s.status === 'erased') return 'erased';
  if (s.status === 'pending') return 'pending';
  if (s.undeliverable) return s.undeliverable;
  if (s.unsubscribedAt) return 'unsubscribed';
  return s.consentUpdates || s.consentDigests ? 'subscribed' : 'not-subscribed';
}

/** Decrypts the personal fields of a row (all null once erased). */
export function personalOf(
  cipher: PiiCipherService,
  row: Pick<
    Supporter,
    'emailEnc' | 'firstNameEnc' | 'lastNameEnc' | 'phoneEnc' | 'signalUsernameEnc' | 'postalCodeEnc'
  >,
): SupporterPersonal {
  return {
    email: cipher.decrypt(row.emailEnc),
    firstName: cipher.decrypt(row.firstNameEnc),
    lastName: cipher.decrypt(row.lastNameEnc),
    phone: cipher.decrypt(row.phoneEnc),
    signalUsername: cipher.decrypt(row.signalUsernameEnc),
    postalCode: cipher.decrypt(row.postalCodeEnc),
  };
}

/**
 * The name shown for a supporter where a short public form is wanted: "First L." (the initial of
 * the first letter of the last name, whatever its script), "First" without a last name, and null
 * without a first name. Never the full last name.
 */
export function displayName(firstName: string | null | undefined, lastName: string | null | undefined): string | null {
  const first = firstName?.trim();
  if (!first) return null;
  const initial = lastName?.trim() ? Array.from(lastName.trim())[0] : '';
  return initial ? `${first} ${initial.toLocaleUpperCase()}.` : first;
}

/** Only the host of a referring page is kept: paths and query strings can identify a person. */
export function referrerHost(referrer: string | undefined): string | undefined {
  if (!referrer) return undefined;
  try {
    return new URL(referrer).hostname.toLowerCase().slice(0, 253) || undefined;
  } catch {
    return undefined;
  }
}

export const TAG_RE = /^[\p{L}\p{N}][\p{L}\p{N} _.:-]{0,49}$/u;

/** Tags are compared case-insensitively; kept lowercase, trimmed, deduplicated and sorted. */
export function normalizeTags(tags: Iterable<string>): string[] {
  return [...new Set([...tags].map((t) => t.normalize('NFC').trim().toLowerCase()).filter(Boolean))].sort();
}

/** The purposes a supporter has consented to. */
export function purposesOf(s: Pick<Supporter, 'consentUpdates' | 'consentDigests'>): ConsentPurpose[] {
  return [...(s.consentUpdates ? (['updates'] as const) : []), ...(s.consentDigests ? (['digests'] as const) : [])];
}
