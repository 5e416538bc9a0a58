import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

/** A petition that has ended, when its signers expire and how many are still linked to a person. */
export interface ExpiringPetition {
  petitionId: string;
  slug: string;
  title: string;
  endedAt: Date;
  expiresAt: Date;
  signatures: number;
}

/** When petition `p` ended: delivered, else closed, else its closing date once passed (null: running). */
const endedAt = (now: Date) =>
  Prisma.sql`COALESCE(p.delivered_at, p.closed_at, CASE WHEN p.status = 'open' AND p.closes_at <= ${now} THEN p.closes_at END)`;

/** Signature `s` of petition `p` is past the rule: its petition ended more than `months` ago (never null). */
const due = (months: number, now: Date) =>
  Prisma.sql`COALESCE(p.status <> 'draft' AND ${endedAt(now)} + make_interval(months => ${months}::int) <= ${now}, false)`;

/**
 * The petitions side of the retention rules (docs/decisions/retention.md): signatures of a petition
 * that ended (delivered, else closed, else past its closing date) are anonymized a number of months
 * later. An anonymized signature keeps what the counts need (status, dates, country, postal prefix,
 * source, ref, locale) and loses the display name, the comment, the email domain, the IP hash and its
 * link to the signer: `supporter_id` becomes a random uuid that names nobody.
 */
@Injectable()
export class SignatureRetentionService {
  constructor(private readonly prisma: PrismaService) {}

  /** Ended petitions of the campaign that still have signatures linked to signers, soonest first. */
  async expiring(campaignId: string, months: number, now = new Date()): Promise<ExpiringPetition[]> {
    const rows = await this.prisma.$queryRaw<
      { id: string; slug: string; title: string; ended_at: Date; expires_at: Date; n: bigint }[]
    >`SELECT p.id, p.slug, p.title, ${endedAt(now)} AS ended_at,
             ${endedAt(now)} + make_interval(months => ${months}::int) AS expires_at, count(s.id) AS n
        FROM petitions p JOIN petition_signatures s ON s.petition_id = p.id AND s.anonymized_at IS NULL
       WHERE p.campaign_id = ${campaignId}::uuid AND p.status <> 'draft' AND ${endedAt(now)} IS NOT NULL
       GROUP BY p.id
       ORDER BY expires_at, p.id`;
    return rows.map((r) => ({
      petitionId: r.id,
      slug: r.slug,
      title: r.title,
      endedAt: r.ended_at,
      expiresAt: r.expires_at,
      signatures: Number(r.n),
    }));
  }

  /** Signers whose signature is past the rule and not anonymized yet. */
  async dueSigners(campaignId: string, months: number, now = new Date()): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ supporter_id: string }[]>`
      SELECT DISTINCT s.supporter_id::text AS supporter_id
        FROM petition_signatures s JOIN petitions p ON p.id = s.petition_id
       WHERE p.campaign_id = ${campaignId}::uuid AND s.anonymized_at IS NULL AND ${due(months, now)}`;
    return rows.map((r) => r.supporter_id);
  }

  /** Of these supporters, those with a signature in the campaign that the rule does not reach yet. */
  async notYetDue(campaignId: string, supporterIds: string[], months: number, now = new Date()): Promise<string[]> {
    if (supporterIds.length === 0) return [];
    const rows = await this.prisma.$queryRaw<{ supporter_id: string }[]>`
      SELECT DISTINCT s.supporter_id::text AS supporter_id
        FROM petition_signatures s JOIN petitions p ON p.id = s.petition_id
       WHERE p.campaign_id = ${campaignId}::uuid AND s.anonymized_at IS NULL
         AND s.supporter_id = ANY(${supporterIds}::uuid[]) AND NOT ${due(months, now)}`;
    return rows.map((r) => r.supporter_id);
  }

  /**
   * Anonymizes every signature past the rule. Idempotent: an anonymized row is never touched again.
   * Returns how many signatures, on how many petitions.
   */
  async anonymizeExpired(
    campaignId: string,
    months: number,
    now = new Date(),
  ): Promise<{ petitions: number; signatures: number }> {
    const rows = await this.prisma.$queryRaw<{ petition_id: string }[]>`
      UPDATE petition_signatures s
         SET supporter_id = gen_random_uuid(), is_public = false, display_name = NULL, comment = NULL,
             email_domain = NULL, ip_hash = NULL, anonymized_at = ${now}
        FROM petitions p
       WHERE p.id = s.petition_id AND p.campaign_id = ${campaignId}::uuid AND s.anonymized_at IS NULL
         AND ${due(months, now)}
      RETURNING s.petition_id::text AS petition_id`;
    return { petitions: new Set(rows.map((r) => r.petition_id)).size, signatures: rows.length };
  }

  /** Campaign shutdown: open petitions close now (the page stays, its form goes). Returns how many. */
  async closeAll(campaignId: string, now = new Date()): Promise<number> {
    const { count } = await this.prisma.petition.updateMany({
      where: { campaignId, status: 'open' },
      data: { status: 'closed', closedAt: now },
    });
    return count;
  }
}
