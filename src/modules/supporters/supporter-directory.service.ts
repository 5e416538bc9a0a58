import { Injectable } from '@nestjs/common';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import type { Prisma, Supporter } from '../../generated/prisma/client.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import {
  type AudienceFilter,
  type AudienceMember,
  type Recipient,
  RecipientDirectory,
} from '../mail/recipient-directory.js';
import { normalizeTags } from './supporter-record.js';

const asLocale = (v: string): Locale => ((SUPPORTED_LOCALES as readonly string[]).includes(v) ? (v as Locale) : 'en');

/** Confirmed, consented to the purpose, not unsubscribed, bounced, complained or erased. */
export function audienceWhere(campaignId: string, filter: AudienceFilter): Prisma.SupporterWhereInput {
  return {
    campaignId,
    status: 'confirmed',
    unsubscribedAt: null,
    undeliverable: null,
    ...(filter.purpose === 'updates'
      ? { consentUpdates: true }
      : { consentDigests: true, digestFrequency: { not: 'never' } }),
    ...(filter.tags?.length ? { tags: { hasSome: normalizeTags(filter.tags) } } : {}),
    ...(filter.locales?.length ? { locale: { in: filter.locales } } : {}),
    ...(filter.countries?.length ? { country: { in: filter.countries.map((c) => c.toUpperCase()) } } : {}),
  };
}

/**
 * The mail module's view of supporters (see src/modules/mail/recipient-directory.ts). Addresses are
 * decrypted only here, at send time, and only for the ids asked for. Pending supporters never pass
 * `campaignMail` or `audiencePage`, so they never receive campaign mail.
 */
@Injectable()
export class SupporterDirectoryService extends RecipientDirectory {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
  ) {
    super();
  }

  async resolve(supporterIds: string[]): Promise<Map<string, Recipient>> {
    const out = new Map<string, Recipient>();
    const ids = [...new Set(supporterIds)];
    if (ids.length === 0) return out;
    const rows = await this.prisma.supporter.findMany({
      where: { id: { in: ids }, status: { not: 'erased' }, emailEnc: { not: null } },
    });
    for (const r of rows) out.set(r.id, this.toRecipient(r));
    return out;
  }

  async audiencePage(
    campaignId: string,
    filter: AudienceFilter,
    afterId: string | null,
    limit: number,
  ): Promise<AudienceMember[]> {
    const rows = await this.prisma.supporter.findMany({
      where: { ...audienceWhere(campaignId, filter), ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true, locale: true },
    });
    return rows.map((r) => ({ supporterId: r.id, locale: asLocale(r.locale) }));
  }

  countAudience(campaignId: string, filter: AudienceFilter): Promise<number> {
    return this.prisma.supporter.count({ where: audienceWhere(campaignId, filter) });
  }

  async markUndeliverable(emailBlindIndex: string, reason: 'bounced' | 'complained'): Promise<void> {
    const now = new Date();
    // A complaint is the stronger signal: never turn "complained" back into "bounced".
    await this.prisma.supporter.updateMany({
      where: {
        emailIndex: emailBlindIndex,
        status: { not: 'erased' },
        ...(reason === 'bounced'
          ? { undeliverable: null }
          : { OR: [{ undeliverable: null }, { undeliverable: 'bounced' }] }),
      },
      data: { undeliverable: reason, undeliverableAt: now },
    });
  }

  private toRecipient(r: Supporter): Recipient {
    const reachable = r.status === 'confirmed' && r.unsubscribedAt === null && r.undeliverable === null;
    return {
      supporterId: r.id,
      campaignId: r.campaignId,
      email: this.cipher.decrypt(r.emailEnc!),
      locale: asLocale(r.locale),
      firstName: this.cipher.decrypt(r.firstNameEnc),
      campaignMail: reachable && r.consentUpdates,
      digestMail: reachable && r.consentDigests && r.digestFrequency !== 'never',
      transactional: true,
    };
  }
}
