import type { Locale } from '../../common/i18n.js';
import type { DigestKind } from './digest-period.js';

/**
 * What one supporter's digest says, chosen from the campaign's recent content (the pool, loaded
 * once per run) by pure functions, so the runner and the organizer preview agree exactly.
 *
 * "New since the last digest" means, for the content window (since, cutoff]:
 *  - statements published and milestones recorded in the window;
 *  - upcoming public events (starting within EVENT_HORIZON of the cutoff) that were published in
 *    the window or entered the horizon during it (so each shows up as new once);
 *  - open petitions the supporter has not signed that opened in the window.
 * A digest goes out only when at least one item is new. When it does, the events and petitions
 * sections also list what is still current (flagged as not new): upcoming events nearest first,
 * open petitions with their progress.
 */

export const EVENT_HORIZON_MS = 14 * 86_400_000;
/** A first digest (or one after a long pause) looks back at most this far. */
export const MAX_LOOKBACK_MS = 31 * 86_400_000;

export type LocaleText<T> = Record<Locale, T>;

export interface PoolStatement {
  id: string;
  at: Date;
  text: LocaleText<{ title: string; summary: string; url: string }>;
}

export interface PoolMilestone {
  id: string;
  at: Date;
  kind: string;
  occurredOn: string;
  text: LocaleText<{ title: string; description: string }>;
}

export interface PoolEvent {
  id: string;
  createdAt: Date;
  startsAt: Date;
  country: string | null;
  /** Uppercase, no spaces. */
  postalCode: string | null;
  online: boolean;
  title: string;
  when: LocaleText<string>;
  where: string | null;
  url: string;
  seatsLeft: number | null;
}

export interface PoolPetition {
  id: string;
  openedAt: Date | null;
  text: LocaleText<{ title: string; target: string }>;
  url: string;
  count: number;
  goal: number | null;
}

export interface ContentPool {
  statements: PoolStatement[];
  milestones: PoolMilestone[];
  events: PoolEvent[];
  petitions: PoolPetition[];
}

export interface Reader {
  locale: Locale;
  /** ISO 3166-1 alpha-2, when known. */
  country: string | null;
  /** First characters of the postal code (uppercase, no spaces), when known. */
  postalPrefix: string | null;
  /** Ids of pool petitions this supporter signed. */
  signed: ReadonlySet<string>;
}

export interface DigestOptions {
  maxItems: number;
  includeEvents: boolean;
  includePetitions: boolean;
}

export interface DigestData {
  [key: string]: unknown;
  kind: DigestKind;
  period: string;
  newCount: number;
  statements: { title: string; summary: string; url: string }[];
  moreStatements: number;
  milestones: { title: string; description: string; occurredOn: string; kind: string }[];
  moreMilestones: number;
  events: {
    title: string;
    when: string;
    where: string | null;
    online: boolean;
    url: string;
    isNew: boolean;
    nearby: boolean;
    seatsLeft: number | null;
  }[];
  moreEvents: number;
  petitions: { title: string; target: string; url: string; count: number; goal: number | null; isNew: boolean }[];
  morePetitions: number;
}

export interface DigestContent {
  /** Nothing new: no digest is sent. */
  empty: boolean;
  counts: { statements: number; milestones: number; events: number; petitions: number };
  data: DigestData;
}

const inWindow = (t: Date, since: Date, cutoff: Date) =>
  t.getTime() > since.getTime() && t.getTime() <= cutoff.getTime();

/** Uppercase, no spaces or dashes: 'sw1a 1aa' -> 'SW1A1AA'. */
export function normalizePostal(code: string | null | undefined): string | null {
  const c = (code ?? '').toUpperCase().replace(/[\s-]+/g, '');
  return c === '' ? null : c;
}

/** How near an event is to a reader: 0 same postal area, 1 same country, 2 online, 3 elsewhere or unknown. */
export function nearness(
  event: Pick<PoolEvent, 'country' | 'postalCode' | 'online'>,
  reader: Pick<Reader, 'country' | 'postalPrefix'>,
): number {
  const sameCountry = !!reader.country && event.country === reader.country;
  const countryCompatible = !reader.country || !event.country || sameCountry;
  if (reader.postalPrefix && event.postalCode && countryCompatible && event.postalCode.startsWith(reader.postalPrefix))
    return 0;
  if (sameCountry) return 1;
  if (event.online && !event.country) return 2;
  return 3;
}

export function selectDigest(
  pool: ContentPool,
  reader: Reader,
  window: { since: Date; cutoff: Date; kind: DigestKind; period: string },
  options: DigestOptions,
): DigestContent {
  const { since, cutoff } = window;
  const max = options.maxItems;
  const locale = reader.locale;

  const statements = pool.statements
    .filter((s) => inWindow(s.at, since, cutoff))
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const milestones = pool.milestones
    .filter((m) => inWindow(m.at, since, cutoff))
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  const horizonEnd = cutoff.getTime() + EVENT_HORIZON_MS;
  const locate = reader.country !== null || reader.postalPrefix !== null;
  const events = options.includeEvents
    ? pool.events
        .filter(
          (e) =>
            e.startsAt.getTime() >= cutoff.getTime() &&
            e.startsAt.getTime() < horizonEnd &&
            e.createdAt.getTime() <= cutoff.getTime(),
        )
        .map((e) => ({
          e,
          isNew: inWindow(e.createdAt, since, cutoff) || e.startsAt.getTime() >= since.getTime() + EVENT_HORIZON_MS,
          near: locate ? nearness(e, reader) : 3,
        }))
        .sort((a, b) => a.near - b.near || a.e.startsAt.getTime() - b.e.startsAt.getTime())
    : [];
  const petitions = options.includePetitions
    ? pool.petitions
        .filter((p) => !reader.signed.has(p.id))
        .map((p) => ({ p, isNew: !!p.openedAt && inWindow(p.openedAt, since, cutoff) }))
        .sort((a, b) => Number(b.isNew) - Number(a.isNew) || b.p.count - a.p.count)
    : [];

  const newEvents = events.filter((x) => x.isNew).length;
  const newPetitions = petitions.filter((x) => x.isNew).length;
  const newCount = statements.length + milestones.length + newEvents + newPetitions;

  const shownEvents = events.slice(0, max);
  const shownPetitions = petitions.slice(0, max);
  return {
    empty: newCount === 0,
    counts: {
      statements: Math.min(statements.length, max),
      milestones: Math.min(milestones.length, max),
      events: shownEvents.length,
      petitions: shownPetitions.length,
    },
    data: {
      kind: window.kind,
      period: window.period,
      newCount,
      statements: statements.slice(0, max).map((s) => s.text[locale]),
      moreStatements: Math.max(0, statements.length - max),
      milestones: milestones.slice(0, max).map((m) => ({ ...m.text[locale], occurredOn: m.occurredOn, kind: m.kind })),
      moreMilestones: Math.max(0, milestones.length - max),
      events: shownEvents.map(({ e, isNew, near }) => ({
        title: e.title,
        when: e.when[locale],
        where: e.where,
        online: e.online,
        url: e.url,
        isNew,
        nearby: near === 0,
        seatsLeft: e.seatsLeft,
      })),
      moreEvents: Math.max(0, events.length - max),
      petitions: shownPetitions.map(({ p, isNew }) => ({
        ...p.text[locale],
        url: p.url,
        count: p.count,
        goal: p.goal,
        isNew,
      })),
      morePetitions: Math.max(0, petitions.length - max),
    },
  };
}

/** A short plain-text excerpt of Markdown: links keep their text, markup characters go. */
export function plainExcerpt(markdown: string, max = 200): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`#>~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
