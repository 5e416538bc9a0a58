import { Injectable } from '@nestjs/common';
import { bucketLabel, type TimeWindow } from '../../common/time-buckets.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

/** Email counts for dashboards: per state over time and per broadcast; never a recipient. */
@Injectable()
export class MailTrendsService {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Messages per bucket and state, placed at the moment they reached it (sent when handed to
   * the server, failed or suppressed when finished, still queued when created); bounces and
   * complaints at the moment the provider reported them.
   */
  async series(campaignId: string, w: TimeWindow) {
    const at = Prisma.sql`coalesce(sent_at, finished_at, created_at)`;
    const messages = await this.prisma.$queryRaw<{ bucket: string; state: string; count: bigint }[]>`
      SELECT ${bucketLabel(at, w)} AS bucket, state::text AS state, count(*) AS count
        FROM mail_messages
       WHERE campaign_id = ${campaignId}::uuid AND ${at} >= ${w.from} AND ${at} < ${w.to}
       GROUP BY 1, 2`;
    const events = await this.prisma.$queryRaw<{ bucket: string; state: string; count: bigint }[]>`
      SELECT ${bucketLabel(Prisma.sql`occurred_at`, w)} AS bucket,
             CASE WHEN type = 'complaint' THEN 'complained' ELSE 'bounced' END AS state, count(*) AS count
        FROM mail_events
       WHERE campaign_id = ${campaignId}::uuid AND occurred_at >= ${w.from} AND occurred_at < ${w.to}
       GROUP BY 1, 2`;
    return [...messages, ...events];
  }

  /** The latest broadcasts with their messages by state, bounces and complaints. */
  async perBroadcast(campaignId: string, since: Date, limit = 20) {
    const rows = await this.prisma.$queryRaw<
      {
        id: string;
        name: string;
        status: string;
        started_at: Date | null;
        total: bigint;
        sent: bigint;
        failed: bigint;
        suppressed: bigint;
        bounced: bigint;
        complained: bigint;
      }[]
    >`
      WITH b AS (
        SELECT id, name, status, started_at FROM mail_broadcasts
         WHERE campaign_id = ${campaignId}::uuid AND coalesce(started_at, created_at) >= ${since}
         ORDER BY id DESC LIMIT ${limit})
      SELECT b.id::text, b.name, b.status::text, b.started_at,
             coalesce(m.total, 0) AS total, coalesce(m.sent, 0) AS sent, coalesce(m.failed, 0) AS failed,
             coalesce(m.suppressed, 0) AS suppressed, coalesce(e.bounced, 0) AS bounced,
             coalesce(e.complained, 0) AS complained
        FROM b
        LEFT JOIN LATERAL (
          SELECT count(*) AS total, count(*) FILTER (WHERE state = 'sent') AS sent,
                 count(*) FILTER (WHERE state = 'failed') AS failed,
                 count(*) FILTER (WHERE state = 'suppressed') AS suppressed
            FROM mail_messages WHERE broadcast_id = b.id) m ON true
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE ev.type = 'bounce') AS bounced,
                 count(*) FILTER (WHERE ev.type = 'complaint') AS complained
            FROM mail_events ev JOIN mail_messages mm ON mm.id = ev.message_id
           WHERE mm.broadcast_id = b.id) e ON true
       ORDER BY b.id DESC`;
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      startedAt: r.started_at,
      total: Number(r.total),
      sent: Number(r.sent),
      failed: Number(r.failed),
      suppressed: Number(r.suppressed),
      bounced: Number(r.bounced),
      complained: Number(r.complained),
    }));
  }
}
