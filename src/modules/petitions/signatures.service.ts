import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { emailDomain } from '../../common/email.js';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';
import { KeyRotationService } from '../../infra/crypto/key-rotation.service.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { MailService } from '../mail/mail.service.js';
import type { MailTemplate, OutgoingMail } from '../mail/mail.types.js';
import { blockedDomainReason } from '../supporters/email-domains.js';
import type { SupporterFormInput } from '../supporters/supporter-fields.js';
import { type ErasureReason, SupportersService } from '../supporters/supporters.service.js';
import { PetitionCountsService } from './petition-counts.service.js';
import { effectiveStatus, PetitionsService, type PublicPetition } from './petitions.service.js';
import {
  SIGNATURE_CONFIRM_PURPOSE,
  type SignatureConfirmationData,
  signatureConfirmationTemplate,
} from './petitions.templates.js';
import { Batcher, signBatching } from './signature-batcher.js';
import { MetricsService } from '../../infra/metrics/metrics.service.js';
import { normalizeSource, postalPrefixOf } from './signer-data.js';
import { uuidv7Floor } from './uuid-time.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';
import { VerifyThenForgetService } from './verify-then-forget.service.js';

export type SignInput = SupporterFormInput & { comment?: string; showName?: boolean };

/** The one answer to every accepted form: first signature, repeat, honeypot or throttled alike. */
export const SIGN_ACCEPTED = {
  status: 'pending' as const,
  message: 'Thank you. Check your email and click the link to confirm your signature; it counts once confirmed.',
};

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** One accepted form, ready to be written: everything derived from the input is computed up front. */
interface SignItem {
  id: string;
  petition: PublicPetition;
  input: SignInput;
  ip: string;
  listed: boolean;
  displayNameEnc: string | null;
  commentEnc: string | null;
  locale: string;
  source: string | null;
  ref: string | null;
  country: string | null;
  postalPrefix: string | null;
  emailDomain: string | null;
  ipHash: string;
}

/** A petition closed between the cache and the insert: a batch is retried item by item, and the item refused. */
class ClosedDuringBatch extends Error {}

/**
 * The write side of signatures: signing (the hot path), confirming, invalidating and reinstating.
 *
 * Signing is one transaction: upsert the supporter (SupportersService), insert the signature with
 * ON CONFLICT DO NOTHING on (petition, supporter), queue the confirmation email in the outbox. The
 * insert re-checks that the petition is open, so a petition closed a moment ago on another process
 * takes no signature. Whatever happened (new, repeated, honeypot, throttled), the public gets the
 * same status and body, so the endpoint cannot be used to learn who signed.
 */
@Injectable()
export class SignaturesService implements OnModuleInit, OnModuleDestroy {
  private readonly batcher: Batcher<SignItem>;
  private readonly confirmationTemplate: MailTemplate<SignatureConfirmationData>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly signer: LinkSignerService,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly supporters: SupportersService,
    private readonly petitions: PetitionsService,
    private readonly counts: PetitionCountsService,
    private readonly rotation: KeyRotationService,
    private readonly webhooks: WebhooksService,
    private readonly forgetful: VerifyThenForgetService,
    metrics: MetricsService,
  ) {
    this.confirmationTemplate = signatureConfirmationTemplate(signer);
    this.batcher = new Batcher<SignItem>(
      signBatching(config.get('DATABASE_POOL_SIZE')),
      (items) => {
        metrics.signatureGroup.observe(items.length);
        return this.writeBatch(items);
      },
      (item) => {
        metrics.signatureGroup.observe(1);
        return this.writeOne(item);
      },
    );
  }

  onModuleDestroy(): void {
    this.batcher.close();
  }

  onModuleInit(): void {
    this.mail.registerTemplate(this.confirmationTemplate);
    this.rotation.register(
      this.rotation.columns('petition signature', 'petition_signatures', ['display_name', 'comment', 'pending_enc']),
    );
    this.supporters.registerDataHolder({
      name: 'petitionSignatures',
      export: (supporterId) => this.exportFor(supporterId),
      erase: (tx, supporterIds, reason) => this.eraseFor(tx, supporterIds, reason),
    });
  }

  // ---------------------------------------------------------------- public

  async sign(
    campaignSlug: string,
    petitionSlug: string,
    input: SignInput,
    ip: string,
  ): Promise<typeof SIGN_ACCEPTED & { petition: PublicPetition }> {
    const petition = await this.petitions.getPublic(campaignSlug, petitionSlug);
    assertOpen(petition);
    await this.supporters.warnIfTargeted(petition.campaignId, input);
    if (this.config.get('PETITION_BLOCK_DISPOSABLE')) {
      const reason = blockedDomainReason(input.email, { blocked: [], disposable: true });
      if (reason) throw Problem.field('email', reason, 'blocked-domain');
    }
    // The burst window, then what every public form checks: blocked domains, the sustained per-IP
    // window (SIGNUP_MAX_PER_IP_PER_HOUR, counted apart from signups), the honeypot and the
    // per-email limit. One Redis round trip.
    const ipHash = this.cipher.ipHash(ip);
    const burst = {
      key: `petition-sign:ip-minute:${ipHash}`,
      limit: this.config.get('PETITION_SIGN_BURST_PER_MINUTE'),
      windowMs: MINUTE_MS,
      message: 'Too many signatures from this address; try again in a minute.',
    };
    const screen = await this.supporters.screenForm(input, ip, 'petition-sign', [burst]);
    if (screen.accept && petition.verifyThenForget)
      await this.forgetful.record(petition, input, ip, screen.counted ?? []);
    else if (screen.accept) await this.record(petition, input, ip, ipHash);
    return { ...SIGN_ACCEPTED, petition };
  }

  private async record(petition: PublicPetition, input: SignInput, ip: string, ipHash: string): Promise<void> {
    const display = input.showName === true ? this.supporters.displayName(input.firstName, input.lastName) : null;
    await this.batcher.submit({
      id: uuidv7(),
      petition,
      input,
      ip,
      listed: display !== null,
      displayNameEnc: display ? this.cipher.encrypt(display) : null,
      commentEnc: input.comment ? this.cipher.encrypt(input.comment) : null,
      locale: input.locale && petition.texts[input.locale] ? input.locale : petition.locale,
      source: normalizeSource(input.source ?? input.utmSource),
      ref: input.ref ?? null,
      country: input.country ?? null,
      postalPrefix: postalPrefixOf(input.postalCode),
      emailDomain: emailDomain(input.email) || null,
      ipHash,
    });
  }

  private formContext(item: SignItem) {
    return {
      ip: item.ip,
      ipHash: item.ipHash,
      sourceFormId: `petition:${item.petition.id}`,
      sendConfirmation: false,
      campaignDefaultLocale: item.petition.locale,
    };
  }

  /** One signature in its own transaction (the batch of one), with its own outcome. */
  private async writeOne(item: SignItem): Promise<void> {
    try {
      await this.writeBatch([item]);
    } catch (err) {
      throw err instanceof ClosedDuringBatch ? closedProblem() : err;
    }
  }

  /**
   * Many signatures in one transaction, set-based: one supporters upsert for everyone (in blind
   * index order, so two batches touching the same people cannot deadlock), one INSERT for every
   * signature and one for every confirmation in the outbox.
   */
  private async writeBatch(items: SignItem[]): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const people = await this.supporters.upsertManyFromForms(
        tx,
        items.map((item) => ({ campaignId: item.petition.campaignId, input: item.input, ctx: this.formContext(item) })),
      );
      const supporterIds = people.map((p) => p.supporterId);
      const col = <K extends keyof SignItem>(k: K) => items.map((i) => i[k]);
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO petition_signatures
          (id, petition_id, campaign_id, supporter_id, is_public, display_name, comment, locale, source, ref, country, postal_prefix, email_domain, ip_hash, created_at)
        SELECT v.id, p.id, p.campaign_id, v.supporter_id, v.is_public, v.display_name, v.comment, v.locale, v.source, v.ref, v.country, v.postal_prefix, v.email_domain, v.ip_hash, now()
          FROM unnest(${col('id')}::uuid[], ${items.map((i) => i.petition.id)}::uuid[], ${supporterIds}::uuid[], ${col('listed')}::boolean[],
                      ${col('displayNameEnc')}::text[], ${col('commentEnc')}::text[], ${col('locale')}::text[], ${col('source')}::text[], ${col('ref')}::text[],
                      ${col('country')}::text[], ${col('postalPrefix')}::text[], ${col('emailDomain')}::text[], ${col('ipHash')}::text[])
               AS v(id, petition_id, supporter_id, is_public, display_name, comment, locale, source, ref, country, postal_prefix, email_domain, ip_hash)
          JOIN petitions p ON p.id = v.petition_id AND p.status = 'open' AND p.archived_at IS NULL AND (p.closes_at IS NULL OR p.closes_at > now())
         ORDER BY v.petition_id, v.supporter_id
        ON CONFLICT (petition_id, supporter_id) DO NOTHING
        RETURNING id::text`;
      const done = new Set(inserted.map((r) => r.id));
      const mails = items.flatMap((item, i) =>
        done.has(item.id) ? [this.confirmationMail(item.petition, supporterIds[i], item.id, item.listed, 'first')] : [],
      );
      const repeats = items
        .map((item, i) => ({ item, supporterId: supporterIds[i] }))
        .filter((r) => !done.has(r.item.id));
      if (repeats.length > 0) {
        const existing = await tx.$queryRaw<
          { id: string; petitionId: string; supporterId: string; status: string; isPublic: boolean }[]
        >`
          SELECT s.id::text, s.petition_id::text AS "petitionId", s.supporter_id::text AS "supporterId", s.status::text, s.is_public AS "isPublic"
            FROM petition_signatures s
            JOIN unnest(${repeats.map((r) => r.item.petition.id)}::uuid[], ${repeats.map((r) => r.supporterId)}::uuid[]) AS k(petition_id, supporter_id)
              ON s.petition_id = k.petition_id AND s.supporter_id = k.supporter_id`;
        const byKey = new Map(existing.map((e) => [`${e.petitionId}:${e.supporterId}`, e]));
        for (const r of repeats) {
          const e = byKey.get(`${r.item.petition.id}:${r.supporterId}`);
          if (!e) throw new ClosedDuringBatch();
          const again = this.repeatMail(r.item.petition, r.supporterId, e);
          if (again) mails.push(again);
        }
      }
      await this.mail.enqueueMany(tx, mails);
    });
  }

  /**
   * A repeat. The first submission stands (a stranger who knows someone's address must not change
   * what that person signed); an unconfirmed one gets its link again, at most once an hour.
   */
  private repeatMail(
    petition: PublicPetition,
    supporterId: string,
    existing: { id: string; status: string; isPublic: boolean },
  ) {
    if (existing.status !== 'pending') return null;
    const hour = Math.floor(Date.now() / HOUR_MS);
    return {
      ...this.confirmationMail(petition, supporterId, existing.id, existing.isPublic, 'reminder'),
      key: `signature-confirmation:${existing.id}:again:${hour}`,
    };
  }

  private confirmationMail(
    petition: PublicPetition,
    supporterId: string,
    signatureId: string,
    listed: boolean,
    kind: 'first' | 'reminder',
  ): OutgoingMail<SignatureConfirmationData> {
    const data: SignatureConfirmationData = {
      signatureId,
      texts: Object.fromEntries(
        Object.entries(petition.texts).map(([loc, v]) => [loc, { title: v.title, target: v.target }]),
      ),
      listed,
      validDays: this.config.get('SUPPORTERS_PENDING_DAYS'),
      kind,
    };
    return {
      key: `signature-confirmation:${signatureId}`,
      template: this.confirmationTemplate,
      campaignId: petition.campaignId,
      category: 'transactional' as const,
      to: { supporterId },
      data,
    };
  }

  /** What a confirmation link points at, without changing anything (the page before the click). */
  async peekConfirmation(token: string | undefined) {
    const signatureId = this.signer.verify(SIGNATURE_CONFIRM_PURPOSE, token);
    const sig = await this.prisma.petitionSignature.findUnique({
      where: { id: signatureId },
      select: { petitionId: true, status: true, locale: true },
    });
    if (!sig) throw Problem.field('token', 'is no longer valid (the signature was removed)', 'invalid-token');
    return {
      ...(await this.petitionSummary(sig.petitionId, sig.locale)),
      confirmed: sig.status !== 'pending',
      locale: sig.locale,
    };
  }

  /**
   * The signer clicked the emailed link. Pending becomes confirmed (and is counted by the next
   * aggregator tick); the supporter is confirmed too. Confirming twice changes nothing and answers
   * the same; so does confirming a signature a moderator has invalidated (no signal to a fraudster).
   */
  async confirm(token: string | undefined) {
    const signatureId = this.signer.verify(SIGNATURE_CONFIRM_PURPOSE, token);
    let counted: string[] = [];
    const sig = await this.prisma.$transaction(async (tx) => {
      const confirmed = await tx.$queryRaw<
        { petition_id: string; supporter_id: string | null; campaign_id: string; locale: string; forget: boolean }[]
      >`
        UPDATE petition_signatures SET status = 'confirmed', confirmed_at = now()
         WHERE id = ${signatureId}::uuid AND status = 'pending'
        RETURNING petition_id::text, supporter_id::text, campaign_id::text, locale, signer_key IS NOT NULL AS forget`;
      if (confirmed.length === 1) {
        const c = confirmed[0];
        await this.counts.recordDelta(tx, c.petition_id, 1);
        if (c.forget) {
          // "Verify, then forget": no supporter behind it, so no webhook event naming one.
          counted = await this.forgetful.forget(tx, signatureId);
          return { petitionId: c.petition_id, locale: c.locale };
        }
        await this.supporters.confirm(tx, c.supporter_id!, 'petition');
        await this.webhooks.record(tx, {
          campaignId: c.campaign_id,
          type: 'signature',
          key: `signature:${signatureId}`,
          subjectId: c.supporter_id!,
          parentId: c.petition_id,
        });
        return { petitionId: c.petition_id, locale: c.locale };
      }
      const existing = await tx.petitionSignature.findUnique({
        where: { id: signatureId },
        select: { petitionId: true, locale: true },
      });
      if (!existing) throw Problem.field('token', 'is no longer valid (the signature was removed)', 'invalid-token');
      return existing;
    });
    await this.forgetful.uncount(counted);
    return {
      status: 'confirmed' as const,
      petition: await this.petitionSummary(sig.petitionId, sig.locale),
      locale: sig.locale,
    };
  }

  private async petitionSummary(petitionId: string, locale: string) {
    const p = await this.prisma.petition.findUniqueOrThrow({
      where: { id: petitionId },
      include: { variants: true, campaign: { select: { slug: true } } },
    });
    const v = p.variants.find((x) => x.locale === locale && locale !== p.locale);
    return { slug: p.slug, title: v?.title ?? p.title, campaignSlug: p.campaign.slug };
  }

  // ---------------------------------------------------------------- for other modules

  /** Which of these petitions the supporter has signed (pending or confirmed; not invalidated). For digests. */
  async hasSigned(supporterId: string, petitionIds: string[]): Promise<Set<string>> {
    if (petitionIds.length === 0) return new Set();
    const rows = await this.prisma.petitionSignature.findMany({
      where: { supporterId, petitionId: { in: petitionIds }, status: { not: 'invalidated' } },
      select: { petitionId: true },
    });
    return new Set(rows.map((r) => r.petitionId));
  }

  /**
   * Batch form of hasSigned for the digests module (one query per page of supporters): for each of
   * these supporters, which of these petitions they signed (pending or confirmed; not invalidated).
   * Supporters who signed none are absent from the map. Read-only.
   */
  async signedAmong(supporterIds: string[], petitionIds: string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (supporterIds.length === 0 || petitionIds.length === 0) return out;
    const rows = await this.prisma.petitionSignature.findMany({
      where: { supporterId: { in: supporterIds }, petitionId: { in: petitionIds }, status: { not: 'invalidated' } },
      select: { supporterId: true, petitionId: true },
    });
    for (const r of rows) {
      if (!r.supporterId) continue;
      let set = out.get(r.supporterId);
      if (!set) out.set(r.supporterId, (set = new Set()));
      set.add(r.petitionId);
    }
    return out;
  }

  /** Erasure and purge hooks (SupporterDataHolder): run in the supporters module's transaction. */
  private async eraseFor(tx: Tx, supporterIds: string[], reason: ErasureReason): Promise<void> {
    if (supporterIds.length === 0) return;
    if (reason === 'retention') {
      // The retention rules keep country, postal prefix and source for the regional and source counts.
      await tx.petitionSignature.updateMany({
        where: { supporterId: { in: supporterIds } },
        data: { isPublic: false, displayName: null, comment: null, emailDomain: null, ipHash: null },
      });
      return;
    }
    if (reason === 'purge') {
      // An unconfirmed signup expired: its unconfirmed signatures go with it (they were never counted).
      await tx.petitionSignature.deleteMany({ where: { supporterId: { in: supporterIds }, status: 'pending' } });
    }
    // Erasure keeps the signature as an anonymous count; everything that could point at the person goes.
    await tx.petitionSignature.updateMany({
      where: { supporterId: { in: supporterIds } },
      data: {
        isPublic: false,
        displayName: null,
        comment: null,
        postalPrefix: null,
        emailDomain: null,
        ipHash: null,
        source: null,
        ref: null,
        country: null,
      },
    });
  }

  private async exportFor(supporterId: string) {
    const rows = await this.prisma.petitionSignature.findMany({
      where: { supporterId },
      orderBy: { id: 'asc' },
      include: { petition: { select: { slug: true, title: true } } },
    });
    return rows.map((r) => ({
      petition: { slug: r.petition.slug, title: r.petition.title },
      status: r.status,
      signedAt: r.createdAt,
      confirmedAt: r.confirmedAt,
      listedByName: r.isPublic,
      displayName: r.displayName ? this.cipher.decrypt(r.displayName) : null,
      comment: r.comment ? this.cipher.decrypt(r.comment) : null,
      locale: r.locale,
      source: r.source,
      ref: r.ref,
      country: r.country,
      postalPrefix: r.postalPrefix,
    }));
  }

  /** Deletes unconfirmed signatures older than the confirmation window (their links have expired). */
  async purgeExpiredPending(): Promise<number> {
    const before = new Date(Date.now() - this.config.get('SUPPORTERS_PENDING_DAYS') * 24 * HOUR_MS);
    const { count } = await this.prisma.petitionSignature.deleteMany({
      where: { status: 'pending', id: { lt: uuidv7Floor(before) } },
    });
    return count;
  }
}

function closedProblem(): Problem {
  return Problem.conflict('petition-closed', 'This petition is closed and no longer takes signatures.');
}

function assertOpen(p: PublicPetition): void {
  const status = effectiveStatus(p);
  if (status !== 'open') {
    throw Problem.conflict(
      'petition-closed',
      status === 'delivered'
        ? 'This petition has been delivered and no longer takes signatures.'
        : 'This petition is closed and no longer takes signatures.',
      { petitionStatus: status },
    );
  }
}

export const isLocale = (v: string): v is Locale => (SUPPORTED_LOCALES as readonly string[]).includes(v);
