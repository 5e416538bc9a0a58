import { Problem } from '../../common/problem.js';
import type { SignaturesQuery } from './petitions.schemas.js';

/**
 * The little a signature keeps about its signer besides the supporter id, each value chosen to be
 * useful in aggregate and weak as an identifier: a display name only when the signer asked to be
 * listed, a postal-code prefix instead of the postal code, the email's domain, a keyed IP hash.
 */

export const ANONYMOUS = 'Anonymous';
/** How a confirmed "verify, then forget" signature is shown: counted, never named. */
export const NOT_KEPT = 'Verified signer (not kept)';

/**
 * The region part of a postal code: the outward code of a UK/Canadian code (before the space, at
 * most 4 characters) or the first 3 characters otherwise (a US ZIP3, a French département plus one
 * digit). Enough for "where are our signers", too coarse to point at a street.
 */
export function postalPrefixOf(postalCode: string | null | undefined): string | null {
  const raw = (postalCode ?? '').normalize('NFKC').trim().toUpperCase();
  if (!raw) return null;
  const outward = raw.split(/\s+/)[0].replace(/[^\p{L}\p{N}]/gu, '');
  if (!outward) return null;
  return raw.includes(' ') ? outward.slice(0, 4) : outward.slice(0, 3);
}

/** Campaign-chosen source tags (utm_source style) are short, lowercase and plain. */
export function normalizeSource(source: string | null | undefined): string | null {
  const s = (source ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return s || null;
}

/** Rounds down to the minute, so a public timestamp cannot be matched to one request in a log. */
export function minuteOf(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

/**
 * Below admin, signatures are not filtered by the columns that aggregates suppress: a filtered list
 * is a count of a group, however small.
 */
export function refuseGroupFilters(personal: boolean, q: SignaturesQuery): void {
  if (personal) return;
  const field = (['country', 'source', 'ref', 'postalPrefix', 'emailDomain'] as const).find((k) => q[k] !== undefined);
  if (field) throw Problem.forbidden(`Filtering by ${field} needs the admin or owner role.`);
}

/** The supporters behind these signatures ("verify, then forget" signatures have none). */
export function supporterIdsOf(rows: { supporterId: string | null }[]): string[] {
  return rows.flatMap((r) => (r.supporterId ? [r.supporterId] : []));
}

/** The looked-up supporter of a signature, or null (none looked up, or a "verify, then forget" signature). */
export function personOf<P>(people: Map<string, P> | null, r: { supporterId: string | null }): P | null {
  return (r.supporterId ? people?.get(r.supporterId) : undefined) ?? null;
}
