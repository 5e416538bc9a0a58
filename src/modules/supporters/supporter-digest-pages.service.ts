import { Injectable } from '@nestjs/common';
import { type Locale, toLocale } from '../../common/i18n.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

/**
 * What the digests module reads of supporters: pages of digest subscribers, read-only, carrying
 * only what scheduling and "near you" need (the postal code leaves as a three-character prefix).
 */
@Injectable()
export class SupporterDigestPagesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
  ) {}

  /**
   * Digest subscribers of a campaign for one frequency, in ascending id order after `afterId`:
   * confirmed, consented to digests, not unsubscribed or undeliverable. For the digests module.
   */
  async digestSubscribersPage(
    campaignId: string,
    frequency: 'daily' | 'weekly',
    afterId: string | null,
    limit: number,
  ) {
    const rows = await this.prisma.supporter.findMany({
      where: {
        campaignId,
        status: 'confirmed',
        consentDigests: true,
        digestFrequency: frequency,
        unsubscribedAt: null,
        undeliverable: null,
        ...(afterId ? { id: { gt: afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true, locale: true, digestHour: true, timeZone: true },
    });
    return rows.map((r) => ({
      supporterId: r.id,
      locale: r.locale as Locale,
      digestHour: r.digestHour,
      timeZone: r.timeZone,
    }));
  }

  /**
   * For the digests scheduler: one page (ascending id after `afterId`) of a campaign's digest
   * subscribers of every frequency, 'never' included (so a switch from never is seen as a change):
   * confirmed, consented to digests, not unsubscribed or undeliverable. Carries what scheduling and
   * "near you" need and nothing more: the postal code leaves this module only as its first three
   * characters (uppercase, no spaces), never stored by the caller. `subscribedAt` is the later of
   * the confirmation and the latest digests consent grant (a resubscription starts afresh).
   * `onlyIds` narrows the page to these supporters (the organizer preview). Read-only.
   */
  async digestSchedulePage(campaignId: string, afterId: string | null, limit: number, onlyIds?: string[]) {
    const rows = await this.prisma.supporter.findMany({
      where: {
        campaignId,
        status: 'confirmed',
        consentDigests: true,
        unsubscribedAt: null,
        undeliverable: null,
        ...(afterId ? { id: { gt: afterId } } : {}),
        ...(onlyIds ? { id: { in: onlyIds, ...(afterId ? { gt: afterId } : {}) } } : {}),
      },
      orderBy: { id: 'asc' },
      take: limit,
      select: {
        id: true,
        locale: true,
        digestFrequency: true,
        digestHour: true,
        timeZone: true,
        country: true,
        postalCodeEnc: true,
        confirmedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    });
    const granted = new Map<string, Date>();
    if (rows.length > 0) {
      const grants = await this.prisma.supporterConsent.groupBy({
        by: ['supporterId'],
        where: { supporterId: { in: rows.map((r) => r.id) }, purpose: 'digests', action: 'granted' },
        _max: { createdAt: true },
      });
      for (const g of grants) if (g._max.createdAt) granted.set(g.supporterId, g._max.createdAt);
    }
    return rows.map((r) => {
      const confirmed = r.confirmedAt ?? r.createdAt;
      const grant = granted.get(r.id);
      const postal = r.postalCodeEnc
        ? (this.cipher.decrypt(r.postalCodeEnc) ?? '')
            .toUpperCase()
            .replace(/[\s-]+/g, '')
            .slice(0, 3)
        : '';
      return {
        supporterId: r.id,
        locale: toLocale({ fallback: r.locale }),
        frequency: r.digestFrequency,
        digestHour: r.digestHour,
        timeZone: r.timeZone,
        country: r.country,
        postalPrefix: postal === '' ? null : postal,
        subscribedAt: grant && grant > confirmed ? grant : confirmed,
        updatedAt: r.updatedAt,
      };
    });
  }
}
