/**
 * Digest periods in a supporter's own time zone, with nothing but Intl (the ICU data Node ships).
 *
 * A daily period is a local calendar day, keyed `YYYY-MM-DD`; a weekly period is an ISO week, keyed
 * `YYYY-Www`. Each period has one due instant: the first instant at which the local clock reads the
 * preferred hour on that day (for weekly: on the campaign's weekday of that week). Around DST:
 *  - clocks go forward over the hour (02:00 does not exist): due when the clock jumps past it;
 *  - clocks go back and the hour happens twice: due at the first one.
 * The current period at `now` is the latest one whose due instant is at or before `now`; after any
 * downtime that is still a single period, so catching up sends one digest, never one per missed tick.
 * See docs/decisions/digest-scheduling.md.
 */
import { wallTime } from '../../common/zoned-time.js';

export type DigestKind = 'daily' | 'weekly';

export interface DigestSchedule {
  kind: DigestKind;
  /** 0-23, local. */
  hour: number;
  /** IANA zone. */
  timeZone: string;
  /** ISO weekday 1 (Monday) .. 7 (Sunday); used by weekly schedules only. */
  weekday: number;
}

export interface DigestPeriod {
  kind: DigestKind;
  key: string;
  dueAt: Date;
}

/** What the scheduler remembers about a supporter (digest_states). */
export interface DigestGate {
  /** Periods due at or before this are never sent (subscription or preference change time). */
  scheduleSince: Date;
  /** Cutoff of the last digest: a period due at or before it was already covered. */
  lastDigestAt: Date | null;
  /** Key of the last digest's period: never the same period twice (say, after a later hour is chosen). */
  lastPeriodKey?: string | null;
}

const DAY_MS = 86_400_000;
/** The wall clock at `instant` in `timeZone`, as if it were a UTC timestamp (ms). */
function wallMs(instant: number, timeZone: string): number {
  const w = wallTime(new Date(instant), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Whether Intl knows this zone (a stored zone may predate a tz database change). */
export function isValidTimeZone(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    wallTime(new Date(0), timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar day of an instant, as UTC midnight of that date. */
export function localDay(instant: Date, timeZone: string): Date {
  const w = wallMs(instant.getTime(), timeZone);
  return new Date(w - (w % DAY_MS));
}

/**
 * The first instant at which the wall clock in `timeZone` reads `day` (UTC midnight of the local
 * date) at `hour`:00 or later. Exact when that wall time exists (the earlier of two when clocks go
 * back); the moment of the jump when clocks go forward over it.
 */
export function localHourInstant(day: Date, hour: number, timeZone: string): Date {
  const target = day.getTime() + hour * 3_600_000;
  // The offset a day either side covers every real transition (none moves clocks by a day).
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((d) => wallMs(target + d, timeZone) - (target + d)));
  const exact = [...offsets]
    .map((o) => target - o)
    .filter((t) => wallMs(t, timeZone) === target)
    .sort((a, b) => a - b);
  if (exact.length > 0) return new Date(exact[0]);
  // A gap: the wall time is skipped. Bisect (to the second) for the first instant past it.
  const candidates = [...offsets].map((o) => target - o).sort((a, b) => a - b);
  let lo = candidates[0];
  let hi = candidates[candidates.length - 1];
  if (wallMs(lo, timeZone) >= target) return new Date(lo);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallMs(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dayKey(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** ISO weekday of a UTC-midnight date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: Date): number {
  return ((day.getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week key (`2026-W14`) of a UTC-midnight date. */
export function isoWeekKey(day: Date): string {
  // The Thursday of the same ISO week decides the week-year.
  const thursday = new Date(day.getTime() + (4 - isoWeekday(day)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${pad(week)}`;
}

function periodOn(schedule: DigestSchedule, day: Date): DigestPeriod {
  return {
    kind: schedule.kind,
    key: schedule.kind === 'daily' ? dayKey(day) : isoWeekKey(day),
    dueAt: localHourInstant(day, schedule.hour, schedule.timeZone),
  };
}

/** The day on which the period containing local `day` is due (itself for daily; the weekday of its ISO week for weekly). */
function dueDayFor(schedule: DigestSchedule, day: Date): Date {
  if (schedule.kind === 'daily') return day;
  return new Date(day.getTime() + (schedule.weekday - isoWeekday(day)) * DAY_MS);
}

const stepMs = (schedule: DigestSchedule) => (schedule.kind === 'daily' ? DAY_MS : 7 * DAY_MS);

/** The latest period whose due instant is at or before `now`. */
export function currentPeriod(schedule: DigestSchedule, now: Date): DigestPeriod {
  const dueDay = dueDayFor(schedule, localDay(now, schedule.timeZone));
  const period = periodOn(schedule, dueDay);
  if (period.dueAt.getTime() <= now.getTime()) return period;
  return periodOn(schedule, new Date(dueDay.getTime() - stepMs(schedule)));
}

/** The earliest period whose due instant is after `now`. */
export function nextPeriod(schedule: DigestSchedule, now: Date): DigestPeriod {
  const dueDay = dueDayFor(schedule, localDay(now, schedule.timeZone));
  const period = periodOn(schedule, dueDay);
  if (period.dueAt.getTime() > now.getTime()) return period;
  return periodOn(schedule, new Date(dueDay.getTime() + stepMs(schedule)));
}

/**
 * The period to send now, or null. Due when the current period's due instant has passed, came
 * after the supporter subscribed or last changed their schedule (changes apply from the next
 * period), and after the last digest's cutoff (nothing twice; a period missed during downtime is
 * sent once, late, and the periods before it are folded into it).
 */
export function duePeriod(schedule: DigestSchedule, now: Date, gate: DigestGate): DigestPeriod | null {
  const period = currentPeriod(schedule, now);
  return isDue(period, gate) ? period : null;
}

/** Whether the gate lets this (current) period through; see duePeriod. */
export function isDue(period: DigestPeriod, gate: DigestGate): boolean {
  const due = period.dueAt.getTime();
  if (due <= gate.scheduleSince.getTime()) return false;
  if (gate.lastDigestAt && due <= gate.lastDigestAt.getTime()) return false;
  return gate.lastPeriodKey !== period.key;
}

/** When the next digest will be considered: the due period now, else the first period the gate lets through. */
export function upcomingPeriod(schedule: DigestSchedule, now: Date, gate: DigestGate): DigestPeriod {
  const due = duePeriod(schedule, now, gate);
  if (due) return due;
  let period = nextPeriod(
    schedule,
    new Date(Math.max(now.getTime(), gate.scheduleSince.getTime(), gate.lastDigestAt?.getTime() ?? 0)),
  );
  if (period.key === gate.lastPeriodKey) period = nextPeriod(schedule, period.dueAt);
  return period;
}

/** The schedule snapshot kept in digest_states; a change of it counts as a preference change. */
export function scheduleSignature(schedule: DigestSchedule | null): string {
  if (!schedule) return 'never';
  return schedule.kind === 'daily'
    ? `daily|${pad(schedule.hour)}|${schedule.timeZone}`
    : `weekly|${schedule.weekday}|${pad(schedule.hour)}|${schedule.timeZone}`;
}
