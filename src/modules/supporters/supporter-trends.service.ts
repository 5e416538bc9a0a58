import { Injectable } from '@nestjs/common';
import { exactGroups, suppressAcrossCells } from '../../common/small-groups.js';
import { bucketLabel, periodWindow, type TimeWindow } from '../../common/time-buckets.js';
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

  /**
   * The most frequent `?source=` tags, referring hosts and `?ref=` codes among signups since
   * `from`, with small groups merged into `other` (k > 1). Suppression is per cell of a fixed grid
   * (the last 7 local days, the 23 days before, everything older), and every window a reader can
   * ask for (7d, 30d, all) is a union of cells, so two windows cannot be subtracted to reveal a
   * small group. `k = 1` gives exact figures.
   */
  async topOrigins(campaign: { id: string; timeZone: string; createdAt: Date }, from: Date, k: number, limit = 10) {
    const cut = (p: '7d' | '30d') => periodWindow(p, 'day', campaign.timeZone, campaign.createdAt).from;
    const cell = Prisma.sql`CASE WHEN created_at >= ${cut('7d')} THEN '7d' WHEN created_at >= ${cut('30d')} THEN '30d' ELSE 'older' END`;
    const top = async (column: Prisma.Sql) => {
      const rows = await this.prisma.$queryRaw<{ cell: string; key: string | null; count: bigint }[]>`
        SELECT ${cell} AS cell, ${column} AS key, count(*) AS count FROM supporters
         WHERE campaign_id = ${campaign.id}::uuid AND created_at >= ${from}
         GROUP BY 1, 2`;
      const s = suppressAcrossCells(rows, k, limit);
      return { groups: s.groups.map((g) => ({ value: g.key, count: g.count })), other: s.other };
    };
    const [sources, referrers, refs] = await Promise.all([
      top(Prisma.sql`source`),
      top(Prisma.sql`referrer_host`),
      top(Prisma.sql`ref`),
    ]);
    return { sources, referrers, refs };
  }

  /** Signups of a range by first-touch source, exact (for roles that see personal data). */
  async exactSources(campaignId: string, tz: string, fromDay: string, toDay: string) {
    const rows = await this.prisma.$queryRaw<{ key: string | null; count: bigint }[]>`
      SELECT source AS key, count(*) AS count FROM supporters
       WHERE campaign_id = ${campaignId}::uuid
         AND (created_at AT TIME ZONE ${tz})::date BETWEEN ${fromDay}::date AND ${toDay}::date
       GROUP BY source`;
    const s = exactGroups(rows, 10);
    return { groups: s.groups.map((g) => ({ value: g.key, count: g.count })), other: s.other };
  }
}
