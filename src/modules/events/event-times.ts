import { Problem } from '../../common/problem.js';
import { formatOffset, offsetMinutes, resolveLocal, toLocalIso, zoneAbbreviation } from '../../common/zoned-time.js';

const HAS_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * An organizer's date-time input: an instant when it carries an offset, else the wall time in
 * `timeZone`. A wall time the clocks skip is refused (nobody can meet at 01:30 on the morning the
 * clocks jump from 01:00 to 02:00); one that happens twice means the first occurrence, as a
 * calendar application would read it.
 */
export function resolveDateTime(value: string, timeZone: string, field: string): Date {
  if (HAS_OFFSET.test(value)) {
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) throw Problem.field(field, 'is not a valid date-time');
    return d;
  }
  let r: ReturnType<typeof resolveLocal>;
  try {
    r = resolveLocal(value, timeZone);
  } catch {
    throw Problem.field(field, 'is not a valid date-time');
  }
  if (r.kind === 'gap')
    throw Problem.field(field, `does not exist in ${timeZone}: the clocks skip this time`, 'nonexistent-local-time');
  return r.instant;
}

/** The time fields every event view carries. */
export function timesOf(e: { startsAt: Date; endsAt: Date; timeZone: string }) {
  return {
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    localStart: toLocalIso(e.startsAt, e.timeZone),
    localEnd: toLocalIso(e.endsAt, e.timeZone),
    utcOffset: formatOffset(offsetMinutes(e.startsAt, e.timeZone)),
    zoneAbbreviation: zoneAbbreviation(e.startsAt, e.timeZone),
  };
}
