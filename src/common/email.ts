import { z } from 'zod';

/**
 * The one canonical form of an email address, used wherever an address is compared or looked up:
 * the blind index of an email is `PiiCipherService.blindIndex(normalizeEmail(email))`, so the supporters
 * module (which stores addresses) and the mail module (which suppresses them after a bounce) must
 * agree byte for byte. NFC so visually equal Unicode local parts compare equal, trimmed, lowercased:
 * mailbox providers treat local parts case-insensitively in practice, and a signup with a different
 * case must find the same supporter.
 */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/** The domain part of an address (after the last @), lowercased; '' when there is none. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** For logs and organizer views that must not show an address: `j***@example.org`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***@${email.slice(at + 1)}`;
}

/** An email field in a request body: trimmed, at most 254 characters (RFC 5321 path limit). */
export const emailSchema = z.string().trim().max(254).pipe(z.email('must be an email address'));
