import { Injectable } from '@nestjs/common';
import { type SuppressionReason } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import type { MailCategory } from './mail.types.js';

/**
 * The suppression list, by email blind index (never the address). A hard bounce stops every kind of
 * mail (the mailbox does not exist); a complaint stops campaign mail but still lets a confirmation
 * link the person asks for through. Unsubscribes live with the supporter (RecipientDirectory says
 * `campaignMail: false`), since they are per campaign.
 */
@Injectable()
export class MailSuppressionsService {
  constructor(private readonly prisma: PrismaService) {}

  static blocks(category: MailCategory, reasons: Iterable<SuppressionReason> | undefined): SuppressionReason | null {
    if (!reasons) return null;
    for (const r of reasons) {
      if (r === 'bounced' || r === 'manual') return r;
      if (r === 'complained' && category === 'campaign') return r;
    }
    return null;
  }

  async reasonsFor(addressIndexes: string[], tx?: Tx): Promise<Map<string, Set<SuppressionReason>>> {
    const out = new Map<string, Set<SuppressionReason>>();
    const unique = [...new Set(addressIndexes)];
    if (unique.length === 0) return out;
    const rows = await (tx ?? this.prisma).mailSuppression.findMany({
      where: { addressIndex: { in: unique } },
      select: { addressIndex: true, reason: true },
    });
    for (const r of rows) {
      const set = out.get(r.addressIndex) ?? new Set<SuppressionReason>();
      set.add(r.reason);
      out.set(r.addressIndex, set);
    }
    return out;
  }

  /** Idempotent: returns true when the entry is new. */
  async add(addressIndex: string, reason: SuppressionReason, source: string, tx?: Tx): Promise<boolean> {
    const { count } = await (tx ?? this.prisma).mailSuppression.createMany({
      data: [{ addressIndex, reason, source }],
      skipDuplicates: true,
    });
    return count > 0;
  }

  async remove(addressIndex: string, reason?: SuppressionReason): Promise<number> {
    const { count } = await this.prisma.mailSuppression.deleteMany({
      where: { addressIndex, ...(reason ? { reason } : {}) },
    });
    return count;
  }
}
