import { Injectable } from '@nestjs/common';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { AppConfig } from '../../config/config.js';
import { EventsService } from '../events/events.service.js';
import { MilestonesService } from '../milestones/milestones.service.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { SignaturesService } from '../petitions/signatures.service.js';
import { pickVariant, StatementsService } from '../statements/statements.service.js';
import {
  type ContentPool,
  EVENT_HORIZON_MS,
  type LocaleText,
  MAX_LOOKBACK_MS,
  normalizePostal,
  plainExcerpt,
  type PoolEvent,
  type PoolPetition,
} from './digest-content.js';

/** Enough for any digest: a section shows a handful and counts the rest. */
const MAX_EVENTS = 200;

export interface DigestCampaign {
  id: string;
  slug: string;
  timeZone: string;
}

/**
 * Loads a campaign's recent content for digests through the owning modules' services (statements,
 * milestones, events, petitions), once per scheduler run, already rendered for every locale, so
 * choosing one supporter's digest is pure in-memory work (digest-content.ts).
 */
@Injectable()
export class DigestSourcesService {
  private readonly whenFormatters = new Map<string, Intl.DateTimeFormat>();

  constructor(
    private readonly statements: StatementsService,
    private readonly milestones: MilestonesService,
    private readonly events: EventsService,
    private readonly petitions: PetitionsService,
    private readonly signatures: SignaturesService,
    private readonly config: AppConfig,
  ) {}

  async pool(
    campaign: DigestCampaign,
    cutoff: Date,
    options: { includeEvents: boolean; includePetitions: boolean },
  ): Promise<ContentPool> {
    const since = new Date(cutoff.getTime() - MAX_LOOKBACK_MS);
    const [statements, milestones, events, petitions] = await Promise.all([
      this.statements.publishedSince(campaign.id, since, cutoff),
      this.milestones.recordedSince(campaign.id, since, cutoff),
      options.includeEvents
        ? this.events.upcomingPublic(campaign.id, cutoff, new Date(cutoff.getTime() + EVENT_HORIZON_MS), MAX_EVENTS)
        : Promise.resolve([]),
      options.includePetitions ? this.openPetitions(campaign) : Promise.resolve([]),
    ]);
    return {
      statements: statements
        .filter((s) => s.publishedAt)
        .map((s) => ({
          id: s.id,
          at: s.publishedAt!,
          text: perLocale((locale) => {
            const v = pickVariant(s, locale);
            return {
              title: v?.title ?? s.slug,
              summary: plainExcerpt(v?.summary || v?.body || '', 200),
              url: this.statements.publicUrl(campaign.slug, s, v?.locale),
            };
          }),
        })),
      milestones: milestones.map((m) => ({
        id: m.id,
        at: m.createdAt,
        kind: m.kind,
        occurredOn: m.occurredOn,
        text: perLocale((locale) => {
          const tr = locale === m.locale ? null : m.translations?.[locale];
          return {
            title: tr?.title || m.title,
            description: plainExcerpt(tr?.description || m.description || '', 200),
          };
        }),
      })),
      events: events
        .filter((e) => e.createdAt.getTime() <= cutoff.getTime())
        .map((e): PoolEvent => ({
          id: e.id,
          createdAt: e.createdAt,
          startsAt: e.startsAt,
          country: e.location?.country?.toUpperCase() ?? null,
          postalCode: normalizePostal(e.location?.postalCode),
          online: e.online,
          title: e.title,
          when: perLocale((locale) => this.when(e.startsAt, e.timeZone, locale)),
          where: e.location
            ? [e.location.name, e.location.locality, e.location.country].filter((x): x is string => !!x).join(', ') ||
              null
            : null,
          url: e.publicUrl,
          seatsLeft: e.seatsLeft,
        })),
      petitions,
    };
  }

  /** Which of these petitions each of these supporters signed (one query per page). */
  signedAmong(supporterIds: string[], petitionIds: string[]): Promise<Map<string, Set<string>>> {
    return this.signatures.signedAmong(supporterIds, petitionIds);
  }

  private async openPetitions(campaign: DigestCampaign): Promise<PoolPetition[]> {
    const own = await this.petitions.openPetitionsWithProgress(campaign.id);
    const translated = new Map<Locale, Map<string, (typeof own)[number]>>();
    for (const locale of SUPPORTED_LOCALES)
      translated.set(
        locale,
        new Map((await this.petitions.openPetitionsWithProgress(campaign.id, locale)).map((p) => [p.id, p])),
      );
    const base = new URL(`/c/${encodeURIComponent(campaign.slug)}/petitions/`, this.config.get('PUBLIC_URL'));
    return own.map((p) => ({
      id: p.id,
      openedAt: p.openedAt ?? null,
      count: p.confirmedCount,
      goal: p.goal,
      url: new URL(encodeURIComponent(p.slug), base).toString(),
      text: perLocale((locale) => {
        const v = translated.get(locale)?.get(p.id) ?? p;
        return { title: v.title, target: v.target };
      }),
    }));
  }

  /** "Sat 4 Apr, 14:00 BST" in the event's own zone, in the reader's language (24-hour clock). */
  private when(instant: Date, timeZone: string, locale: Locale): string {
    const key = `${locale}|${timeZone}`;
    let f = this.whenFormatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      });
      this.whenFormatters.set(key, f);
    }
    return f.format(instant);
  }
}

function perLocale<T>(make: (locale: Locale) => T): LocaleText<T> {
  return Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, make(l)])) as LocaleText<T>;
}
