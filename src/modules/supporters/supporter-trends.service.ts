import { Injectable } from '@nestjs/common';
import { bucketLabel, type TimeWindow } from '../../common/time-buckets.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

export type SupporterMetric = 'signups' | 'confirmations' | 'unsubscribes';

const COLUMNS: Record<SupporterMetric, Prisma.Sql> = {
  signups: Prisma.sql`created_at`,
  confirmations: Prisma.sql`confirmed_at`,
  unsubscribes: Prisma.sql`unsubscribed_at`,
};

/** Who is on the list "at" an instant: confirmed by then, not unsubscribed, bounced out or erased by then. */
const onListAt = (at: Prisma.Sql) => Prisma.sql`
  confirmed_at < ${at}
  AND (unsubscribed_at IS NULL OR unsubscribed_at >= ${at})
  AND (undeliverable_at IS NULL OR undeliverable_at >= ${at})
  AND (erased_at IS NULL OR erased_at >= ${at})`;

/** Supporter counts over time for dashboards: aggregates only, never a person. */
@Injectable()
export class SupporterTrendsService {
  constructor(private readonly prisma: PrismaService) {}

  async series(campaignId: string, w: TimeWindow, metric: SupporterMetric) {
    const column = COLUMNS[metric];
    return this.prisma.$queryRaw<{ bucket: string; count: bigint }[]>`
      SELECT ${bucketLabel(column, w)} AS bucket, count(*) AS count
        FROM supporters
       WHERE campaign_id = ${campaignId}::uuid AND ${column} >= ${w.from} AND ${column} < ${w.to}
       GROUP BY 1`;
  }

  /** List size (confirmed and reachable) now and at the start of the window. */
  async listSize(campaignId: string, w: TimeWindow): Promise<{ now: number; atStart: number }> {
    const [row] = await this.prisma.$queryRaw<{ now: bigint; at_start: bigint }[]>`
      SELECT count(*) FILTER (WHERE ${onListAt(Prisma.sql`${w.to}::timestamptz`)}) AS now,
             count(*) FILTER (WHERE ${onListAt(Prisma.sql`${w.from}::timestamptz`)}) AS at_start
        FROM supporters
       WHERE campaign_id = ${campaignId}::uuid AND confirmed_at IS NOT NULL`;
    return { now: Number(row.now), atStart: Number(row.at_start) };
  }

  /** The most frequent `?source=` tags, referring hosts and `?ref=` codes among signups in the window. */
  async topOrigins(campaignId: string, w: TimeWindow, limit = 10) {
    const top = (column: Prisma.Sql) => this.prisma.$queryRaw<{ value: string; count: bigint }[]>`
      SELECT ${column} AS value, count(*) AS count FROM supporters
       WHERE campaign_id = ${campaignId}::uuid AND created_at >= ${w.from} AND created_at < ${w.to}
         AND ${column} IS NOT NULL
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${limit}`;
    const [sources, referrers, refs] = await Promise.all([
      top(Prisma.sql`source`),
      top(Prisma.sql`referrer_host`),
      top(Prisma.sql`ref`),
    ]);
    const plain = (rows: { value: string; count: bigint }[]) =>
      rows.map((r) => ({ value: r.value, count: Number(r.count) }));
    return { sources: plain(sources), referrers: plain(referrers), refs: plain(refs) };
  }
}
