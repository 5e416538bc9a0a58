/**
 * Calendar arithmetic in a campaign's time zone. Days are 'YYYY-MM-DD' strings (or UTC-midnight
 * Dates, as PostgreSQL DATE columns come back); instants are Dates.
 */
const DAY_MS = 86_400_000;

/** The calendar day of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** A DATE column value (UTC midnight) as 'YYYY-MM-DD'. */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Offset of a zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return local - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a day starts in a time zone (handles DST: a second pass corrects the offset). */
export function startOfDay(day: string, timeZone: string): Date {
  const guess = dayDate(day).getTime();
  let instant = guess - offsetAt(new Date(guess), timeZone);
  instant = guess - offsetAt(new Date(instant), timeZone);
  return new Date(instant);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayDate(to).getTime() - dayDate(from).getTime()) / DAY_MS);
}
