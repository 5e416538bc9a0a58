import { Injectable } from '@nestjs/common';
import { type Locale, toLocale } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import type { ConsentPurpose } from '../../generated/prisma/client.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import type { Tx } from '../../infra/prisma/prisma.service.js';
import { normalizeTags } from './supporter-record.js';

/** What a form, an import row or the seed knows about a person. */
export interface UpsertFields {
  email: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  /** A Signal username (`name.01`), a contact instead of a phone number. */
  signalUsername?: string;
  postalCode?: string;
  country?: string;
  locale?: string;
  source?: string;
  /** A referring supporter's or organizer's `?ref=` code (first touch, like source). */
  ref?: string;
  referrerHost?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  utmContent?: string;
  utmTerm?: string;
  /** Added to the supporter's tags (imports and the seed; forms never tag). */
  tags?: string[];
}

/** One person to create or fill in, with the consent they gave and where it was recorded. */
export interface SupporterUpsert {
  campaignId: string;
  fields: UpsertFields;
  /** The language of a new supporter's mail when `fields.locale` is not given. */
  defaultLocale: string;
  /** Purposes granted now; each is logged in `supporter_consents`. */
  grants: ConsentPurpose[];
  /** The consent log entry: consent text version, channel (`form`, `import`), form id and keyed IP hash. */
  consent: { textVersion: string | null; source: string; formId: string | null; ipHash: string | null };
}

/**
 * Options of an organizer bringing people in (an import, the demo seed, test factories).
 * `confirmVia`: new and pending supporters become confirmed (`confirmed_via` = this), and someone
 * who unsubscribed keeps their consents as they are: an import never overrides a person's own
 * unsubscribe (no consent is granted or logged for them). Forms pass no options.
 */
export interface UpsertOptions {
  confirmVia?: string;
}

export interface UpsertedSupporter {
  id: string;
  /** A new supporter (false when the address was already on the campaign's list). */
  created: boolean;
  status: 'pending' | 'confirmed';
  /** The supporter's mail language (a returning supporter keeps theirs). */
  locale: Locale;
  unsubscribed: boolean;
}

interface Prepared {
  /** Position in the caller's list. */
  at: number;
  /** The id the supporter gets if new. */
  id: string;
  emailIndex: string;
  row: SupporterUpsert;
  locale: Locale;
  tags: string[];
}

/**
 * The one implementation of the supporter "fill in, never downgrade" rule, for every path that
 * creates supporters: public forms (through SupportersService), imports, the demo seed, tests and
 * benchmarks. One supporter per campaign per normalized email (blind index). A returning supporter
 * gets only the fields they left blank (COALESCE keeps every value already there), a consent flag
 * only goes from false to true, tags are only added, the status only goes up (pending to confirmed,
 * with `confirmVia`) and the mail language never changes. Each granted purpose is logged with the
 * consent text version, source, form id and keyed IP hash.
 *
 * Set-based: one INSERT ... ON CONFLICT DO UPDATE for all the supporters and one INSERT for all the
 * consent rows, whatever the number of rows (an address twice in one call takes a second round, as
 * a returning supporter). Rows are written in (campaign, blind index) order, so two transactions
 * touching the same people lock them in the same order and cannot deadlock. Plain SQL: Prisma's
 * createManyAndReturn costs several times the CPU of the same statement (docs/benchmarks.md).
 * `test/e2e/supporters-upsert.e2e.test.ts` checks the rule against a model on generated rows.
 */
@Injectable()
export class SupporterUpsertService {
  constructor(private readonly cipher: PiiCipherService) {}

  /** Creates or fills in each row's supporter inside the caller's transaction; one result per row, in order. */
  async upsert(tx: Tx, rows: SupporterUpsert[], options: UpsertOptions = {}): Promise<UpsertedSupporter[]> {
    const now = new Date();
    const rounds: Prepared[][] = [];
    const seen = new Map<string, number>();
    rows.forEach((row, at) => {
      const emailIndex = this.cipher.blindIndex(row.fields.email);
      const key = `${row.campaignId}:${emailIndex}`;
      const round = seen.get(key) ?? 0;
      seen.set(key, round + 1);
      (rounds[round] ??= []).push({
        at,
        id: uuidv7(),
        emailIndex,
        row,
        locale: toLocale({ fallback: row.fields.locale ?? row.defaultLocale }),
        tags: normalizeTags(row.fields.tags ?? []),
      });
    });
    const results: UpsertedSupporter[] = new Array(rows.length);
    const consents: { p: Prepared; supporterId: string; purpose: ConsentPurpose }[] = [];
    for (const round of rounds) {
      round.sort((a, b) => (a.row.campaignId + a.emailIndex < b.row.campaignId + b.emailIndex ? -1 : 1));
      for (const [p, r] of await this.upsertRound(tx, round, options, now)) {
        results[p.at] = r;
        // An organizer's import never overrides a person's own unsubscribe (the SQL kept the flags).
        const keepsUnsubscribe = options.confirmVia !== undefined && !r.created && r.unsubscribed;
        if (!keepsUnsubscribe) for (const purpose of p.row.grants) consents.push({ p, supporterId: r.id, purpose });
      }
    }
    if (consents.length > 0) {
      const col = <T>(fn: (c: (typeof consents)[number]) => T) => consents.map(fn);
      await tx.$executeRaw`
        INSERT INTO supporter_consents (id, supporter_id, purpose, action, text_version, source, form_id, ip_hash, created_at)
        SELECT v.id, v.supporter_id, v.purpose::"ConsentPurpose", 'granted'::"ConsentAction", v.text_version, v.source,
               v.form_id, v.ip_hash, ${now}
          FROM unnest(${col(() => uuidv7())}::uuid[], ${col((c) => c.supporterId)}::uuid[], ${col((c) => c.purpose)}::text[],
                      ${col((c) => c.p.row.consent.textVersion)}::text[], ${col((c) => c.p.row.consent.source)}::text[],
                      ${col((c) => c.p.row.consent.formId)}::text[], ${col((c) => c.p.row.consent.ipHash)}::text[])
               AS v(id, supporter_id, purpose, text_version, source, form_id, ip_hash)`;
    }
    return results;
  }

  /** One statement for a round of distinct addresses: insert new supporters, fill in returning ones. */
  private async upsertRound(
    tx: Tx,
    round: Prepared[],
    options: UpsertOptions,
    now: Date,
  ): Promise<[Prepared, UpsertedSupporter][]> {
    const col = <T>(fn: (p: Prepared) => T) => round.map(fn);
    const text = (fn: (f: UpsertFields) => string | undefined) => col((p) => fn(p.row.fields) || null);
    const enc = (fn: (f: UpsertFields) => string | undefined) =>
      col((p) => this.cipher.encrypt(fn(p.row.fields) || null));
    const confirmVia = options.confirmVia ?? null;
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
      INSERT INTO supporters AS s (id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, phone_enc,
                                   signal_username_enc, postal_code_enc, country, locale, status, confirmed_at, confirmed_via,
                                   consent_updates, consent_digests, source, ref, referrer_host, utm_source, utm_medium,
                                   utm_campaign, utm_content, utm_term, tags, last_signup_at, created_at, updated_at)
      SELECT v.id, v.campaign_id, v.email_index, v.email_enc, v.first_name_enc, v.last_name_enc, v.phone_enc,
             v.signal_username_enc, v.postal_code_enc, v.country, v.locale,
             CASE WHEN ${confirmVia}::text IS NULL THEN 'pending' ELSE 'confirmed' END::"SupporterStatus",
             CASE WHEN ${confirmVia}::text IS NULL THEN NULL ELSE ${now}::timestamptz END, ${confirmVia}::text,
             v.consent_updates, v.consent_digests, v.source, v.ref, v.referrer_host, v.utm_source, v.utm_medium,
             v.utm_campaign, v.utm_content, v.utm_term, ARRAY(SELECT jsonb_array_elements_text(v.tags)),
             ${now}, ${now}, ${now}
        FROM unnest(${col((p) => p.id)}::uuid[], ${col((p) => p.row.campaignId)}::uuid[], ${col((p) => p.emailIndex)}::text[],
                    ${enc((f) => f.email)}::text[], ${enc((f) => f.firstName)}::text[], ${enc((f) => f.lastName)}::text[],
                    ${enc((f) => f.phone)}::text[], ${enc((f) => f.signalUsername)}::text[], ${enc((f) => f.postalCode)}::text[], ${text((f) => f.country)}::text[],
                    ${col((p) => p.locale)}::text[], ${col((p) => p.row.grants.includes('updates'))}::boolean[],
                    ${col((p) => p.row.grants.includes('digests'))}::boolean[],
                    ${text((f) => f.source || f.utmSource)}::text[], ${text((f) => f.ref)}::text[],
                    ${text((f) => f.referrerHost)}::text[],
                    ${text((f) => f.utmSource)}::text[], ${text((f) => f.utmMedium)}::text[],
                    ${text((f) => f.utmCampaign)}::text[], ${text((f) => f.utmContent)}::text[],
                    ${text((f) => f.utmTerm)}::text[], ${col((p) => JSON.stringify(p.tags))}::jsonb[])
             AS v(id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, phone_enc, signal_username_enc, postal_code_enc,
                  country, locale, consent_updates, consent_digests, source, ref, referrer_host, utm_source, utm_medium,
                  utm_campaign, utm_content, utm_term, tags)
       ORDER BY v.campaign_id, v.email_index
      ON CONFLICT (campaign_id, email_index) DO UPDATE SET
        first_name_enc = coalesce(s.first_name_enc, excluded.first_name_enc),
        last_name_enc = coalesce(s.last_name_enc, excluded.last_name_enc),
        phone_enc = coalesce(s.phone_enc, excluded.phone_enc),
        signal_username_enc = coalesce(s.signal_username_enc, excluded.signal_username_enc),
        postal_code_enc = coalesce(s.postal_code_enc, excluded.postal_code_enc),
        country = coalesce(s.country, excluded.country),
        source = coalesce(s.source, excluded.source),
        ref = coalesce(s.ref, excluded.ref),
        referrer_host = coalesce(s.referrer_host, excluded.referrer_host),
        utm_source = coalesce(s.utm_source, excluded.utm_source),
        utm_medium = coalesce(s.utm_medium, excluded.utm_medium),
        utm_campaign = coalesce(s.utm_campaign, excluded.utm_campaign),
        utm_content = coalesce(s.utm_content, excluded.utm_content),
        utm_term = coalesce(s.utm_term, excluded.utm_term),
        consent_updates = s.consent_updates OR (excluded.consent_updates
                            AND NOT (${confirmVia}::text IS NOT NULL AND s.unsubscribed_at IS NOT NULL)),
        consent_digests = s.consent_digests OR (excluded.consent_digests
                            AND NOT (${confirmVia}::text IS NOT NULL AND s.unsubscribed_at IS NOT NULL)),
        status = CASE WHEN s.status = 'pending' THEN excluded.status ELSE s.status END,
        confirmed_at = CASE WHEN s.status = 'pending' THEN excluded.confirmed_at ELSE s.confirmed_at END,
        confirmed_via = CASE WHEN s.status = 'pending' THEN excluded.confirmed_via ELSE s.confirmed_via END,
        tags = CASE WHEN cardinality(excluded.tags) = 0 THEN s.tags
                    ELSE ARRAY(SELECT DISTINCT t COLLATE "C" FROM unnest(coalesce(s.tags, '{}') || excluded.tags) AS t ORDER BY 1) END,
        last_signup_at = excluded.last_signup_at,
        updated_at = excluded.updated_at
      RETURNING s.id::text, s.campaign_id::text, s.email_index, s.status::text, s.locale,
                s.unsubscribed_at IS NOT NULL AS unsubscribed`;
    const byKey = new Map(returned.map((r) => [`${r.campaign_id}:${r.email_index}`, r]));
    return round.map((p) => {
      const r = byKey.get(`${p.row.campaignId}:${p.emailIndex}`);
      if (!r) throw new Error('supporter upsert returned no row');
      return [
        p,
        {
          id: r.id,
          created: r.id === p.id,
          status: r.status,
          locale: toLocale({ fallback: r.locale }),
          unsubscribed: r.unsubscribed,
        },
      ];
    });
  }
}
