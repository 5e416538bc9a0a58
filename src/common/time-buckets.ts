import { Prisma } from '../generated/prisma/client.js';
import { resolveLocal, toLocalIso } from './zoned-time.js';

/**
 * Counting by local day or hour for dashboards. Buckets are the campaign's wall-clock days and
 * hours, computed by PostgreSQL (`AT TIME ZONE`), so a day across a DST change is 23 or 25 hours
 * long and the repeated autumn hour is one bucket, as a person reading the chart expects.
 */
export type Bucket = 'day' | 'hour';
export type Period = '7d' | '30d' | 'all';

export interface TimeWindow {
  /** First instant counted (local midnight at the start of the period). */
  from: Date;
  /** First instant not counted (now). */
  to: Date;
  bucket: Bucket;
  timeZone: string;
}

const DAYS: Record<Exclude<Period, 'all'>, number> = { '7d': 7, '30d': 30 };

/** The instant of local midnight starting the local day `date` (YYYY-MM-DD). */
export function localMidnight(date: string, timeZone: string): Date {
  for (const time of ['00:00', '01:00']) {
    const r = resolveLocal(`${date}T${time}`, timeZone);
    if (r.kind !== 'gap') return r.instant;
  }
  throw new Error(`no midnight on ${date} in ${timeZone}`);
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The window of a period ending now: today and the days before it, in the campaign's zone. */
export function periodWindow(
  period: Period,
  bucket: Bucket,
  timeZone: string,
  since: Date,
  now = new Date(),
): TimeWindow {
  const today = toLocalIso(now, timeZone).slice(0, 10);
  const firstDay = period === 'all' ? toLocalIso(since, timeZone).slice(0, 10) : addDays(today, -(DAYS[period] - 1));
  return { from: localMidnight(firstDay, timeZone), to: now, bucket, timeZone };
}

/** The SQL for the bucket label of a timestamptz column: `2026-03-29` or `2026-03-29T01:00`. */
export function bucketLabel(column: Prisma.Sql, w: TimeWindow): Prisma.Sql {
  const format = w.bucket === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM-DD"T"HH24:00';
  return Prisma.sql`to_char(date_trunc(${w.bucket}, ${column} AT TIME ZONE ${w.timeZone}), ${format})`;
}

/** Every bucket label of the window, in order (empty buckets included). */
export function bucketLabels(w: TimeWindow): string[] {
  const labels: string[] = [];
  if (w.bucket === 'day') {
    const last = toLocalIso(new Date(w.to.getTime() - 1), w.timeZone).slice(0, 10);
    for (let d = toLocalIso(w.from, w.timeZone).slice(0, 10); d <= last; d = addDays(d, 1)) labels.push(d);
    return labels;
  }
  for (let t = w.from.getTime(); t < w.to.getTime(); t += 3_600_000) {
    const label = toLocalIso(new Date(t), w.timeZone).slice(0, 13) + ':00';
    if (labels[labels.length - 1] !== label) labels.push(label);
  }
  return labels;
}

export interface BucketCount {
  bucket: string;
  count: number;
}

/** Rows from a GROUP BY on `bucketLabel`, spread over every label of the window (zeros included). */
export function fillBuckets(w: TimeWindow, rows: { bucket: string; count: bigint | number }[]): BucketCount[] {
  const byLabel = new Map(rows.map((r) => [r.bucket, Number(r.count)]));
  return bucketLabels(w).map((bucket) => ({ bucket, count: byLabel.get(bucket) ?? 0 }));
}
