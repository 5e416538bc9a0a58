/**
 * Wall-clock time in IANA zones with nothing but Intl (the ICU data Node ships), so there is no
 * time-zone database of our own to keep up to date. Instants are Dates; "local" values are the
 * wall time `YYYY-MM-DDTHH:mm[:ss]` a person sees in the event's zone.
 */

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, f);
  }
  return f;
}

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

/** UTC offset of `timeZone` at `instant`, in minutes east of UTC (BST = 60, PDT = -420). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const name = offsetFormatter(timeZone)
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT" alone for a zero offset, otherwise "GMT+05:30" / "GMT-08:00"
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name ?? '');
  if (!m) throw new Error(`unexpected offset "${name}" for ${timeZone}`);
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
  return m[1] === '-' ? -minutes : minutes;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallTime(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    partFormatter(timeZone)
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2026-03-30T10:00:00`: the wall time at `instant` in `timeZone`. */
export function toLocalIso(instant: Date, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** `+01:00` / `-07:00`: the ISO 8601 offset at `instant`. */
export function formatOffset(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(Math.round(abs % 60))}`;
}

export type LocalResolution =
  | { kind: 'unique'; instant: Date }
  /** The wall time occurs twice (clocks go back); `instant` is the earlier one. */
  | { kind: 'ambiguous'; instant: Date; later: Date }
  /** The wall time does not exist (clocks go forward over it). */
  | { kind: 'gap' };

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * The instant(s) at which the wall time `local` (`YYYY-MM-DDTHH:mm[:ss]`, no offset) occurs in
 * `timeZone`. Candidates come from the offsets in force a day either side, which covers every
 * real-world transition (none moves clocks by more than a day).
 */
export function resolveLocal(local: string, timeZone: string): LocalResolution {
  const m = LOCAL_RE.exec(local);
  if (!m) throw new Error(`not a local date-time: ${local}`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new Error(`not a valid calendar date-time: ${local}`);
  }
  const offsets = new Set([
    offsetMinutes(new Date(asUtc - 86_400_000), timeZone),
    offsetMinutes(new Date(asUtc + 86_400_000), timeZone),
    offsetMinutes(new Date(asUtc), timeZone),
  ]);
  const matches = [...offsets]
    .map((o) => asUtc - o * 60_000)
    .filter((t) => offsetMinutes(new Date(t), timeZone) * 60_000 === asUtc - t)
    .sort((a, b) => a - b);
  const unique = [...new Set(matches)];
  if (unique.length === 0) return { kind: 'gap' };
  if (unique.length === 1) return { kind: 'unique', instant: new Date(unique[0]) };
  return { kind: 'ambiguous', instant: new Date(unique[0]), later: new Date(unique[unique.length - 1]) };
}

const abbrevFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A short zone name for people and for TZNAME: "BST", "PDT", "CEST" where ICU knows one, else the
 * offset ("UTC+05:30"). Tries American then British English, whose ICU data between them name
 * most zones.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  for (const locale of ['en-US', 'en-GB']) {
    const key = `${locale}|${timeZone}`;
    let f = abbrevFormatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
      abbrevFormatters.set(key, f);
    }
    const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{2,5}$/.test(name) && name !== 'GMT') return name;
    if (name === 'GMT' && offsetMinutes(instant, timeZone) === 0) return 'GMT';
  }
  return `UTC${formatOffset(offsetMinutes(instant, timeZone))}`;
}

/** Intl.DateTimeFormat construction costs far more than formatting: keep one per (options, zone). */
const displayFormatters = new Map<string, Intl.DateTimeFormat>();
function displayFormatter(lang: string, timeZone: string, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${kind}`;
  let f = displayFormatters.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(lang, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
        : new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    displayFormatters.set(key, f);
  }
  return f;
}

/**
 * "Monday, 30 March 2026 at 10:00 BST (Europe/London)": the wall time in the event's zone, with
 * the zone named, in the reader's language. Always 24-hour in English so nobody misreads a.m./p.m.
 */
export function formatLocalDateTime(instant: Date, timeZone: string, locale: string): string {
  const lang = locale === 'ar' ? 'ar' : 'en-GB';
  const date = displayFormatter(lang, timeZone, 'date').format(instant);
  const time = formatLocalTime(instant, timeZone, locale);
  const zone = `${zoneAbbreviation(instant, timeZone)}, ${timeZone}`;
  return locale === 'ar' ? `${date}، الساعة ${time} (${zone})` : `${date} at ${time} (${zone})`;
}

/** "10:00" in the event's zone (24-hour clock). */
export function formatLocalTime(instant: Date, timeZone: string, locale: string): string {
  return displayFormatter(locale === 'ar' ? 'ar' : 'en-GB', timeZone, 'time').format(instant);
}

/** A time range as people read it; the end repeats the date only when it falls on another day. */
export function formatLocalRange(start: Date, end: Date, timeZone: string, locale: string): string {
  const sameDay = toLocalIso(start, timeZone).slice(0, 10) === toLocalIso(end, timeZone).slice(0, 10);
  const endText = sameDay
    ? `${formatLocalTime(end, timeZone, locale)} ${zoneAbbreviation(end, timeZone)}`
    : formatLocalDateTime(end, timeZone, locale);
  return `${formatLocalDateTime(start, timeZone, locale)} – ${endText}`;
}

export interface Transition {
  /** First instant of the new offset. */
  at: Date;
  from: number;
  to: number;
}

/**
 * Offset changes of `timeZone` in [from, to): scans week by week, then bisects each change to the
 * minute (every real transition happens on a whole minute).
 */
export function transitions(timeZone: string, from: Date, to: Date): Transition[] {
  const out: Transition[] = [];
  const step = 7 * 86_400_000;
  const end = Math.ceil(to.getTime() / 60_000) * 60_000;
  let t = Math.floor(from.getTime() / 60_000) * 60_000;
  let offset = offsetMinutes(new Date(t), timeZone);
  while (t < end) {
    const next = Math.min(t + step, end);
    const nextOffset = offsetMinutes(new Date(next), timeZone);
    if (nextOffset !== offset) {
      // the change lies in (t, next]; two changes within one week do not occur in the tz database
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.max(60_000, Math.floor((hi - lo) / 120_000) * 60_000);
        if (offsetMinutes(new Date(mid), timeZone) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}
