import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { pageArgs, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';
import type { Supporter } from '../../generated/prisma/client.js';
import { KeyRotationService } from '../../infra/crypto/key-rotation.service.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { displayName, mailStatusOf, personalOf } from './supporter-record.js';
import { ERASE_PURPOSE, EXPORT_PURPOSE } from './supporter-links.js';
import { type ErasureReason, SupportersService } from './supporters.service.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';

/**
 * Who asked for an erasure. `retention` (the campaign's retention rules) and `shutdown` (an owner
 * shut the campaign down) erase many people at once: their run writes one audit entry with counts
 * instead of one per person.
 */
export type ErasureRequester =
  | { kind: 'supporter' }
  | { kind: 'organizer'; organizerId: string }
  | { kind: 'retention' }
  | { kind: 'shutdown'; organizerId: string };

/**
 * The privacy rights and the retention rules: export of everything held about a supporter,
 * erasure, the purge of unconfirmed signups and the expiry of IP hashes (its encrypted columns are
 * registered for key rotation). See docs/decisions/supporter-privacy.md.
 */
@Injectable()
export class SupporterPrivacyService implements OnModuleInit {
  private readonly log = new Logger('supporters');

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly signer: LinkSignerService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly supporters: SupportersService,
    private readonly rotation: KeyRotationService,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    this.rotation.register(
      this.rotation.columns('supporter', 'supporters', [
        'email_enc',
        'first_name_enc',
        'last_name_enc',
        'phone_enc',
        'signal_username_enc',
        'postal_code_enc',
      ]),
    );
  }

  // ---------------------------------------------------------------- export

  /** Everything held about one supporter, decrypted, plus what other modules hold (data holders). */
  async exportData(campaignId: string, supporterId: string) {
    const s = await this.prisma.supporter.findFirst({
      where: { id: supporterId, campaignId },
      include: { consents: { orderBy: { id: 'asc' } } },
    });
    if (!s || s.status === 'erased') throw Problem.notFound('Supporter');
    const p = personalOf(this.cipher, s);
    const other: Record<string, unknown> = {};
    for (const holder of this.supporters.dataHolders()) other[holder.name] = await holder.export(s.id);
    const campaign = await this.supporters.campaignView(s.campaignId);
    return {
      exportedAt: new Date(),
      campaign: { name: campaign.name, slug: campaign.slug },
      supporter: {
        id: s.id,
        ...p,
        displayName: displayName(p.firstName, p.lastName),
        country: s.country,
        locale: s.locale,
        status: s.status,
        mailStatus: mailStatusOf(s),
        purposes: { updates: s.consentUpdates, digests: s.consentDigests },
        digestFrequency: s.digestFrequency,
        digestHour: s.digestHour,
        timeZone: s.timeZone,
        source: s.source,
        ref: s.ref,
        utm: {
          source: s.utmSource,
          medium: s.utmMedium,
          campaign: s.utmCampaign,
          content: s.utmContent,
          term: s.utmTerm,
        },
        referrerHost: s.referrerHost,
        tags: s.tags,
        createdAt: s.createdAt,
        lastSignupAt: s.lastSignupAt,
        confirmedAt: s.confirmedAt,
        confirmedVia: s.confirmedVia,
        unsubscribedAt: s.unsubscribedAt,
        undeliverable: s.undeliverable,
        undeliverableAt: s.undeliverableAt,
      },
      consentLog: s.consents.map((c) => ({
        purpose: c.purpose,
        action: c.action,
        textVersion: c.textVersion,
        source: c.source,
        formId: c.formId,
        at: c.createdAt,
        // The keyed hash is meaningless outside this deployment; say whether one is still kept.
        ipHashKept: c.ipHash !== null,
      })),
      other,
    };
  }

  /** What the export page shows before the download. */
  async peekExport(token: string | undefined) {
    const supporterId = this.signer.verify(EXPORT_PURPOSE, token);
    const s = await this.prisma.supporter.findUnique({ where: { id: supporterId } });
    if (!s || s.status === 'erased')
      throw Problem.field('token', 'is no longer valid (no such supporter)', 'invalid-token');
    return { locale: s.locale as 'en' | 'ar', campaign: await this.supporters.campaignView(s.campaignId) };
  }

  /** Self-service export through the emailed link (purpose `export`). */
  async exportByToken(token: string | undefined) {
    const supporterId = this.signer.verify(EXPORT_PURPOSE, token);
    const s = await this.prisma.supporter.findUnique({
      where: { id: supporterId },
      select: { campaignId: true, status: true },
    });
    if (!s || s.status === 'erased')
      throw Problem.field('token', 'is no longer valid (no such supporter)', 'invalid-token');
    const data = await this.exportData(s.campaignId, supporterId);
    await this.audit.record(undefined, {
      campaignId: s.campaignId,
      actor: { kind: 'supporter', supporterId },
      action: 'supporter.exported',
      entityType: 'supporter',
      entityId: supporterId,
      details: { by: 'supporter' },
    });
    return data;
  }

  /** Organizer export of one supporter (owner/admin); the route records it (`@AuditsPersonalData`). */
  exportByOrganizer(campaignId: string, supporterId: string) {
    return this.exportData(campaignId, supporterId);
  }

  // ---------------------------------------------------------------- erasure

  /** What the erase page shows before the person confirms. */
  async peekErase(token: string | undefined) {
    const supporterId = this.signer.verify(ERASE_PURPOSE, token);
    const s = await this.prisma.supporter.findUnique({ where: { id: supporterId } });
    if (!s || s.status === 'erased')
      return {
        erased: true,
        locale: (s?.locale ?? 'en') as 'en' | 'ar',
        campaign: s ? await this.supporters.campaignView(s.campaignId) : null,
      };
    return {
      erased: false,
      locale: s.locale as 'en' | 'ar',
      campaign: await this.supporters.campaignView(s.campaignId),
    };
  }

  /** Self-service erasure, after the confirmation step. Erasing twice is harmless. */
  async eraseByToken(token: string | undefined) {
    const supporterId = this.signer.verify(ERASE_PURPOSE, token);
    const s = await this.prisma.supporter.findUnique({
      where: { id: supporterId },
      select: { campaignId: true, locale: true },
    });
    if (s) await this.erase(s.campaignId, supporterId, { kind: 'supporter' });
    return {
      ok: true as const,
      erased: true as const,
      locale: (s?.locale ?? 'en') as 'en' | 'ar',
      campaign: s ? await this.supporters.campaignView(s.campaignId) : null,
    };
  }

  /**
   * Erases a supporter: personal data and the consent log are deleted, other modules' data holders
   * erase theirs in the same transaction, the blind index moves to the suppression list (an import
   * cannot bring the person back), an erasure record and an audit event are written. The row stays
   * as an anonymous tombstone (id, dates, source) so counts do not change. Returns false when it
   * was already erased.
   */
  async erase(campaignId: string, supporterId: string, by: ErasureRequester): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM supporters WHERE id = ${supporterId}::uuid AND campaign_id = ${campaignId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw Problem.notFound('Supporter');
      const s = await tx.supporter.findUniqueOrThrow({ where: { id: supporterId } });
      if (s.status === 'erased') return false;
      await this.eraseRow(tx, s, by.kind === 'retention' ? 'retention' : 'erasure');
      await this.webhooks.record(tx, {
        campaignId,
        type: 'erasure',
        key: `erasure:${supporterId}`,
        subjectId: supporterId,
      });
      await tx.supporterErasure.create({
        data: {
          campaignId,
          supporterId,
          requestedBy: by.kind,
          organizerId: 'organizerId' in by ? by.organizerId : null,
        },
      });
      if (by.kind === 'supporter' || by.kind === 'organizer')
        await this.audit.record(tx, {
          campaignId,
          actor: by.kind === 'organizer' ? { organizerId: by.organizerId } : { kind: 'supporter' },
          action: 'supporter.erased',
          entityType: 'supporter',
          entityId: supporterId,
          details: { requestedBy: by.kind },
        });
      return true;
    });
  }

  private async eraseRow(tx: Tx, s: Supporter, reason: ErasureReason): Promise<void> {
    for (const holder of this.supporters.dataHolders()) await holder.erase(tx, [s.id], reason);
    await tx.supporterConsent.deleteMany({ where: { supporterId: s.id } });
    if (s.emailIndex) {
      await tx.supporterSuppression.createMany({
        data: [{ campaignId: s.campaignId, emailIndex: s.emailIndex, reason: 'erased' }],
        skipDuplicates: true,
      });
    }
    await tx.supporter.update({
      where: { id: s.id },
      data: {
        status: 'erased',
        erasedAt: new Date(),
        emailIndex: null,
        emailEnc: null,
        firstNameEnc: null,
        lastNameEnc: null,
        phoneEnc: null,
        signalUsernameEnc: null,
        postalCodeEnc: null,
        country: null,
        referrerHost: null,
        ref: null,
        utmContent: null,
        utmTerm: null,
        tags: [],
        consentUpdates: false,
        consentDigests: false,
        digestHour: null,
        timeZone: null,
        undeliverable: null,
        undeliverableAt: null,
      },
    });
  }

  /** Erasure records of a campaign (that an erasure happened, by whom, when; never who was erased). */
  async erasures(campaignId: string, query: { cursor?: string; limit?: number }) {
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.supporterErasure.findMany({ where: { ...where, campaignId }, orderBy, take });
    return toPage(
      rows.map((r) => ({
        id: r.id,
        requestedBy: r.requestedBy as ErasureRequester['kind'],
        organizerId: r.organizerId,
        createdAt: r.createdAt,
      })),
      limit,
    );
  }

  // ---------------------------------------------------------------- retention

  /**
   * Retention rules: of these supporters (whose last signature or RSVP the retention rules just
   * unlinked), erases those on the list only because of it: not erased yet and consenting to neither
   * updates nor digests. Someone who subscribed stays. Returns how many were erased.
   */
  async eraseUnsubscribed(campaignId: string, supporterIds: string[]): Promise<number> {
    if (supporterIds.length === 0) return 0;
    const rows = await this.prisma.supporter.findMany({
      where: {
        campaignId,
        id: { in: supporterIds },
        status: { not: 'erased' },
        consentUpdates: false,
        consentDigests: false,
      },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    let erased = 0;
    for (const r of rows) if (await this.erase(campaignId, r.id, { kind: 'retention' })) erased++;
    return erased;
  }

  /** Campaign shutdown: erases every supporter of the campaign not erased yet. Returns how many. */
  async eraseCampaign(campaignId: string, organizerId: string, batch = 200): Promise<number> {
    let erased = 0;
    for (;;) {
      const rows = await this.prisma.supporter.findMany({
        where: { campaignId, status: { not: 'erased' } },
        select: { id: true },
        orderBy: { id: 'asc' },
        take: batch,
      });
      for (const r of rows) if (await this.erase(campaignId, r.id, { kind: 'shutdown', organizerId })) erased++;
      if (rows.length < batch) return erased;
    }
  }

  /**
   * Deletes signups never confirmed within SUPPORTERS_PENDING_DAYS (rows and consent log; data
   * holders are told with reason 'purge'). They never consented effectively, so nothing is kept.
   */
  async purgeUnconfirmed(now = new Date(), batch = 500): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.get('SUPPORTERS_PENDING_DAYS') * 86_400_000);
    let total = 0;
    let afterId: string | undefined;
    for (;;) {
      const page = (
        await this.prisma.supporter.findMany({
          where: { status: 'pending', lastSignupAt: { lt: cutoff }, ...(afterId ? { id: { gt: afterId } } : {}) },
          select: { id: true },
          take: batch,
          orderBy: { id: 'asc' },
        })
      ).map((r) => r.id);
      if (page.length === 0) break;
      afterId = page[page.length - 1];
      const kept = new Set<string>();
      for (const holder of this.supporters.dataHolders())
        for (const id of (await holder.retains?.(page)) ?? []) kept.add(id);
      const ids = page.filter((id) => !kept.has(id));
      if (ids.length > 0)
        await this.prisma.$transaction(async (tx) => {
          for (const holder of this.supporters.dataHolders()) await holder.erase(tx, ids, 'purge');
          // Re-check inside the transaction: a confirmation or a new signup may have come in since.
          const { count } = await tx.supporter.deleteMany({
            where: { id: { in: ids }, status: 'pending', lastSignupAt: { lt: cutoff } },
          });
          total += count;
        });
      if (page.length < batch) break;
    }
    if (total > 0)
      this.log.log(
        `purged ${total} unconfirmed supporters older than ${this.config.get('SUPPORTERS_PENDING_DAYS')} days`,
      );
    return total;
  }

  /** Deletes keyed IP hashes older than SUPPORTERS_IP_HASH_DAYS (30) from the consent log. */
  async expireIpHashes(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.get('SUPPORTERS_IP_HASH_DAYS') * 86_400_000);
    const { count } = await this.prisma.supporterConsent.updateMany({
      where: { ipHash: { not: null }, createdAt: { lt: cutoff } },
      data: { ipHash: null },
    });
    if (count > 0)
      this.log.log(`deleted ${count} IP hashes older than ${this.config.get('SUPPORTERS_IP_HASH_DAYS')} days`);
    return count;
  }
}
