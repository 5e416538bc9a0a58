import { Injectable } from '@nestjs/common';
import { bucketLabel, type TimeWindow } from '../../common/time-buckets.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

/** RSVP counts for dashboards: aggregates only, never an attendee. */
@Injectable()
export class RsvpTrendsService {
  constructor(private readonly prisma: PrismaService) {}

  /** RSVPs made per bucket (cancelled ones included: they were made). */
  async series(campaignId: string, w: TimeWindow) {
    return this.prisma.$queryRaw<{ bucket: string; count: bigint }[]>`
      SELECT ${bucketLabel(Prisma.sql`created_at`, w)} AS bucket, count(*) AS count
        FROM event_rsvps
       WHERE campaign_id = ${campaignId}::uuid AND created_at >= ${w.from} AND created_at < ${w.to}
       GROUP BY 1`;
  }

  /** The next scheduled events with seats taken (confirmed RSVPs and their guests) against capacity. */
  async upcoming(campaignId: string, now: Date, limit = 5) {
    const rows = await this.prisma.$queryRaw<
      {
        id: string;
        title: string;
        starts_at: Date;
        time_zone: string;
        capacity: number | null;
        taken: bigint;
        waitlisted: bigint;
      }[]
    >`
      SELECT e.id::text, e.title, e.starts_at, e.time_zone, e.capacity,
             coalesce(sum(1 + r.guests) FILTER (WHERE r.status = 'confirmed'), 0) AS taken,
             count(r.id) FILTER (WHERE r.status = 'waitlisted') AS waitlisted
        FROM events e LEFT JOIN event_rsvps r ON r.event_id = e.id
       WHERE e.campaign_id = ${campaignId}::uuid AND e.status = 'scheduled' AND e.starts_at >= ${now}
       GROUP BY e.id ORDER BY e.starts_at LIMIT ${limit}`;
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      startsAt: r.starts_at,
      timeZone: r.time_zone,
      capacity: r.capacity,
      seatsTaken: Number(r.taken),
      waitlisted: Number(r.waitlisted),
    }));
  }
}
