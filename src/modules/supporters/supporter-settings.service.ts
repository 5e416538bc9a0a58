import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';

/**
 * A campaign's supporter settings: where its forms send people after a signup and after confirming,
 * and the address supporters write to about their data.
 */
@Injectable()
export class SupporterSettingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async settings(campaignId: string) {
    const s = await this.prisma.supporterSettings.findUnique({ where: { campaignId } });
    return {
      thankYouUrl: s?.thankYouUrl ?? null,
      confirmedUrl: s?.confirmedUrl ?? null,
      privacyContact: s?.privacyContact ?? null,
    };
  }

  async updateSettings(
    actor: { organizerId: string },
    campaignId: string,
    input: { thankYouUrl?: string | null; confirmedUrl?: string | null; privacyContact?: string | null },
  ) {
    return this.prisma.$transaction(async (tx) => {
      const s = await tx.supporterSettings.upsert({
        where: { campaignId },
        create: { campaignId, ...input },
        update: input,
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'supporters.settings-updated',
        entityType: 'campaign',
        entityId: campaignId,
        details: { fields: Object.keys(input) },
      });
      return { thankYouUrl: s.thankYouUrl, confirmedUrl: s.confirmedUrl, privacyContact: s.privacyContact };
    });
  }

  /** Where the confirmation link sends people once confirmed (null when none is configured). */
  async confirmedUrl(campaignId: string): Promise<string | null> {
    const s = await this.prisma.supporterSettings.findUnique({ where: { campaignId }, select: { confirmedUrl: true } });
    return s?.confirmedUrl ?? null;
  }
}
