// Shared helpers of the events e2e tests.
import ICAL from 'ical.js';
import { type TestApp, uniqueIp } from './app.js';
import { unique } from './factories.js';
import type { ReceivedMessage } from './smtp-sink.js';

/** Env for apps in these tests: client IPs come from X-Forwarded-For, so each test "person" has their own. */
export const EVENTS_TEST_ENV = { TRUST_PROXY: 'true' };

export function rsvpBody(overrides: Record<string, unknown> = {}) {
  return { email: `${unique('att')}@example.org`, firstName: 'Amal', lastName: 'Haddad', locale: 'en', ...overrides };
}

export async function rsvp(
  t: TestApp,
  campaignSlug: string,
  eventSlug: string,
  body: Record<string, unknown>,
  options: { ip?: string; access?: string } = {},
) {
  const q = options.access ? `?access=${encodeURIComponent(options.access)}` : '';
  return t.http.request('POST', `/public/campaigns/${campaignSlug}/events/${eventSlug}/rsvp${q}`, {
    body,
    headers: { 'x-forwarded-for': options.ip ?? uniqueIp() },
  });
}

/** An event's seat counts, as the organizer API shows them. */
export async function eventCounts(t: TestApp, token: string, campaignId: string, eventId: string) {
  return (await t.http.get(`/campaigns/${campaignId}/events/${eventId}`, token)).body.counts;
}

export interface ParsedCalendar {
  comp: ICAL.Component;
  events: ICAL.Event[];
}

/** Parses iCalendar text with ical.js, resolving TZIDs through the file's own VTIMEZONEs. */
export function parseIcs(text: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const vtz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  return { comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** RFC 5545 structure every calendar we serve must have. */
export function assertWellFormedIcs(text: string): void {
  if (!text.endsWith('\r\n')) throw new Error('calendar does not end with CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('calendar has a bare LF');
  for (const line of text.split('\r\n'))
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line longer than 75 octets: ${line}`);
}

export function calendarAttachment(m: ReceivedMessage): string | null {
  const a = m.parsed.attachments.find((x) => x.contentType.startsWith('text/calendar'));
  return a ? a.content.toString('utf8') : null;
}

export async function mailTo(
  t: TestApp,
  address: string,
  subjectPart: string,
  timeoutMs = 15_000,
): Promise<ReceivedMessage> {
  await t.smtp.waitFor(() => t.smtp.to(address).some((m) => (m.parsed.subject ?? '').includes(subjectPart)), timeoutMs);
  return t.smtp.to(address).find((m) => (m.parsed.subject ?? '').includes(subjectPart))!;
}
