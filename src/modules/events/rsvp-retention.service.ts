import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

/** An event that has ended, when its RSVPs expire and how many are still linked to a person. */
export interface ExpiringEvent {
  eventId: string;
  slug: string;
  title: string;
  endedAt: Date;
  expiresAt: Date;
  rsvps: number;
}

/** RSVP `r` to event `e` is past the rule: the event ended more than `days` ago. */
const due = (days: number, now: Date) => Prisma.sql`(e.ends_at + make_interval(days => ${days}::int) <= ${now})`;

/**
 * The events side of the retention rules (docs/decisions/retention.md): RSVPs of an event that
 * ended more than a number of days ago are anonymized. RSVP rows hold no name or address; what ties
 * one to a person is `supporter_id` (becomes a random uuid that names nobody) and the organizer who
 * checked them in (cleared). Status, guests, attendance, source, ref and dates stay, so event totals
 * and attendance rates do not change.
 */
@Injectable()
export class RsvpRetentionService {
  constructor(private readonly prisma: PrismaService) {}

  /** Ended events of the campaign that still have RSVPs linked to people, soonest first. */
  async expiring(campaignId: string, days: number, now = new Date()): Promise<ExpiringEvent[]> {
    const rows = await this.prisma.$queryRaw<
      { id: string; slug: string; title: string; ends_at: Date; expires_at: Date; n: bigint }[]
    >`SELECT e.id, e.slug, e.title, e.ends_at, e.ends_at + make_interval(days => ${days}::int) AS expires_at,
             count(r.id) AS n
        FROM events e JOIN event_rsvps r ON r.event_id = e.id AND r.anonymized_at IS NULL
       WHERE e.campaign_id = ${campaignId}::uuid AND e.ends_at <= ${now}
       GROUP BY e.id
       ORDER BY expires_at, e.id`;
    return rows.map((r) => ({
      eventId: r.id,
      slug: r.slug,
      title: r.title,
      endedAt: r.ends_at,
      expiresAt: r.expires_at,
      rsvps: Number(r.n),
    }));
  }

  /** Attendees whose RSVP is past the rule and not anonymized yet. */
  async dueAttendees(campaignId: string, days: number, now = new Date()): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ supporter_id: string }[]>`
      SELECT DISTINCT r.supporter_id::text AS supporter_id
        FROM event_rsvps r JOIN events e ON e.id = r.event_id
       WHERE e.campaign_id = ${campaignId}::uuid AND r.anonymized_at IS NULL AND ${due(days, now)}`;
    return rows.map((r) => r.supporter_id);
  }

  /** Of these supporters, those with an RSVP in the campaign that the rule does not reach yet. */
  async notYetDue(campaignId: string, supporterIds: string[], days: number, now = new Date()): Promise<string[]> {
    if (supporterIds.length === 0) return [];
    const rows = await this.prisma.$queryRaw<{ supporter_id: string }[]>`
      SELECT DISTINCT r.supporter_id::text AS supporter_id
        FROM event_rsvps r JOIN events e ON e.id = r.event_id
       WHERE e.campaign_id = ${campaignId}::uuid AND r.anonymized_at IS NULL
         AND r.supporter_id = ANY(${supporterIds}::uuid[]) AND NOT ${due(days, now)}`;
    return rows.map((r) => r.supporter_id);
  }

  /** Anonymizes the RSVPs past the rule; idempotent. Returns how many RSVPs, of how many events. */
  async anonymizeExpired(
    campaignId: string,
    days: number,
    now = new Date(),
  ): Promise<{ events: number; rsvps: number }> {
    const rows = await this.prisma.$queryRaw<{ event_id: string }[]>`
      UPDATE event_rsvps r
         SET supporter_id = gen_random_uuid(), checked_in_by = NULL, anonymized_at = ${now}, updated_at = ${now}
        FROM events e
       WHERE e.id = r.event_id AND e.campaign_id = ${campaignId}::uuid AND r.anonymized_at IS NULL
         AND ${due(days, now)}
      RETURNING r.event_id::text AS event_id`;
    return { events: new Set(rows.map((r) => r.event_id)).size, rsvps: rows.length };
  }
}
