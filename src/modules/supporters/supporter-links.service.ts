import { Injectable } from '@nestjs/common';
import { maskEmail } from '../../common/email.js';
import { type Locale, toLocale } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { RateLimiterService } from '../../common/rate-limit/rate-limiter.service.js';
import type { ConsentPurpose, Prisma, Supporter } from '../../generated/prisma/client.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { PREFERENCES_PURPOSE, UNSUBSCRIBE_PURPOSE } from '../mail/links.js';
import { MailService } from '../mail/mail.service.js';
import { CONFIRM_PURPOSE, ERASE_PURPOSE, EXPORT_PURPOSE, PRIVACY_LINK_TTL_SECONDS } from './supporter-links.js';
import { mailStatusOf, purposesOf } from './supporter-record.js';
import { SupporterSettingsService } from './supporter-settings.service.js';
import { SupportersService } from './supporters.service.js';
import { eraseLinkTemplate, exportLinkTemplate } from './supporters.templates.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';

const HOUR_MS = 3600_000;

/**
 * What a supporter does through a signed link we mailed them: confirm the signup, unsubscribe in
 * one click, see and change their preferences, and ask for an export or erasure link (the privacy
 * requests themselves are carried out by SupporterPrivacyService).
 */
@Injectable()
export class SupporterLinksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly signer: LinkSignerService,
    private readonly limiter: RateLimiterService,
    private readonly mail: MailService,
    private readonly campaigns: CampaignsService,
    private readonly audit: AuditService,
    private readonly supporters: SupportersService,
    private readonly settings: SupporterSettingsService,
    private readonly webhooks: WebhooksService,
  ) {}

  /** Confirms through the emailed link (purpose `confirm`). Idempotent; returns the confirmed-page redirect if configured. */
  async confirmByToken(token: string | undefined) {
    const supporterId = this.signer.verify(CONFIRM_PURPOSE, token);
    const result = await this.prisma.$transaction(async (tx) => {
      const r = await this.supporters.confirm(tx, supporterId, 'email-link');
      if (!r.confirmed) throw Problem.field('token', 'is no longer valid (the signup was removed)', 'invalid-token');
      if (r.changed)
        await this.audit.record(tx, {
          campaignId: await this.campaignOf(tx, supporterId),
          actor: { kind: 'supporter', supporterId },
          action: 'supporter.confirmed',
          entityType: 'supporter',
          entityId: supporterId,
        });
      return r;
    });
    const s = await this.prisma.supporter.findUniqueOrThrow({
      where: { id: supporterId },
      select: { campaignId: true, locale: true },
    });
    return {
      ok: true as const,
      changed: result.changed,
      locale: s.locale as Locale,
      campaign: await this.supporters.campaignView(s.campaignId),
      confirmedUrl: await this.settings.confirmedUrl(s.campaignId),
    };
  }

  /** Looks up the supporter a confirm link points to (for the confirmation page), without changing anything. */
  async peekConfirm(token: string | undefined) {
    const supporterId = this.signer.verify(CONFIRM_PURPOSE, token);
    const s = await this.prisma.supporter.findUnique({ where: { id: supporterId } });
    if (!s || s.status === 'erased')
      throw Problem.field('token', 'is no longer valid (the signup was removed)', 'invalid-token');
    return {
      confirmed: s.status === 'confirmed' && !s.unsubscribedAt,
      locale: s.locale as Locale,
      campaign: await this.supporters.campaignView(s.campaignId),
    };
  }

  // ---------------------------------------------------------------- unsubscribe and preferences

  /** RFC 8058 one-click unsubscribe: immediate, withdraws every purpose, suppresses all campaign mail. Idempotent. */
  async unsubscribe(token: string | undefined, source = 'unsubscribe-link') {
    const supporterId = this.signer.verify(UNSUBSCRIBE_PURPOSE, token);
    const s = await this.activeSupporter(supporterId);
    await this.prisma.$transaction(async (tx) => {
      await this.applyUnsubscribe(tx, s, source);
    });
    return {
      ok: true as const,
      locale: s.locale as Locale,
      campaign: await this.supporters.campaignView(s.campaignId),
      preferencesToken: this.signer.signFor(PREFERENCES_PURPOSE, s.id),
    };
  }

  /** What the unsubscribe page shows before the click. */
  async peekUnsubscribe(token: string | undefined) {
    const supporterId = this.signer.verify(UNSUBSCRIBE_PURPOSE, token);
    const s = await this.activeSupporter(supporterId);
    return {
      unsubscribed: s.unsubscribedAt !== null,
      locale: s.locale as Locale,
      campaign: await this.supporters.campaignView(s.campaignId),
    };
  }

  /** The supporter's preferences as the signed preferences link shows them (masked email, no names). */
  async preferences(token: string | undefined) {
    const supporterId = this.signer.verify(PREFERENCES_PURPOSE, token);
    return this.preferencesView(await this.activeSupporter(supporterId));
  }

  /**
   * Changes preferences through the signed link. Granting a purpose logs a grant (and undoes an
   * earlier unsubscribe: the link proves the mailbox); un-granting logs a withdrawal;
   * `unsubscribeAll` is the one-click unsubscribe.
   */
  async updatePreferences(
    token: string | undefined,
    input: {
      locale?: Locale;
      digestFrequency?: 'never' | 'daily' | 'weekly';
      digestHour?: number | null;
      timeZone?: string | null;
      updates?: boolean;
      digests?: boolean;
      unsubscribeAll?: boolean;
      fullForm?: boolean;
    },
    ip: string,
  ) {
    const supporterId = this.signer.verify(PREFERENCES_PURPOSE, token);
    const s = await this.activeSupporter(supporterId);
    const updated = await this.prisma.$transaction(async (tx) => {
      if (input.unsubscribeAll) return this.applyUnsubscribe(tx, s, 'preferences');
      // An HTML form omits unchecked boxes: with fullForm an absent purpose means "no".
      const updates = input.updates ?? (input.fullForm ? false : undefined);
      const digests = input.digests ?? (input.fullForm ? false : undefined);
      const data: Prisma.SupporterUpdateInput = {};
      if (input.locale) data.locale = input.locale;
      if (input.digestFrequency) data.digestFrequency = input.digestFrequency;
      if (input.digestHour !== undefined) data.digestHour = input.digestHour;
      if (input.timeZone !== undefined) data.timeZone = input.timeZone;
      const changes: { purpose: ConsentPurpose; action: 'granted' | 'withdrawn' }[] = [];
      if (updates !== undefined && updates !== s.consentUpdates)
        changes.push({ purpose: 'updates', action: updates ? 'granted' : 'withdrawn' });
      if (digests !== undefined && digests !== s.consentDigests)
        changes.push({ purpose: 'digests', action: digests ? 'granted' : 'withdrawn' });
      if (updates !== undefined) data.consentUpdates = updates;
      if (digests !== undefined) data.consentDigests = digests;
      if (s.unsubscribedAt && (updates || digests)) data.unsubscribedAt = null;
      const row = Object.keys(data).length > 0 ? await tx.supporter.update({ where: { id: s.id }, data }) : s;
      if (changes.length > 0) {
        const ipHash = this.cipher.ipHash(ip);
        await tx.supporterConsent.createMany({
          data: changes.map((c) => ({
            supporterId: s.id,
            purpose: c.purpose,
            action: c.action,
            source: 'preferences',
            formId: 'preferences',
            ipHash,
          })),
        });
      }
      return row;
    });
    return this.preferencesView(updated);
  }

  // ---------------------------------------------------------------- privacy requests (self-service)

  /**
   * Emails a short-lived export or erasure link to the supporter behind a preferences link. The
   * email is the confirmation step: it proves control of the inbox now (a preferences link may
   * have been forwarded).
   */
  async requestPrivacyLinkByToken(token: string | undefined, kind: 'export' | 'erasure') {
    const supporterId = this.signer.verify(PREFERENCES_PURPOSE, token);
    const s = await this.activeSupporter(supporterId);
    await this.prisma.$transaction((tx) => this.queuePrivacyLink(tx, s, kind));
    return { ok: true as const, locale: toLocale({ fallback: s.locale }) };
  }

  /**
   * The same by email address on a campaign's public page. The answer is identical whether or not
   * the address is on the list; a link is mailed only when it is.
   */
  async requestPrivacyLinkByEmail(slug: string, email: string, kind: 'export' | 'erasure', ip: string) {
    const campaign = await this.campaigns.getPublicBySlug(slug);
    // Generous per address (a campus); allowEmail limits each email address on its own.
    const perIp = await this.limiter.hit(`privacy-request:ip:${this.cipher.ipHash(ip)}`, 60, HOUR_MS);
    if (!perIp.allowed) throw Problem.tooManyRequests(perIp.retryAfterSeconds);
    if (!(await this.supporters.allowEmail(email))) return { ok: true as const };
    const s = await this.prisma.supporter.findUnique({
      where: { campaignId_emailIndex: { campaignId: campaign.id, emailIndex: this.supporters.emailIndex(email) } },
    });
    await this.prisma.$transaction(async (tx) => {
      if (s && s.status !== 'erased') await this.queuePrivacyLink(tx, s, kind);
    });
    return { ok: true as const };
  }

  private async queuePrivacyLink(tx: Tx, s: Supporter, kind: 'export' | 'erasure'): Promise<void> {
    const purpose = kind === 'export' ? EXPORT_PURPOSE : ERASE_PURPOSE;
    const path = kind === 'export' ? '/public/export' : '/public/erase';
    await this.mail.enqueue(tx, {
      key: `supporter-${kind}-link:${s.id}:${uuidv7()}`,
      template: kind === 'export' ? exportLinkTemplate : eraseLinkTemplate,
      campaignId: s.campaignId,
      category: 'transactional',
      to: { supporterId: s.id },
      data: {
        url: this.signer.url(path, this.signer.signFor(purpose, s.id, PRIVACY_LINK_TTL_SECONDS)),
        validHours: PRIVACY_LINK_TTL_SECONDS / 3600,
      },
    });
  }

  private async applyUnsubscribe(tx: Tx, s: Supporter, source: string): Promise<Supporter> {
    const purposes = purposesOf(s);
    const row = await tx.supporter.update({
      where: { id: s.id },
      data: { unsubscribedAt: s.unsubscribedAt ?? new Date(), consentUpdates: false, consentDigests: false },
    });
    if (!s.unsubscribedAt)
      await this.webhooks.record(tx, {
        campaignId: s.campaignId,
        type: 'unsubscribe',
        key: `unsubscribe:${s.id}:${row.unsubscribedAt!.getTime()}`,
        subjectId: s.id,
      });
    if (purposes.length > 0) {
      await tx.supporterConsent.createMany({
        data: purposes.map((purpose) => ({
          supporterId: s.id,
          purpose,
          action: 'withdrawn' as const,
          source,
          formId: source,
        })),
      });
    }
    return row;
  }

  private async activeSupporter(supporterId: string): Promise<Supporter> {
    const s = await this.prisma.supporter.findUnique({ where: { id: supporterId } });
    if (!s || s.status === 'erased')
      throw Problem.field('token', 'is no longer valid (no such supporter)', 'invalid-token');
    return s;
  }

  private async campaignOf(tx: Tx, supporterId: string): Promise<string> {
    return (await tx.supporter.findUniqueOrThrow({ where: { id: supporterId }, select: { campaignId: true } }))
      .campaignId;
  }

  private async preferencesView(s: Supporter) {
    const email = this.cipher.decrypt(s.emailEnc);
    return {
      email: email ? maskEmail(email) : null,
      status: s.status as 'pending' | 'confirmed',
      mailStatus: mailStatusOf(s),
      locale: s.locale as Locale,
      purposes: { updates: s.consentUpdates, digests: s.consentDigests },
      digestFrequency: s.digestFrequency,
      digestHour: s.digestHour,
      timeZone: s.timeZone,
      unsubscribed: s.unsubscribedAt !== null,
      campaign: await this.supporters.campaignView(s.campaignId),
    };
  }
}
