import { Problem } from '../../common/problem.js';
import type { Supporter } from '../../generated/prisma/client.js';
import type { Viewer } from './supporters-admin.service.js';
import type { SupporterFilter } from './supporters.schemas.js';

/**
 * Below admin, a supporter's country, source, ref, utm tags and referring host are not shown, nor
 * filtered on: a row or a filtered count is a group of one, which the suppressed aggregates hide.
 */
export function refuseGroupFilters(viewer: Viewer, f: SupporterFilter | undefined): void {
  if (viewer.personal || !f) return;
  const field = (['country', 'source', 'referrer'] as const).find((k) => f[k] !== undefined);
  if (field) throw Problem.forbidden(`Filtering by ${field} needs the admin or owner role.`);
}

/** The row as members below admin see it: no field that places the person in a small group. */
export function withoutGroupFields(r: Supporter): Supporter {
  return {
    ...r,
    country: null,
    source: null,
    ref: null,
    utmSource: null,
    utmMedium: null,
    utmCampaign: null,
    utmContent: null,
    utmTerm: null,
    referrerHost: null,
  };
}
