import { offsetMinutes, transitions, zoneAbbreviation } from '../../common/zoned-time.js';

/**
 * iCalendar (RFC 5545) output: CRLF line endings, lines folded at 75 octets without splitting a
 * UTF-8 sequence, TEXT values escaped, times in the event's own zone (TZID) with a VTIMEZONE built
 * from the same ICU data that computes the wall time, so the calendar and the emails agree.
 * See docs/decisions/event-calendars.md.
 */

export interface IcsEvent {
  /** Stable across changes: `<eventId>@<domain>`. */
  uid: string;
  /** Incremented on every change, so clients replace their copy. */
  sequence: number;
  start: Date;
  end: Date;
  timeZone: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  geo?: { latitude: number; longitude: number } | null;
  url?: string | null;
  status: 'CONFIRMED' | 'CANCELLED';
  created?: Date;
  lastModified?: Date;
}

export interface IcsCalendar {
  /** X-WR-CALNAME, shown by most clients as the subscribed calendar's name. */
  name?: string;
  description?: string;
  method?: 'PUBLISH';
  events: IcsEvent[];
  /** DTSTAMP: when this calendar object was produced. */
  now?: Date;
  /** Suggested refresh interval for feeds (minutes). */
  refreshMinutes?: number;
}

export const ICS_PRODID = '-//Groundswell//Events//EN';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per physical line (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `20260330T090000Z` */
export function formatUtc(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The wall time of `d` shifted by `offsetMin`, as a floating date-time `20260330T100000`. */
function formatShifted(d: Date, offsetMin: number): string {
  return formatUtc(new Date(d.getTime() + offsetMin * 60_000)).slice(0, -1);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const isUtcZone = (tz: string) => tz === 'UTC' || tz === 'Etc/UTC';

function dateTimeProperty(name: string, d: Date, timeZone: string): string {
  if (isUtcZone(timeZone)) return `${name}:${formatUtc(d)}`;
  return `${name};TZID=${timeZone}:${formatShifted(d, offsetMinutes(d, timeZone))}`;
}

/**
 * A VTIMEZONE for `timeZone` valid over [from, to]: one observance in force at `from`, then one per
 * offset change, each with explicit DTSTART rather than RRULEs (exact for the years covered, and
 * correct even for zones whose rules changed).
 */
export function vtimezone(timeZone: string, from: Date, to: Date): string[] {
  const key = `${timeZone}|${from.getTime()}|${to.getTime()}`;
  const cached = vtimezoneCache.get(key);
  if (cached) return cached;
  const lines = buildVtimezone(timeZone, from, to);
  if (vtimezoneCache.size >= 500) vtimezoneCache.delete(vtimezoneCache.keys().next().value!);
  vtimezoneCache.set(key, lines);
  return lines;
}

/** Zone rules change only with a Node (ICU) upgrade, i.e. a restart: a process may keep what it computed. */
const vtimezoneCache = new Map<string, string[]>();

function buildVtimezone(timeZone: string, from: Date, to: Date): string[] {
  const initial = offsetMinutes(from, timeZone);
  const changes = transitions(timeZone, from, to);
  const observances = [{ at: from, from: initial, to: initial }, ...changes];
  const standard = Math.min(...observances.map((o) => o.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  for (const o of observances) {
    const kind = o.to > standard ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // DTSTART of an observance is the local time just before it begins, i.e. in the old offset
      `DTSTART:${formatShifted(o.at, o.from)}`,
      `TZOFFSETFROM:${formatOffset(o.from)}`,
      `TZOFFSETTO:${formatOffset(o.to)}`,
      `TZNAME:${escapeText(zoneAbbreviation(o.at, timeZone))}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function eventLines(e: IcsEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${formatUtc(now)}`,
    dateTimeProperty('DTSTART', e.start, e.timeZone),
    dateTimeProperty('DTEND', e.end, e.timeZone),
    `SEQUENCE:${e.sequence}`,
    `STATUS:${e.status}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.created) lines.push(`CREATED:${formatUtc(e.created)}`);
  if (e.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(e.lastModified)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.geo) lines.push(`GEO:${e.geo.latitude.toFixed(6)};${e.geo.longitude.toFixed(6)}`);
  // URI values are not TEXT: no escaping, but a CR/LF would break the line structure
  if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`);
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** A complete VCALENDAR object as a string with CRLF line endings. */
export function buildCalendar(cal: IcsCalendar): string {
  const now = cal.now ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${cal.method ?? 'PUBLISH'}`,
  ];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`, `NAME:${escapeText(cal.name)}`);
  if (cal.description) lines.push(`X-WR-CALDESC:${escapeText(cal.description)}`);
  if (cal.refreshMinutes)
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${cal.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${cal.refreshMinutes}M`);

  // one VTIMEZONE per zone, spanning the whole years its events touch
  const spans = new Map<string, { from: number; to: number }>();
  for (const e of cal.events) {
    if (isUtcZone(e.timeZone)) continue;
    const s = spans.get(e.timeZone) ?? { from: Infinity, to: -Infinity };
    s.from = Math.min(s.from, Date.UTC(e.start.getUTCFullYear(), 0, 1) - 86_400_000);
    s.to = Math.max(s.to, Date.UTC(e.end.getUTCFullYear() + 1, 0, 1) + 86_400_000);
    spans.set(e.timeZone, s);
  }
  for (const [tz, s] of [...spans].sort(([a], [b]) => a.localeCompare(b)))
    lines.push(...vtimezone(tz, new Date(s.from), new Date(s.to)));
  for (const e of cal.events) lines.push(...eventLines(e, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
