import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, type IcsEvent } from './ics.js';

/** Parses with ical.js (an independent RFC 5545 implementation) and resolves TZIDs through the VTIMEZONEs in the file. */
function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { comp, events };
}

const base: IcsEvent = {
  uid: '0190f0a0-0000-7000-8000-000000000001@groundswell.example',
  sequence: 3,
  start: new Date('2026-03-30T09:00:00Z'),
  end: new Date('2026-03-30T11:00:00Z'),
  timeZone: 'Europe/London',
  summary: 'Vigil, outside; the HQ\\main gate',
  description: 'Bring signs.\nMeet at the gate, 10 minutes early; stay together.',
  location: 'Parliament Square, London SW1P 3BD',
  geo: { latitude: 51.500729, longitude: -0.124625 },
  status: 'CONFIRMED',
  created: new Date('2026-02-01T10:00:00Z'),
  lastModified: new Date('2026-02-02T10:00:00Z'),
};

describe('iCalendar output', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('should escape backslash, semicolon, comma and newlines when writing TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('should fold lines at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'وقفة احتجاجية أمام المقر '.repeat(8)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('should end every line with CRLF and keep every physical line within 75 octets', () => {
    const ics = buildCalendar({ events: [{ ...base, description: 'x'.repeat(400) }] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of ics.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('should give the event start at 09:00Z when an independent parser resolves 10:00 Europe/London the morning after the clocks change', () => {
    const ics = buildCalendar({ events: [base], now: new Date('2026-03-01T00:00:00Z') });
    expect(ics).toContain('DTSTART;TZID=Europe/London:20260330T100000');
    const { events, comp } = parse(ics);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.startDate.toJSDate().toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(e.endDate.toJSDate().toISOString()).toBe('2026-03-30T11:00:00.000Z');
    expect(e.uid).toBe(base.uid);
    expect(e.sequence).toBe(3);
    expect(e.summary).toBe(base.summary);
    expect(e.description).toBe(base.description);
    expect(e.location).toBe(base.location);
    const vevent = comp.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-01T00:00:00Z');
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getFirstPropertyValue('prodid')).toBeTruthy();
  });

  it('should resolve times on both sides of the autumn change when events fall in GMT and BST', () => {
    const events: IcsEvent[] = [
      { ...base, uid: 'a@x', start: new Date('2026-10-24T09:00:00Z'), end: new Date('2026-10-24T10:00:00Z') }, // 10:00 BST
      { ...base, uid: 'b@x', start: new Date('2026-10-26T10:00:00Z'), end: new Date('2026-10-26T11:00:00Z') }, // 10:00 GMT
    ];
    const ics = buildCalendar({ events });
    expect(ics).toContain('DTSTART;TZID=Europe/London:20261024T100000');
    expect(ics).toContain('DTSTART;TZID=Europe/London:20261026T100000');
    const parsed = parse(ics).events.map((e) => e.startDate.toJSDate().toISOString());
    expect(parsed).toEqual(['2026-10-24T09:00:00.000Z', '2026-10-26T10:00:00.000Z']);
  });

  it('should resolve a Los Angeles event and a UTC event when one calendar mixes zones', () => {
    const events: IcsEvent[] = [
      {
        ...base,
        uid: 'la@x',
        timeZone: 'America/Los_Angeles',
        start: new Date('2025-08-19T19:00:00Z'),
        end: new Date('2025-08-19T21:00:00Z'),
      },
      {
        ...base,
        uid: 'utc@x',
        timeZone: 'UTC',
        start: new Date('2026-05-01T12:00:00Z'),
        end: new Date('2026-05-01T13:00:00Z'),
      },
      {
        ...base,
        uid: 'kol@x',
        timeZone: 'Asia/Kolkata',
        start: new Date('2026-05-01T12:00:00Z'),
        end: new Date('2026-05-01T13:00:00Z'),
      },
    ];
    const ics = buildCalendar({ events, name: 'Campaign, events' });
    expect(ics).toContain('DTSTART;TZID=America/Los_Angeles:20250819T120000');
    expect(ics).toContain('DTSTART:20260501T120000Z');
    expect(ics).toContain('DTSTART;TZID=Asia/Kolkata:20260501T173000');
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    const { events: parsed, comp } = parse(ics);
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2025-08-19T19:00:00.000Z',
      '2026-05-01T12:00:00.000Z',
      '2026-05-01T12:00:00.000Z',
    ]);
    expect(ics).toContain('X-WR-CALNAME:Campaign\\, events');
    // every TZID used by an event has its VTIMEZONE
    const tzids = comp.getAllSubcomponents('vtimezone').map((v) => v.getFirstPropertyValue('tzid'));
    expect(tzids.sort()).toEqual(['America/Los_Angeles', 'Asia/Kolkata']);
  });

  it('should mark the event cancelled when the status is CANCELLED', () => {
    const ics = buildCalendar({ events: [{ ...base, status: 'CANCELLED', sequence: 4 }] });
    const vevent = parse(ics).comp.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
  });

  it('should not let a newline in a URL break the content line structure', () => {
    const ics = buildCalendar({ events: [{ ...base, url: 'https://meet.example/x\r\nBEGIN:VEVENT' }] });
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
  });
});
