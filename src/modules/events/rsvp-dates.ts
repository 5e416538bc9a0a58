import { boundsWhere, type DateRanges } from '../../common/date-range.js';
import type { Prisma } from '../../generated/prisma/client.js';

/**
 * Created and modified bounds (OSDI filters). An RSVP's modification is its latest event (RSVPed,
 * confirmed, cancelled, checked in), the date the OSDI attendance shows as modified_date.
 */
export function rsvpDatesWhere(dates: DateRanges | undefined): Prisma.EventRsvpWhereInput {
  const created = boundsWhere(dates?.created);
  const m = dates?.modified;
  const cols = ['createdAt', 'confirmedAt', 'cancelledAt', 'checkedInAt'] as const;
  return {
    ...(created ? { createdAt: created } : {}),
    // latest ≥ a: some date is ≥ a; latest < b: every date is < b or absent.
    ...(m?.gte ? { OR: cols.map((c) => ({ [c]: { gte: m.gte } })) } : {}),
    ...(m?.lt ? { AND: cols.map((c) => ({ OR: [{ [c]: null }, { [c]: { lt: m.lt } }] })) } : {}),
  };
}
