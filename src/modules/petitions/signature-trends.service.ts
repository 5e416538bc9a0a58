import { Injectable } from '@nestjs/common';
import { bucketLabel, type TimeWindow } from '../../common/time-buckets.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

export type SignatureMetric = 'signatures' | 'confirmations';

/** Signature counts over time for dashboards: aggregates only, never a signer. */
@Injectable()
export class SignatureTrendsService {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Per bucket and petition: signatures made (`signatures`, invalidated ones left out) or confirmed
   * (`confirmations`), in the window.
   */
  async series(
    campaignId: string,
    w: TimeWindow,
    metric: SignatureMetric,
    petitionId?: string,
  ): Promise<{ petitionId: string; bucket: string; count: bigint }[]> {
    const column = metric === 'signatures' ? Prisma.sql`created_at` : Prisma.sql`confirmed_at`;
    return this.prisma.$queryRaw`
      SELECT petition_id::text AS "petitionId", ${bucketLabel(column, w)} AS bucket, count(*) AS count
        FROM petition_signatures
       WHERE campaign_id = ${campaignId}::uuid
         AND ${column} >= ${w.from} AND ${column} < ${w.to}
         AND status <> 'invalidated'
         ${petitionId ? Prisma.sql`AND petition_id = ${petitionId}::uuid` : Prisma.empty}
       GROUP BY 1, 2`;
  }

  /** Signatures made in the window and how many of those are confirmed (the confirmation rate). */
  async confirmation(campaignId: string, w: TimeWindow): Promise<{ signed: number; confirmed: number }> {
    const [row] = await this.prisma.$queryRaw<{ signed: bigint; confirmed: bigint }[]>`
      SELECT count(*) AS signed, count(*) FILTER (WHERE status = 'confirmed') AS confirmed
        FROM petition_signatures
       WHERE campaign_id = ${campaignId}::uuid AND created_at >= ${w.from} AND created_at < ${w.to}
         AND status <> 'invalidated'`;
    return { signed: Number(row.signed), confirmed: Number(row.confirmed) };
  }

  /** Petitions of the campaign by id, for labelling the series. */
  async titles(campaignId: string): Promise<{ id: string; title: string; slug: string }[]> {
    return this.prisma.petition.findMany({
      where: { campaignId, archivedAt: null },
      select: { id: true, title: true, slug: true },
      orderBy: { id: 'desc' },
    });
  }
}
