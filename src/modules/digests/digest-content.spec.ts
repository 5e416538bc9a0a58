import {
  type ContentPool,
  EVENT_HORIZON_MS,
  nearness,
  normalizePostal,
  plainExcerpt,
  type PoolEvent,
  type Reader,
  selectDigest,
} from './digest-content.js';

const at = (iso: string) => new Date(iso);
const both = <T>(v: T) => ({ en: v, ar: v });
const cutoff = at('2026-03-09T08:00:00Z');
const since = at('2026-03-02T08:00:00Z');
const window = { since, cutoff, kind: 'weekly' as const, period: '2026-W11' };
const options = { maxItems: 5, includeEvents: true, includePetitions: true };
const reader = (over: Partial<Reader> = {}): Reader => ({
  locale: 'en',
  country: null,
  postalPrefix: null,
  signed: new Set(),
  ...over,
});

function event(id: string, over: Partial<PoolEvent> = {}): PoolEvent {
  return {
    id,
    createdAt: at('2026-02-01T00:00:00Z'),
    startsAt: at('2026-03-12T18:00:00Z'),
    country: null,
    postalCode: null,
    online: false,
    title: `Event ${id}`,
    when: both('Thu 12 Mar, 18:00 GMT'),
    where: null,
    url: `https://example.org/e/${id}`,
    seatsLeft: null,
    ...over,
  };
}

const empty: ContentPool = { statements: [], milestones: [], events: [], petitions: [] };

describe('selectDigest', () => {
  it('should be empty when nothing was published since the last digest', () => {
    const pool: ContentPool = {
      ...empty,
      statements: [{ id: 's1', at: at('2026-03-01T12:00:00Z'), text: both({ title: 'Old', summary: '', url: 'u' }) }],
      // Still upcoming and still open, but already in earlier digests: listed, not news.
      events: [event('e1')],
      petitions: [
        {
          id: 'p1',
          openedAt: at('2026-01-01T00:00:00Z'),
          text: both({ title: 'Old petition', target: 'Board' }),
          url: 'u',
          count: 10,
          goal: 100,
        },
      ],
    };
    const d = selectDigest(pool, reader(), window, options);
    expect(d.empty).toBe(true);
    expect(d.data.newCount).toBe(0);
  });

  it('should include statements and milestones of the window only, newest statements first, counting the rest', () => {
    const statements = Array.from({ length: 7 }, (_, i) => ({
      id: `s${i}`,
      at: at(`2026-03-0${i + 2}T09:00:00Z`),
      text: { en: { title: `S${i}`, summary: '', url: `u${i}` }, ar: { title: `ب${i}`, summary: '', url: `u${i}` } },
    }));
    const pool: ContentPool = {
      ...empty,
      statements,
      milestones: [
        {
          id: 'm1',
          at: at('2026-03-05T00:00:00Z'),
          kind: 'win',
          occurredOn: '2026-03-04',
          text: both({ title: 'Won', description: '' }),
        },
        {
          id: 'm0',
          at: at('2026-03-10T00:00:00Z'),
          kind: 'win',
          occurredOn: '2026-03-10',
          text: both({ title: 'After the cutoff', description: '' }),
        },
      ],
    };
    const d = selectDigest(pool, reader(), window, options);
    expect(d.empty).toBe(false);
    expect(d.data.statements.map((s) => s.title)).toEqual(['S6', 'S5', 'S4', 'S3', 'S2']);
    expect(d.data.moreStatements).toBe(2);
    expect(d.data.milestones.map((m) => m.title)).toEqual(['Won']);
    expect(d.data.newCount).toBe(8);
    expect(selectDigest(pool, reader({ locale: 'ar' }), window, options).data.statements[0].title).toBe('ب6');
  });

  it('should treat an event as new once: when published, or when it enters the 14-day horizon', () => {
    const pool: ContentPool = {
      ...empty,
      events: [
        event('published-now', { createdAt: at('2026-03-05T00:00:00Z') }),
        // Published long ago; 20 days ahead at the last digest, 13 days ahead now.
        event('entered-horizon', { startsAt: at('2026-03-22T10:00:00Z') }),
        event('seen-before', { startsAt: at('2026-03-11T18:00:00Z') }),
        event('too-far', {
          startsAt: new Date(cutoff.getTime() + EVENT_HORIZON_MS + 1),
          createdAt: at('2026-03-05T00:00:00Z'),
        }),
        event('already-started', { startsAt: at('2026-03-09T07:00:00Z'), createdAt: at('2026-03-05T00:00:00Z') }),
      ],
    };
    const d = selectDigest(pool, reader(), window, options);
    expect(d.data.events.map((e) => [e.title, e.isNew])).toEqual([
      ['Event seen-before', false],
      ['Event published-now', true],
      ['Event entered-horizon', true],
    ]);
    expect(d.data.newCount).toBe(2);
  });

  it('should list nearby events first when the postal area or country is known', () => {
    const pool: ContentPool = {
      ...empty,
      events: [
        event('far', {
          country: 'FR',
          postalCode: '75001',
          startsAt: at('2026-03-10T10:00:00Z'),
          createdAt: at('2026-03-05T00:00:00Z'),
        }),
        event('online', { online: true, startsAt: at('2026-03-10T11:00:00Z') }),
        event('country', { country: 'GB', postalCode: 'M11AA', startsAt: at('2026-03-10T12:00:00Z') }),
        event('near', { country: 'GB', postalCode: 'SW1A1AA', startsAt: at('2026-03-20T12:00:00Z') }),
      ],
    };
    const located = selectDigest(pool, reader({ country: 'GB', postalPrefix: 'SW1' }), window, options);
    expect(located.data.events.map((e) => [e.title, e.nearby])).toEqual([
      ['Event near', true],
      ['Event country', false],
      ['Event online', false],
      ['Event far', false],
    ]);
    // Without a location: soonest first.
    expect(selectDigest(pool, reader(), window, options).data.events.map((e) => e.title)).toEqual([
      'Event far',
      'Event online',
      'Event country',
      'Event near',
    ]);
  });

  it('should leave out petitions the supporter signed and count newly opened ones as news', () => {
    const pool: ContentPool = {
      ...empty,
      petitions: [
        {
          id: 'old',
          openedAt: at('2026-01-01T00:00:00Z'),
          text: both({ title: 'Old', target: 'T' }),
          url: 'u',
          count: 500,
          goal: 1000,
        },
        {
          id: 'new',
          openedAt: at('2026-03-03T00:00:00Z'),
          text: both({ title: 'New', target: 'T' }),
          url: 'u',
          count: 5,
          goal: null,
        },
        {
          id: 'signed',
          openedAt: at('2026-03-03T00:00:00Z'),
          text: both({ title: 'Signed', target: 'T' }),
          url: 'u',
          count: 50,
          goal: 100,
        },
      ],
    };
    const d = selectDigest(pool, reader({ signed: new Set(['signed']) }), window, options);
    expect(d.data.petitions.map((p) => [p.title, p.isNew, p.count])).toEqual([
      ['New', true, 5],
      ['Old', false, 500],
    ]);
    expect(d.data.newCount).toBe(1);
    expect(selectDigest(pool, reader({ signed: new Set(['new', 'signed']) }), window, options).empty).toBe(true);
  });

  it('should drop sections the campaign switched off', () => {
    const pool: ContentPool = { ...empty, events: [event('e', { createdAt: at('2026-03-05T00:00:00Z') })] };
    const d = selectDigest(pool, reader(), window, { ...options, includeEvents: false });
    expect(d.empty).toBe(true);
    expect(d.data.events).toEqual([]);
  });
});

describe('nearness and excerpts', () => {
  it('should not match a postal prefix across countries', () => {
    expect(
      nearness({ country: 'US', postalCode: '10001', online: false }, { country: 'FR', postalPrefix: '100' }),
    ).toBe(3);
    expect(
      nearness({ country: 'US', postalCode: '10001', online: false }, { country: 'US', postalPrefix: '100' }),
    ).toBe(0);
    expect(
      nearness({ country: 'US', postalCode: '10001', online: false }, { country: null, postalPrefix: '100' }),
    ).toBe(0);
  });

  it('should normalize postal codes', () => {
    expect(normalizePostal(' sw1a 1aa ')).toBe('SW1A1AA');
    expect(normalizePostal('')).toBeNull();
  });

  it('should turn Markdown into a short plain excerpt', () => {
    expect(plainExcerpt('**Bold** and [a link](https://x.example) `code`')).toBe('Bold and a link code');
    const long = plainExcerpt('word '.repeat(100), 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('…')).toBe(true);
  });
});
