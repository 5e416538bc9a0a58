import { Injectable, type OnModuleInit } from '@nestjs/common';
import { normalizeEmail } from '../../common/email.js';
import type { Locale } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { type LimitSpec, RateLimiterService } from '../../common/rate-limit/rate-limiter.service.js';
import { AppConfig } from '../../config/config.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { busyAs503 } from '../../infra/prisma/errors.js';
import { TX_DEFAULT } from '../../infra/prisma/transactions.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { MailService, type OutgoingMail } from '../mail/mail.service.js';
import { employerEmailProblem, targetedDomainOf } from '../../common/targeted-domains.js';
import { blockedDomainReason } from './email-domains.js';
import type { SupporterFormInput } from './supporter-fields.js';
import { CONFIRM_PURPOSE } from './supporter-links.js';
import {
  displayName,
  type MailStatus,
  mailStatusOf,
  personalOf,
  purposesOf,
  referrerHost,
} from './supporter-record.js';
import { type SupporterUpsert, SupporterUpsertService, type UpsertFields } from './supporter-upsert.service.js';
import { type ConfirmData, confirmTemplate, SUPPORTER_TEMPLATES } from './supporters.templates.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';

const HOUR_MS = 3600_000;

/** Context of a public form submission, for the consent log and the confirmation email. */
export interface FormContext {
  /** Client IP as resolved through TRUST_PROXY; only its keyed hash is stored. */
  ip: string;
  /** The keyed hash of `ip` (PiiCipherService.ipHash), when the caller has it already. */
  ipHash?: string;
  /** Which form: `signup:<formId>`, `petition:<petitionId>`, `event:<eventId>`. Recorded with each consent. */
  sourceFormId: string;
  /** Version of the consent text shown; defaults to the form's `consentTextVersion` field. */
  consentTextVersion?: string | null;
  /** Accepted for symmetry with other forms; never stored. */
  userAgent?: string;
  /**
   * Send the supporters module's own double opt-in email when confirmation is needed (default true).
   * Pass false when the caller sends its own confirmation (a petition signature) and will call
   * `confirm(tx, supporterId, via)` when the person clicks it.
   */
  sendConfirmation?: boolean;
  /** The campaign's default locale when the caller already has it (saves a lookup). */
  campaignDefaultLocale?: string;
}

/** What `upsertFromForm` did. */
export interface SupporterUpsertResult {
  supporterId: string;
  /** A new supporter (false when the email was already on the list: never tell the public). */
  created: boolean;
  status: 'pending' | 'confirmed';
  /** True when the person still has to prove the address (new or pending, or rejoining after unsubscribing). */
  needsConfirmation: boolean;
  /** The language of this supporter's mail (the existing one for a returning supporter). */
  locale: Locale;
}

/** A short organizer-facing summary of a supporter, for other modules' lists (signatures, RSVPs). */
export interface SupporterSummary {
  id: string;
  status: 'pending' | 'confirmed' | 'erased';
  mailStatus: MailStatus;
  locale: string;
  country: string | null;
  createdAt: Date;
  /** "First L." or null; only when personal data was asked for. */
  displayName: string | null;
  /** Only when personal data was asked for (owner/admin views). */
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  signalUsername?: string | null;
  postalCode?: string | null;
}

/**
 * A module that keeps personal data tied to supporter ids (petition signatures, RSVPs) registers
 * itself here so a supporter's export includes its data and an erasure (or the purge of an
 * unconfirmed signup) removes it in the same transaction.
 */
export type ErasureReason = 'erasure' | 'purge' | 'retention';

export interface SupporterDataHolder {
  /** Section name in the export (e.g. `petitionSignatures`). */
  name: string;
  /** Everything this module holds about the supporter, decrypted, JSON-serialisable. */
  export(supporterId: string): Promise<unknown>;
  /**
   * Remove personal data of these supporters (keep anonymous counts), inside the caller's
   * transaction. `retention`: the campaign's retention rules erase someone whose last signature or
   * RSVP expired; coarse fields the rules keep (country, postal prefix, source) may stay.
   */
  erase(tx: Tx, supporterIds: string[], reason: ErasureReason): Promise<void>;
  /**
   * Of these unconfirmed supporters, the ones this module still needs (e.g. an RSVP to an event
   * that has not happened yet): the purge of unconfirmed signups leaves them until it no longer does.
   */
  retains?(supporterIds: string[]): Promise<string[]>;
}

/**
 * The shared form API of the supporters module: what every public form (signup, petition
 * signature, event RSVP, OSDI person signup) goes through. Petitions and events call
 * `upsertFromForm` inside their own transaction after `screenForm`. The "fill in, never downgrade"
 * rule itself lives in SupporterUpsertService (also used by imports and the seed); the rest of the
 * module is split by seam: SupporterLinksService (confirm, unsubscribe, preferences and privacy
 * links), SupporterSettingsService, SupporterDigestPagesService, SupporterPrivacyService,
 * SupporterImportService, SupportersAdminService.
 */
@Injectable()
export class SupportersService implements OnModuleInit {
  private readonly holders = new Map<string, SupporterDataHolder>();
  private readonly slugCache = new Map<
    string,
    { expires: number; campaign: { id: string; defaultLocale: string; shutDownAt: Date | null } }
  >();

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly signer: LinkSignerService,
    private readonly limiter: RateLimiterService,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly campaigns: CampaignsService,
    private readonly upserts: SupporterUpsertService,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    for (const template of SUPPORTER_TEMPLATES) this.mail.registerTemplate(template);
  }

  // ---------------------------------------------------------------- shared API for other modules

  /**
   * Creates or updates the supporter behind a public form, inside the caller's transaction.
   * Dedupe by blind index of the normalized email; a returning supporter gets only the fields they
   * left blank before, their status never goes down (confirmed stays confirmed) and their mail
   * language never changes. Each consent flag that is true is recorded as a grant in the consent log
   * (purpose, consent text version, `ctx.sourceFormId`, keyed IP hash). When the person has to
   * confirm and `ctx.sendConfirmation !== false`, the double opt-in email is queued in the same
   * transaction. Does not check the honeypot or rate limits: call `screenForm` first.
   */
  async upsertFromForm(
    tx: Tx,
    campaignId: string,
    input: SupporterFormInput,
    ctx: FormContext,
  ): Promise<SupporterUpsertResult> {
    const [result] = await this.upsertManyFromForms(tx, [{ campaignId, input, ctx }]);
    return result;
  }

  /**
   * `upsertFromForm` for many forms at once (a group commit of petition signatures), with the same
   * rules and one result per entry, in order: one set-based statement through
   * SupporterUpsertService (see there), then the confirmation emails in the same transaction.
   */
  async upsertManyFromForms(
    tx: Tx,
    entries: { campaignId: string; input: SupporterFormInput; ctx: FormContext }[],
  ): Promise<SupporterUpsertResult[]> {
    const defaults = new Map<string, string>();
    const rows: SupporterUpsert[] = [];
    for (const { campaignId, input, ctx } of entries) {
      const grants = [
        ...(input.consentUpdates ? (['updates'] as const) : []),
        ...(input.consentDigests ? (['digests'] as const) : []),
      ];
      const textVersion = ctx.consentTextVersion ?? input.consentTextVersion ?? null;
      if (grants.length > 0 && !textVersion)
        throw Problem.field('consentTextVersion', 'is required when consent is given', 'required');
      let defaultLocale = ctx.campaignDefaultLocale ?? defaults.get(campaignId);
      if (!defaultLocale)
        defaults.set(campaignId, (defaultLocale = (await this.campaigns.get(campaignId)).defaultLocale));
      rows.push({
        campaignId,
        fields: fieldsOf(input),
        defaultLocale,
        grants,
        consent: {
          textVersion,
          source: 'form',
          formId: ctx.sourceFormId,
          ipHash: ctx.ipHash ?? this.cipher.ipHash(ctx.ip),
        },
      });
    }
    const upserted = await this.upserts.upsert(tx, rows);
    const results = upserted.map((row, i): SupporterUpsertResult => ({
      supporterId: row.id,
      created: row.created,
      status: row.status,
      needsConfirmation: row.status === 'pending' || (row.unsubscribed && rows[i].grants.length > 0),
      locale: row.locale,
    }));
    const confirmations = entries.flatMap(({ campaignId, ctx }, i) =>
      results[i].needsConfirmation && ctx.sendConfirmation !== false
        ? [this.confirmationMail(campaignId, results[i].supporterId)]
        : [],
    );
    await this.mail.enqueueMany(tx, confirmations);
    return results;
  }

  /**
   * The person proved control of the address (clicked our confirmation link, or another module's
   * confirmation such as a petition signature: `via` = 'email-link' | 'petition' | 'event' ...).
   * Pending becomes confirmed; someone who unsubscribed and has since granted consent again is
   * resubscribed; an erasure suppression of the address is lifted. Harmless to call twice.
   * Returns false for unknown or erased supporters.
   */
  async confirm(tx: Tx, supporterId: string, via: string): Promise<{ confirmed: boolean; changed: boolean }> {
    const s = await tx.supporter.findUnique({ where: { id: supporterId } });
    if (!s || s.status === 'erased') return { confirmed: false, changed: false };
    const now = new Date();
    const data: Prisma.SupporterUpdateInput = {};
    if (s.status === 'pending')
      Object.assign(data, { status: 'confirmed', confirmedAt: now, confirmedVia: via.slice(0, 50) });
    const resubscribe = s.unsubscribedAt !== null && (s.consentUpdates || s.consentDigests);
    if (resubscribe) data.unsubscribedAt = null;
    // The person just clicked a link in a message we sent: the mailbox works.
    if (s.undeliverable && via !== 'import' && via !== 'organizer')
      Object.assign(data, { undeliverable: null, undeliverableAt: null });
    if (Object.keys(data).length === 0) return { confirmed: true, changed: false };
    await tx.supporter.update({ where: { id: supporterId }, data });
    const purposes = purposesOf(s);
    if (purposes.length > 0) {
      await tx.supporterConsent.createMany({
        data: purposes.map((purpose) => ({
          supporterId,
          purpose,
          action: 'confirmed' as const,
          source: 'confirmation',
          formId: via.slice(0, 100),
        })),
      });
    }
    if (s.emailIndex)
      await tx.supporterSuppression.deleteMany({ where: { campaignId: s.campaignId, emailIndex: s.emailIndex } });
    if (s.status === 'pending')
      await this.webhooks.record(tx, {
        campaignId: s.campaignId,
        type: 'signup',
        key: `signup:${s.id}`,
        subjectId: s.id,
      });
    return { confirmed: true, changed: true };
  }

  /**
   * Checks run before a public form touches the database (Redis keys hold the keyed IP hash and
   * the email blind index, never the raw values). Throws a 400 naming `email` for a
   * blocked domain; returns `accept: false` (answer as usual, store nothing, send nothing) for a
   * filled honeypot or when this address has been submitted too often this hour; throws 429 when
   * the client IP exceeds SIGNUP_MAX_PER_IP_PER_HOUR (`ipLimitName` separates forms' counters) or
   * one of the form's own windows (`before`, checked first). Every window is counted in one Redis
   * round trip.
   */
  async screenForm(
    input: Pick<SupporterFormInput, 'email' | 'website'>,
    ip: string,
    ipLimitName = 'signup',
    before: (LimitSpec & { message: string })[] = [],
  ): Promise<{ accept: boolean; reason?: 'honeypot' | 'email-rate'; counted?: string[] }> {
    const blocked = blockedDomainReason(input.email, {
      blocked: this.config.get('SIGNUP_BLOCKED_DOMAINS'),
      disposable: this.config.get('SIGNUP_BLOCK_DISPOSABLE'),
    });
    if (blocked) throw Problem.field('email', blocked, 'blocked-domain');
    const honeypot = Boolean(input.website && input.website.trim() !== '');
    const windows = [
      ...before,
      {
        key: `${ipLimitName}:ip-hour:${this.cipher.ipHash(ip)}`,
        limit: this.config.get('SIGNUP_MAX_PER_IP_PER_HOUR'),
        windowMs: HOUR_MS,
        message: 'Too many signups from this address; try again later.',
      },
      // The per-address window last, and not for honeypot hits: only real submissions use it up.
      ...(honeypot ? [] : [this.emailWindow(input.email)]),
    ];
    const { refused, results, counted } = await this.limiter.hitAll(windows);
    if (refused >= 0 && (honeypot || refused < windows.length - 1))
      throw Problem.tooManyRequests(results[refused].retryAfterSeconds, windows[refused].message);
    if (honeypot) return { accept: false, reason: 'honeypot' };
    if (refused >= 0) return { accept: false, reason: 'email-rate' };
    return { accept: true, counted };
  }

  /** Takes an accepted form's hits (`screenForm(...).counted`) back out of the rate-limit counters. */
  uncountForm(counted: string[]): Promise<void> {
    return this.limiter.uncount(counted);
  }

  /**
   * The employer-domain warning, before anything else a public form does (no row, no Redis counter,
   * no log line, no metric): throws the 422 `employer-email` problem when the address is on a
   * domain of an organization the campaign targets, unless the form carries the acknowledgement.
   */
  async warnIfTargeted(
    campaignId: string,
    input: Pick<SupporterFormInput, 'email' | 'employerEmailAcknowledged'>,
  ): Promise<void> {
    if (input.employerEmailAcknowledged) return;
    const domain = targetedDomainOf(input.email, await this.campaigns.targetedDomainsOf(campaignId));
    if (domain) throw employerEmailProblem(domain);
  }

  /**
   * Per-email rate limit held in Redis (keyed by the blind index, never the address):
   * SIGNUP_MAX_PER_EMAIL_PER_HOUR submissions per hour across all forms. Returns false when over.
   * Callers should then answer exactly as usual and do nothing, so the limit is no oracle.
   */
  async allowEmail(email: string): Promise<boolean> {
    const w = this.emailWindow(email);
    return (await this.limiter.hit(w.key, w.limit, w.windowMs)).allowed;
  }

  private emailWindow(email: string) {
    return {
      key: `signup:email:${this.emailIndex(email)}`,
      limit: this.config.get('SIGNUP_MAX_PER_EMAIL_PER_HOUR'),
      windowMs: HOUR_MS,
      message: '',
    };
  }

  /** The blind index of an address: `PiiCipherService.blindIndex(normalizeEmail(email))`. */
  emailIndex(email: string): string {
    return this.cipher.blindIndex(normalizeEmail(email));
  }

  /** "First L." or null (see supporter-record.ts). */
  displayName(firstName: string | null | undefined, lastName: string | null | undefined): string | null {
    return displayName(firstName, lastName);
  }

  /**
   * Summaries of supporters for organizer views in other modules. With `personal: true` (owner and
   * admin only) names, email, phone and postal code are decrypted and displayName is filled; without
   * it only non-personal fields are returned. Erased and unknown ids are absent from the map, and so
   * are other campaigns' supporters when `campaignId` is given.
   */
  async supporterSummary(
    ids: string[],
    options: { personal: boolean; campaignId?: string } = { personal: false },
  ): Promise<Map<string, SupporterSummary>> {
    const out = new Map<string, SupporterSummary>();
    const unique = [...new Set(ids)];
    if (unique.length === 0) return out;
    const rows = await this.prisma.supporter.findMany({
      where: {
        id: { in: unique },
        status: { not: 'erased' },
        ...(options.campaignId ? { campaignId: options.campaignId } : {}),
      },
    });
    for (const r of rows) {
      const summary: SupporterSummary = {
        id: r.id,
        status: r.status,
        mailStatus: mailStatusOf(r),
        locale: r.locale,
        country: r.country,
        createdAt: r.createdAt,
        displayName: null,
      };
      if (options.personal) {
        const p = personalOf(this.cipher, r);
        Object.assign(summary, p, { displayName: displayName(p.firstName, p.lastName) });
      }
      out.set(r.id, summary);
    }
    return out;
  }

  /** Other modules holding personal data by supporter id register here (see SupporterDataHolder). */
  registerDataHolder(holder: SupporterDataHolder): void {
    if (this.holders.has(holder.name) && this.holders.get(holder.name) !== holder)
      throw new Error(`supporter data holder "${holder.name}" registered twice`);
    this.holders.set(holder.name, holder);
  }

  /** The registered data holders (export and erasure walk them). */
  dataHolders(): SupporterDataHolder[] {
    return [...this.holders.values()];
  }
  // ---------------------------------------------------------------- public signup flow

  /** The redirect target of a campaign's forms after a signup (null when none is configured). */
  async thankYouUrl(campaignId: string): Promise<string | null> {
    const s = await this.prisma.supporterSettings.findUnique({ where: { campaignId }, select: { thankYouUrl: true } });
    return s?.thankYouUrl ?? null;
  }

  /** The public signup endpoint: screening, upsert and the double opt-in email. The answer never depends on the email. */
  async signup(
    slug: string,
    input: SupporterFormInput,
    ip: string,
  ): Promise<{ campaignId: string; locale: Locale; thankYouUrl: string | null }> {
    const campaign = await this.publicCampaign(slug);
    this.campaigns.assertTakesSignups(campaign);
    const locale = (input.locale ?? campaign.defaultLocale) as Locale;
    await this.warnIfTargeted(campaign.id, input);
    const screen = await this.screenForm(input, ip);
    if (screen.accept) {
      await busyAs503(() =>
        this.prisma.$transaction(
          (tx) =>
            this.upsertFromForm(tx, campaign.id, input, {
              ip,
              sourceFormId: `signup:${input.formId ?? 'default'}`,
              campaignDefaultLocale: campaign.defaultLocale,
            }),
          TX_DEFAULT,
        ),
      );
    }
    return {
      campaignId: campaign.id,
      locale,
      thankYouUrl: input.redirect ? await this.thankYouUrl(campaign.id) : null,
    };
  }

  /**
   * A campaign open to the public, by slug, remembered for 2 s per process: a burst of signups
   * costs one lookup, and an archived campaign stops taking signups within 2 s on every process.
   */
  private async publicCampaign(slug: string): Promise<{ id: string; defaultLocale: string; shutDownAt: Date | null }> {
    const hit = this.slugCache.get(slug);
    if (hit && hit.expires > Date.now()) return hit.campaign;
    const c = await this.campaigns.getPublicBySlug(slug);
    if (this.slugCache.size > 1000) this.slugCache.clear();
    const campaign = { id: c.id, defaultLocale: c.defaultLocale, shutDownAt: c.shutDownAt };
    this.slugCache.set(slug, { expires: Date.now() + 2_000, campaign });
    return campaign;
  }
  private confirmationMail(campaignId: string, supporterId: string): OutgoingMail<ConfirmData> {
    const ttl = this.config.get('SUPPORTERS_PENDING_DAYS') * 24 * 3600;
    return {
      key: `supporter-confirm:${supporterId}:${uuidv7()}`,
      template: confirmTemplate,
      campaignId,
      category: 'transactional',
      to: { supporterId },
      data: {
        confirmUrl: this.signer.url('/public/confirm', this.signer.signFor(CONFIRM_PURPOSE, supporterId, ttl)),
        validDays: this.config.get('SUPPORTERS_PENDING_DAYS'),
      },
    };
  }

  async campaignView(
    campaignId: string,
  ): Promise<{ name: string; slug: string; defaultLocale: string; timeZone: string }> {
    const c = await this.campaigns.get(campaignId);
    return { name: c.name, slug: c.slug, defaultLocale: c.defaultLocale, timeZone: c.timeZone };
  }
}

function fieldsOf(input: SupporterFormInput): UpsertFields {
  return {
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone,
    signalUsername: input.signalUsername,
    postalCode: input.postalCode,
    country: input.country,
    locale: input.locale,
    source: input.source,
    ref: input.ref,
    referrerHost: referrerHost(input.referrer),
    utmSource: input.utmSource,
    utmMedium: input.utmMedium,
    utmCampaign: input.utmCampaign,
    utmContent: input.utmContent,
    utmTerm: input.utmTerm,
  };
}
