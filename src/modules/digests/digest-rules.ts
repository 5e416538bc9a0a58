import type { DigestGate, DigestSchedule } from './digest-period.js';
import { isValidTimeZone } from './digest-period.js';
import { MAX_LOOKBACK_MS } from './digest-content.js';

/** Campaign digest settings as the scheduler uses them (a campaign without a row gets the defaults). */
export interface DigestSettingsView {
  enabled: boolean;
  enabledAt: Date | null;
  defaultHour: number;
  weeklyDay: number;
  maxItemsPerSection: number;
  includeEvents: boolean;
  includePetitions: boolean;
  updatedAt: Date | null;
}

export const DEFAULT_SETTINGS: DigestSettingsView = {
  enabled: true,
  enabledAt: null,
  defaultHour: 8,
  weeklyDay: 1,
  maxItemsPerSection: 5,
  includeEvents: true,
  includePetitions: true,
  updatedAt: null,
};

/** A subscriber's own preferences (SupporterDigestPagesService.digestSchedulePage). */
export interface SubscriberPrefs {
  frequency: 'never' | 'daily' | 'weekly';
  digestHour: number | null;
  timeZone: string | null;
}

/**
 * The schedule a supporter actually gets: their frequency; their hour, else the campaign's default
 * hour; their zone, else the campaign's; the campaign's weekday for weekly digests. Null for never.
 * An unknown zone (a tz database change) falls back to the campaign's, then UTC.
 */
export function effectiveSchedule(
  prefs: SubscriberPrefs,
  settings: Pick<DigestSettingsView, 'defaultHour' | 'weeklyDay'>,
  campaignTimeZone: string,
): DigestSchedule | null {
  if (prefs.frequency === 'never') return null;
  const hour =
    prefs.digestHour !== null && prefs.digestHour >= 0 && prefs.digestHour <= 23
      ? prefs.digestHour
      : settings.defaultHour;
  const timeZone = isValidTimeZone(prefs.timeZone)
    ? prefs.timeZone
    : isValidTimeZone(campaignTimeZone)
      ? campaignTimeZone
      : 'UTC';
  return { kind: prefs.frequency, hour, timeZone, weekday: settings.weeklyDay };
}

/**
 * Start of a digest's content window: the previous digest's cutoff, or the subscription for a
 * first digest (whichever is later, so a resubscription starts afresh), never more than
 * MAX_LOOKBACK before the cutoff.
 */
export function contentSince(cutoff: Date, subscribedAt: Date, lastDigestAt: Date | null): Date {
  const t = Math.max(subscribedAt.getTime(), lastDigestAt?.getTime() ?? 0, cutoff.getTime() - MAX_LOOKBACK_MS);
  return new Date(Math.min(t, cutoff.getTime()));
}

const maxDate = (...dates: (Date | null | undefined)[]) => new Date(Math.max(...dates.map((d) => d?.getTime() ?? 0)));

/** What digest_states holds for a supporter. */
export interface StateRow {
  schedule: string;
  scheduleSince: Date;
  lastDigestAt: Date | null;
  lastPeriodKey: string | null;
}

/**
 * The gate of one supporter (see duePeriod), and the state snapshot to write when the scheduler
 * sees them for the first time or sees their effective schedule changed. A change is dated by the
 * latest update of the rows it can come from (the supporter's preferences, the campaign's digest
 * settings or time zone): an upper bound of when it happened, so the change applies from the first
 * period due after it, never within the period in which it was made.
 */
export function gateFor(
  sub: { subscribedAt: Date; updatedAt: Date },
  state: StateRow | null,
  signature: string,
  settings: Pick<DigestSettingsView, 'enabledAt' | 'updatedAt'>,
  campaignUpdatedAt: Date,
): { gate: DigestGate; snapshot: { schedule: string; scheduleSince: Date } | null } {
  const floor = maxDate(sub.subscribedAt, settings.enabledAt);
  if (!state) {
    return {
      gate: { scheduleSince: floor, lastDigestAt: null, lastPeriodKey: null },
      snapshot: { schedule: signature, scheduleSince: floor },
    };
  }
  const last = { lastDigestAt: state.lastDigestAt, lastPeriodKey: state.lastPeriodKey };
  if (state.schedule !== signature) {
    const since = maxDate(floor, state.scheduleSince, sub.updatedAt, settings.updatedAt, campaignUpdatedAt);
    return { gate: { scheduleSince: since, ...last }, snapshot: { schedule: signature, scheduleSince: since } };
  }
  return { gate: { scheduleSince: maxDate(floor, state.scheduleSince), ...last }, snapshot: null };
}
