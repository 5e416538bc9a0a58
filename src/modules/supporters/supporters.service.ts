import { Injectable, type OnModuleInit } from '@nestjs/common';
import { maskEmail, normalizeEmail } from '../../common/email.js';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { type LimitSpec, RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import { AppConfig } from '../../config/config.js';
import { type ConsentPurpose, Prisma, type Supporter } from '../../generated/prisma/client.js';
import { LinkSigner } from '../../infra/crypto/link-signer.service.js';
import { PiiCipher } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { PREFERENCES_PURPOSE, UNSUBSCRIBE_PURPOSE } from '../mail/links.js';
import { MailService, type OutgoingMail } from '../mail/mail.service.js';
import { blockedDomainReason } from './email-domains.js';
import type { SupporterFormInput } from './supporter-fields.js';
import {
  displayName,
  type MailStatus,
  mailStatusOf,
  normalizeTags,
  personalOf,
  referrerHost,
} from './supporter-record.js';
import {
  type ConfirmData,
  confirmTemplate,
  eraseLinkTemplate,
  exportLinkTemplate,
  SUPPORTER_TEMPLATES,
} from './supporters.templates.js';
import { busyAs503 } from '../../infra/prisma/errors.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';

export const CONFIRM_PURPOSE = 'confirm';
export const ERASE_PURPOSE = 'erase';
export const EXPORT_PURPOSE = 'export';
/** Erase and export links are short-lived: they act on everything the campaign holds about someone. */
export const PRIVACY_LINK_TTL_SECONDS = 72 * 3600;

const HOUR_MS = 3600_000;

/** Context of a public form submission, for the consent log and the confirmation email. */
export interface FormContext {
  /** Client IP as resolved through TRUST_PROXY; only its keyed hash is stored. */
  ip: string;
  /** The keyed hash of `ip` (PiiCipher.ipHash), when the caller has it already. */
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
  postalCode?: string | null;
}

/**
 * A module that keeps personal data tied to supporter ids (petition signatures, RSVPs) registers
 * itself here so a supporter's export includes its data and an erasure (or the purge of an
 * unconfirmed signup) removes it in the same transaction.
 */
export interface SupporterDataHolder {
  /** Section name in the export (e.g. `petitionSignatures`). */
  name: string;
  /** Everything this module holds about the supporter, decrypted, JSON-serialisable. */
  export(supporterId: string): Promise<unknown>;
  /** Remove personal data of these supporters (keep anonymous counts), inside the caller's transaction. */
  erase(tx: Tx, supporterIds: string[], reason: 'erasure' | 'purge'): Promise<void>;
  /**
   * Of these unconfirmed supporters, the ones this module still needs (e.g. an RSVP to an event
   * that has not happened yet): the purge of unconfirmed signups leaves them until it no longer does.
   */
  retains?(supporterIds: string[]): Promise<string[]>;
}

type Grants = ConsentPurpose[];

interface UpsertFields {
  email: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  postalCode?: string;
  country?: string;
  locale?: string;
  source?: string;
  referrerHost?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  utmContent?: string;
  utmTerm?: string;
  tags?: string[];
}

/** One form of an upsertManyFromForms call, with everything derived from it. */
interface PreparedForm {
  /** The id the supporter gets if new (a returning supporter keeps theirs). */
  id: string;
  campaignId: string;
  emailIndex: string;
  f: UpsertFields;
  locale: Locale;
  grants: Grants;
  textVersion: string | null;
  ipHash: string;
  ctx: FormContext;
}

interface UpsertedRow {
  form: PreparedForm;
  id: string;
  status: 'pending' | 'confirmed';
  locale: string;
  unsubscribed: boolean;
}

/** Form field, row key, column of each encrypted personal field filled in on a repeat signup. */
const PERSONAL: [keyof UpsertFields, 'firstNameEnc' | 'lastNameEnc' | 'phoneEnc' | 'postalCodeEnc', string][] = [
  ['firstName', 'firstNameEnc', 'first_name_enc'],
  ['lastName', 'lastNameEnc', 'last_name_enc'],
  ['phone', 'phoneEnc', 'phone_enc'],
  ['postalCode', 'postalCodeEnc', 'postal_code_enc'],
];
const PLAIN = [
  ['country', 'country'],
  ['source', 'source'],
  ['referrerHost', 'referrer_host'],
  ['utmSource', 'utm_source'],
  ['utmMedium', 'utm_medium'],
  ['utmCampaign', 'utm_campaign'],
  ['utmContent', 'utm_content'],
  ['utmTerm', 'utm_term'],
] as const;

/** What a repeat signup reads of the existing supporter. */
interface ExistingRow {
  id: string;
  status: string;
  locale: string;
  unsubscribedAt: Date | null;
  consentUpdates: boolean;
  consentDigests: boolean;
  firstNameEnc: string | null;
  lastNameEnc: string | null;
  phoneEnc: string | null;
  postalCodeEnc: string | null;
  country: string | null;
  source: string | null;
  referrerHost: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmContent: string | null;
  utmTerm: string | null;
  tags: string[];
}

/**
 * Supporters: who signed up to a campaign, their consents and mail preferences. The rules every
 * form shares live here (petitions and events call `upsertFromForm` inside their own transaction):
 * one supporter per campaign per normalized email (blind index), a repeated signup only fills in
 * what was missing and never downgrades a status or switches the language of someone's mail, each
 * consent is logged with the exact consent text version, form and a keyed IP hash.
 */
@Injectable()
export class SupportersService implements OnModuleInit {
  private readonly holders = new Map<string, SupporterDataHolder>();
  private readonly slugCache = new Map<string, { expires: number; campaign: { id: string; defaultLocale: string } }>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipher,
    private readonly signer: LinkSigner,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly campaigns: CampaignsService,
    private readonly audit: AuditService,
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
   * rules and one result per entry, in order. Set-based: one INSERT ... ON CONFLICT DO UPDATE for
   * all the supporters and one INSERT for all the consent rows, whatever the number of entries (an
   * address twice in `entries` takes a second round). A returning supporter's row is only filled
   * in: COALESCE keeps every value already there, a consent flag only goes from false to true, and
   * status, language and tags are left alone. Rows are written in (campaign, blind index) order, so
   * two transactions touching the same people lock them in the same order and cannot deadlock.
   */
  async upsertManyFromForms(
    tx: Tx,
    entries: { campaignId: string; input: SupporterFormInput; ctx: FormContext }[],
  ): Promise<SupporterUpsertResult[]> {
    const now = new Date();
    const defaults = new Map<string, string>();
    const prepared: PreparedForm[] = [];
    for (const { campaignId, input, ctx } of entries) {
      const grants: Grants = [
        ...(input.consentUpdates ? (['updates'] as const) : []),
        ...(input.consentDigests ? (['digests'] as const) : []),
      ];
      const textVersion = ctx.consentTextVersion ?? input.consentTextVersion ?? null;
      if (grants.length > 0 && !textVersion)
        throw Problem.field('consentTextVersion', 'is required when consent is given', 'required');
      let defaultLocale = ctx.campaignDefaultLocale ?? defaults.get(campaignId);
      if (!defaultLocale)
        defaults.set(campaignId, (defaultLocale = (await this.campaigns.get(campaignId)).defaultLocale));
      const f = fieldsOf(input);
      prepared.push({
        id: uuidv7(),
        campaignId,
        emailIndex: this.cipher.blindIndex(f.email),
        f,
        locale: asLocale(f.locale ?? defaultLocale),
        grants,
        textVersion,
        ipHash: ctx.ipHash ?? this.cipher.ipHash(ctx.ip),
        ctx,
      });
    }
    // An address twice in one call: its second entry goes in the next round, as a returning supporter.
    const rounds: PreparedForm[][] = [];
    const seen = new Map<string, number>();
    for (const p of prepared) {
      const key = `${p.campaignId}:${p.emailIndex}`;
      const round = seen.get(key) ?? 0;
      seen.set(key, round + 1);
      (rounds[round] ??= []).push(p);
    }
    const rows = new Map<PreparedForm, UpsertedRow>();
    for (const round of rounds) {
      round.sort((a, b) => (a.campaignId + a.emailIndex < b.campaignId + b.emailIndex ? -1 : 1));
      for (const row of await this.upsertRows(tx, round, now)) rows.set(row.form, row);
    }
    const consents = prepared.flatMap((p) => p.grants.map((purpose) => ({ p, purpose })));
    if (consents.length > 0) {
      const col = <T>(fn: (c: (typeof consents)[number]) => T) => consents.map(fn);
      await tx.$executeRaw`
        INSERT INTO supporter_consents (id, supporter_id, purpose, action, text_version, source, form_id, ip_hash, created_at)
        SELECT v.id, v.supporter_id, v.purpose::"ConsentPurpose", 'granted'::"ConsentAction", v.text_version, 'form', v.form_id, v.ip_hash, ${now}
          FROM unnest(${col(() => uuidv7())}::uuid[], ${col((c) => rows.get(c.p)!.id)}::uuid[], ${col((c) => c.purpose)}::text[], ${col((c) => c.p.textVersion)}::text[],
                      ${col((c) => c.p.ctx.sourceFormId)}::text[], ${col((c) => c.p.ipHash)}::text[])
               AS v(id, supporter_id, purpose, text_version, form_id, ip_hash)`;
    }
    const results = prepared.map((p): SupporterUpsertResult => {
      const row = rows.get(p)!;
      const needsConfirmation = row.status === 'pending' || (row.unsubscribed && p.grants.length > 0);
      return {
        supporterId: row.id,
        created: row.id === p.id,
        status: row.status,
        needsConfirmation,
        locale: asLocale(row.locale),
      };
    });
    const confirmations = prepared.flatMap((p, i) =>
      results[i].needsConfirmation && p.ctx.sendConfirmation !== false
        ? [this.confirmationMail(p.campaignId, results[i].supporterId)]
        : [],
    );
    await this.mail.enqueueMany(tx, confirmations);
    return results;
  }

  /** One statement for a round of distinct addresses: insert new supporters, fill in returning ones. */
  private async upsertRows(tx: Tx, forms: PreparedForm[], now: Date): Promise<UpsertedRow[]> {
    const col = <T>(fn: (p: PreparedForm) => T) => forms.map(fn);
    const enc = (fn: (f: UpsertFields) => string | undefined) => col((p) => this.cipher.encrypt(fn(p.f)));
    const returned = await tx.$queryRaw<
      {
        id: string;
        campaign_id: string;
        email_index: string;
        status: 'pending' | 'confirmed';
        locale: string;
        unsubscribed: boolean;
      }[]
    >`
      INSERT INTO supporters AS s (id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, phone_enc, postal_code_enc,
                                   country, locale, status, consent_updates, consent_digests, source, referrer_host,
                                   utm_source, utm_medium, utm_campaign, utm_content, utm_term, tags, last_signup_at, created_at, updated_at)
      SELECT v.id, v.campaign_id, v.email_index, v.email_enc, v.first_name_enc, v.last_name_enc, v.phone_enc, v.postal_code_enc,
             v.country, v.locale, 'pending', v.consent_updates, v.consent_digests, v.source, v.referrer_host,
             v.utm_source, v.utm_medium, v.utm_campaign, v.utm_content, v.utm_term, '{}', ${now}, ${now}, ${now}
        FROM unnest(${col((p) => p.id)}::uuid[], ${col((p) => p.campaignId)}::uuid[], ${col((p) => p.emailIndex)}::text[], ${enc((f) => f.email)}::text[],
                    ${enc((f) => f.firstName)}::text[], ${enc((f) => f.lastName)}::text[], ${enc((f) => f.phone)}::text[], ${enc((f) => f.postalCode)}::text[],
                    ${col((p) => p.f.country ?? null)}::text[], ${col((p) => p.locale)}::text[],
                    ${col((p) => p.grants.includes('updates'))}::boolean[], ${col((p) => p.grants.includes('digests'))}::boolean[],
                    ${col((p) => p.f.source ?? p.f.utmSource ?? null)}::text[], ${col((p) => p.f.referrerHost ?? null)}::text[],
                    ${col((p) => p.f.utmSource ?? null)}::text[], ${col((p) => p.f.utmMedium ?? null)}::text[], ${col((p) => p.f.utmCampaign ?? null)}::text[],
                    ${col((p) => p.f.utmContent ?? null)}::text[], ${col((p) => p.f.utmTerm ?? null)}::text[])
             AS v(id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, phone_enc, postal_code_enc, country, locale,
                  consent_updates, consent_digests, source, referrer_host, utm_source, utm_medium, utm_campaign, utm_content, utm_term)
       ORDER BY v.campaign_id, v.email_index
      ON CONFLICT (campaign_id, email_index) DO UPDATE SET
        first_name_enc = coalesce(s.first_name_enc, excluded.first_name_enc),
        last_name_enc = coalesce(s.last_name_enc, excluded.last_name_enc),
        phone_enc = coalesce(s.phone_enc, excluded.phone_enc),
        postal_code_enc = coalesce(s.postal_code_enc, excluded.postal_code_enc),
        country = coalesce(s.country, excluded.country),
        source = coalesce(s.source, excluded.source),
        referrer_host = coalesce(s.referrer_host, excluded.referrer_host),
        utm_source = coalesce(s.utm_source, excluded.utm_source),
        utm_medium = coalesce(s.utm_medium, excluded.utm_medium),
        utm_campaign = coalesce(s.utm_campaign, excluded.utm_campaign),
        utm_content = coalesce(s.utm_content, excluded.utm_content),
        utm_term = coalesce(s.utm_term, excluded.utm_term),
        consent_updates = s.consent_updates OR excluded.consent_updates,
        consent_digests = s.consent_digests OR excluded.consent_digests,
        last_signup_at = excluded.last_signup_at,
        updated_at = excluded.updated_at
      RETURNING s.id::text, s.campaign_id::text, s.email_index, s.status::text, s.locale, s.unsubscribed_at IS NOT NULL AS unsubscribed`;
    const byKey = new Map(returned.map((r) => [`${r.campaign_id}:${r.email_index}`, r]));
    return forms.map((form) => {
      const r = byKey.get(`${form.campaignId}:${form.emailIndex}`);
      if (!r) throw new Error('supporter upsert returned no row');
      return { form, id: r.id, status: r.status, locale: r.locale, unsubscribed: r.unsubscribed };
    });
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
  ): Promise<{ accept: boolean; reason?: 'honeypot' | 'email-rate' }> {
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
    const { refused, results } = await this.limiter.hitAll(windows);
    if (refused >= 0 && (honeypot || refused < windows.length - 1))
      throw Problem.tooManyRequests(results[refused].retryAfterSeconds, windows[refused].message);
    if (honeypot) return { accept: false, reason: 'honeypot' };
    if (refused >= 0) return { accept: false, reason: 'email-rate' };
    return { accept: true };
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

  /** The blind index of an address: `PiiCipher.blindIndex(normalizeEmail(email))`. */
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
        locale: asLocale(r.locale),
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

  /** The redirect target of a campaign's forms after a signup (null when none is configured). */
  async thankYouUrl(campaignId: string): Promise<string | null> {
    const s = await this.prisma.supporterSettings.findUnique({ where: { campaignId }, select: { thankYouUrl: true } });
    return s?.thankYouUrl ?? null;
  }

  // ---------------------------------------------------------------- public signup flow

  /** The public signup endpoint: screening, upsert and the double opt-in email. The answer never depends on the email. */
  async signup(
    slug: string,
    input: SupporterFormInput,
    ip: string,
  ): Promise<{ campaignId: string; locale: Locale; thankYouUrl: string | null }> {
    const campaign = await this.publicCampaign(slug);
    const locale = (input.locale ?? campaign.defaultLocale) as Locale;
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
          { maxWait: 5_000, timeout: 10_000 },
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
  private async publicCampaign(slug: string): Promise<{ id: string; defaultLocale: string }> {
    const hit = this.slugCache.get(slug);
    if (hit && hit.expires > Date.now()) return hit.campaign;
    const c = await this.campaigns.getPublicBySlug(slug);
    if (this.slugCache.size > 1000) this.slugCache.clear();
    const campaign = { id: c.id, defaultLocale: c.defaultLocale };
    this.slugCache.set(slug, { expires: Date.now() + 2_000, campaign });
    return campaign;
  }

  /** Confirms through the emailed link (purpose `confirm`). Idempotent; returns the confirmed-page redirect if configured. */
  async confirmByToken(token: string | undefined) {
    const supporterId = this.signer.verify(CONFIRM_PURPOSE, token);
    const result = await this.prisma.$transaction(async (tx) => {
      const r = await this.confirm(tx, supporterId, 'email-link');
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
    const settings = await this.prisma.supporterSettings.findUnique({ where: { campaignId: s.campaignId } });
    return {
      ok: true as const,
      changed: result.changed,
      locale: s.locale as Locale,
      campaign: await this.campaignView(s.campaignId),
      confirmedUrl: settings?.confirmedUrl ?? null,
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
      campaign: await this.campaignView(s.campaignId),
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
      campaign: await this.campaignView(s.campaignId),
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
      campaign: await this.campaignView(s.campaignId),
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
    return { ok: true as const, locale: asLocale(s.locale) };
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
    if (!(await this.allowEmail(email))) return { ok: true as const };
    const s = await this.prisma.supporter.findUnique({
      where: { campaignId_emailIndex: { campaignId: campaign.id, emailIndex: this.emailIndex(email) } },
    });
    await this.prisma.$transaction(async (tx) => {
      if (s && s.status !== 'erased') await this.queuePrivacyLink(tx, s, kind);
    });
    return { ok: true as const };
  }

  // ---------------------------------------------------------------- organizer settings

  async settings(campaignId: string) {
    const s = await this.prisma.supporterSettings.findUnique({ where: { campaignId } });
    return { thankYouUrl: s?.thankYouUrl ?? null, confirmedUrl: s?.confirmedUrl ?? null };
  }

  async updateSettings(
    actor: { organizerId: string },
    campaignId: string,
    input: { thankYouUrl?: string | null; confirmedUrl?: string | null },
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
      return { thankYouUrl: s.thankYouUrl, confirmedUrl: s.confirmedUrl };
    });
  }

  // ---------------------------------------------------------------- internals shared with import

  /**
   * The dedupe rule for one row an organizer brings in (imports, the demo seed; forms go through
   * upsertManyFromForms, with the same rules). Inserts with ON CONFLICT DO NOTHING on (campaign, blind index) so two
   * simultaneous writes of one address make one supporter; an import may also confirm the person
   * (`confirmVia`) and add tags, which forms never do. Plain SQL: Prisma's createManyAndReturn
   * costs several times the CPU of the same statement through $queryRaw (docs/benchmarks.md).
   */
  async upsertRow(
    tx: Tx,
    campaignId: string,
    f: UpsertFields,
    o: {
      grants: Grants;
      textVersion: string | null;
      consentSource: string;
      formId: string | null;
      ipHash: string | null;
      defaultLocale: string;
      confirmVia?: string;
    },
  ): Promise<{ id: string; created: boolean; status: 'pending' | 'confirmed'; unsubscribed: boolean; locale: Locale }> {
    const emailIndex = this.cipher.blindIndex(f.email);
    const now = new Date();
    const locale = asLocale(f.locale ?? o.defaultLocale);
    const newStatus = o.confirmVia ? 'confirmed' : 'pending';
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO supporters (id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, phone_enc, postal_code_enc,
                              country, locale, status, confirmed_at, confirmed_via, consent_updates, consent_digests, source,
                              referrer_host, utm_source, utm_medium, utm_campaign, utm_content, utm_term, tags,
                              last_signup_at, created_at, updated_at)
      VALUES (${uuidv7()}::uuid, ${campaignId}::uuid, ${emailIndex}, ${this.cipher.encrypt(f.email)}, ${this.cipher.encrypt(f.firstName)},
              ${this.cipher.encrypt(f.lastName)}, ${this.cipher.encrypt(f.phone)}, ${this.cipher.encrypt(f.postalCode)},
              ${f.country ?? null}, ${locale}, ${newStatus}::"SupporterStatus", ${o.confirmVia ? now : null}, ${o.confirmVia ?? null},
              ${o.grants.includes('updates')}, ${o.grants.includes('digests')}, ${f.source ?? f.utmSource ?? null},
              ${f.referrerHost ?? null}, ${f.utmSource ?? null}, ${f.utmMedium ?? null}, ${f.utmCampaign ?? null}, ${f.utmContent ?? null},
              ${f.utmTerm ?? null}, ${normalizeTags(f.tags ?? [])}::text[], ${now}, ${now}, ${now})
      ON CONFLICT (campaign_id, email_index) DO NOTHING
      RETURNING id`;

    let id: string;
    let created: boolean;
    let status: 'pending' | 'confirmed';
    let unsubscribed = false;
    let rowLocale = locale;
    let grants = o.grants;
    if (inserted.length === 1) {
      id = inserted[0].id;
      created = true;
      status = newStatus;
    } else {
      const [existing] = await tx.$queryRaw<ExistingRow[]>`
        SELECT id, status::text AS status, locale, unsubscribed_at AS "unsubscribedAt", consent_updates AS "consentUpdates",
               consent_digests AS "consentDigests", first_name_enc AS "firstNameEnc", last_name_enc AS "lastNameEnc",
               phone_enc AS "phoneEnc", postal_code_enc AS "postalCodeEnc", country, source, referrer_host AS "referrerHost",
               utm_source AS "utmSource", utm_medium AS "utmMedium", utm_campaign AS "utmCampaign", utm_content AS "utmContent",
               utm_term AS "utmTerm", coalesce(tags, '{}') AS tags
          FROM supporters WHERE campaign_id = ${campaignId}::uuid AND email_index = ${emailIndex}
           FOR UPDATE`;
      if (!existing) throw new Error('supporter vanished between insert and read');
      id = existing.id;
      created = false;
      // An organizer's import never overrides a person's own unsubscribe.
      if (o.confirmVia && existing.unsubscribedAt) grants = [];
      const data = this.fillIn(existing, f, grants, now);
      if (o.confirmVia && existing.status === 'pending')
        Object.assign(data, { status: 'confirmed', confirmed_at: now, confirmed_via: o.confirmVia });
      const sets = Object.entries(data).map(([column, value]) =>
        column === 'status'
          ? Prisma.sql`status = ${value}::"SupporterStatus"`
          : column === 'tags'
            ? Prisma.sql`tags = ${value}::text[]`
            : Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`,
      );
      await tx.$executeRaw`UPDATE supporters SET ${Prisma.join(sets, ', ')}, updated_at = ${now} WHERE id = ${id}::uuid`;
      status = o.confirmVia ? 'confirmed' : (existing.status as 'pending' | 'confirmed');
      unsubscribed = existing.unsubscribedAt !== null;
      rowLocale = asLocale(existing.locale);
    }
    if (grants.length > 0) {
      const rows = grants.map(
        (purpose) =>
          Prisma.sql`(${uuidv7()}::uuid, ${id}::uuid, ${purpose}::"ConsentPurpose", 'granted'::"ConsentAction", ${o.textVersion}, ${o.consentSource}, ${o.formId}, ${o.ipHash}, ${now})`,
      );
      await tx.$executeRaw`INSERT INTO supporter_consents (id, supporter_id, purpose, action, text_version, source, form_id, ip_hash, created_at) VALUES ${Prisma.join(rows, ', ')}`;
    }
    return { id, created, status, unsubscribed, locale: rowLocale };
  }

  /**
   * Fills what was missing, grants what was granted; never overwrites, never downgrades, never
   * switches locale. Returns column -> value for the UPDATE.
   */
  private fillIn(existing: ExistingRow, f: UpsertFields, grants: Grants, now: Date): Record<string, unknown> {
    const data: Record<string, unknown> = { last_signup_at: now };
    for (const [field, key, column] of PERSONAL) {
      const value = f[field] as string | undefined;
      if (value && existing[key] === null) data[column] = this.cipher.encrypt(value);
    }
    for (const [field, column] of PLAIN) {
      const value = f[field];
      if (value && existing[field] === null) data[column] = value;
    }
    if (!existing.source && !data.source && f.utmSource) data.source = f.utmSource;
    if (grants.includes('updates') && !existing.consentUpdates) data.consent_updates = true;
    if (grants.includes('digests') && !existing.consentDigests) data.consent_digests = true;
    const tags = normalizeTags([...existing.tags, ...(f.tags ?? [])]);
    if (tags.length !== existing.tags.length) data.tags = tags;
    return data;
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

  async campaignView(
    campaignId: string,
  ): Promise<{ name: string; slug: string; defaultLocale: string; timeZone: string }> {
    const c = await this.campaigns.get(campaignId);
    return { name: c.name, slug: c.slug, defaultLocale: c.defaultLocale, timeZone: c.timeZone };
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
      campaign: await this.campaignView(s.campaignId),
    };
  }
}

function asLocale(value: string): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'en';
}

function purposesOf(s: Pick<Supporter, 'consentUpdates' | 'consentDigests'>): ConsentPurpose[] {
  return [...(s.consentUpdates ? (['updates'] as const) : []), ...(s.consentDigests ? (['digests'] as const) : [])];
}

function fieldsOf(input: SupporterFormInput): UpsertFields {
  return {
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone,
    postalCode: input.postalCode,
    country: input.country,
    locale: input.locale,
    source: input.source,
    referrerHost: referrerHost(input.referrer),
    utmSource: input.utmSource,
    utmMedium: input.utmMedium,
    utmCampaign: input.utmCampaign,
    utmContent: input.utmContent,
    utmTerm: input.utmTerm,
  };
}

export type { UpsertFields };
