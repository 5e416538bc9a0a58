/**
 * Child process of `npm run bench:sign`: the ceiling. The same database writes the API makes for
 * signatures, statement for statement as PostgreSQL logs them, and grouped the same way: the
 * product's own group commit (`Batcher`, up to 100 signatures per transaction, two transactions
 * at once) carrying one set-based supporters upsert, one insert of consent rows, one
 * of signatures (ON CONFLICT DO NOTHING), the repeats' lookup, one insert of outbox rows and its
 * NOTIFY. Issued directly through node-postgres with the same pool size and the same number of
 * concurrent clients, with no HTTP, validation, rate limits, ORM or logging in between. The API's
 * figure divided by this one says how much of the machine the application layers cost.
 */
import pg from 'pg';
import { uuidv7 } from '../src/common/ids.js';
import { Batcher, signBatching } from '../src/modules/petitions/signature-batcher.js';
import { benchCrypto, type ClosedLoopResult, repeatingEmails, runClosedLoop } from './lib/ceiling.js';
import { childMain } from './lib/load.js';

export interface SignCeilingInput {
  databaseUrl: string;
  secrets: Record<string, string>;
  campaignId: string;
  petitionId: string;
  concurrency: number;
  pool: number;
  durationMs: number;
  warmupMs: number;
  runTag: string;
  repeatRatio: number;
}

export type SignCeilingOutput = ClosedLoopResult;

const SUPPORTERS_UPSERT = `INSERT INTO supporters AS s (id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, phone_enc, postal_code_enc,
                             country, locale, status, consent_updates, consent_digests, source, referrer_host,
                             utm_source, utm_medium, utm_campaign, utm_content, utm_term, tags, last_signup_at, created_at, updated_at)
SELECT v.id, v.campaign_id, v.email_index, v.email_enc, v.first_name_enc, v.last_name_enc, v.phone_enc, v.postal_code_enc,
       v.country, v.locale, 'pending', v.consent_updates, v.consent_digests, v.source, v.referrer_host,
       v.utm_source, v.utm_medium, v.utm_campaign, v.utm_content, v.utm_term, '{}', $20, $20, $20
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
              $11::boolean[], $12::boolean[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[])
       AS v(id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, phone_enc, postal_code_enc, country, locale,
            consent_updates, consent_digests, source, referrer_host, utm_source, utm_medium, utm_campaign, utm_content, utm_term)
 ORDER BY v.campaign_id, v.email_index
ON CONFLICT (campaign_id, email_index) DO UPDATE SET
  first_name_enc = coalesce(s.first_name_enc, excluded.first_name_enc), last_name_enc = coalesce(s.last_name_enc, excluded.last_name_enc),
  phone_enc = coalesce(s.phone_enc, excluded.phone_enc), postal_code_enc = coalesce(s.postal_code_enc, excluded.postal_code_enc),
  country = coalesce(s.country, excluded.country), source = coalesce(s.source, excluded.source), referrer_host = coalesce(s.referrer_host, excluded.referrer_host),
  utm_source = coalesce(s.utm_source, excluded.utm_source), utm_medium = coalesce(s.utm_medium, excluded.utm_medium),
  utm_campaign = coalesce(s.utm_campaign, excluded.utm_campaign), utm_content = coalesce(s.utm_content, excluded.utm_content),
  utm_term = coalesce(s.utm_term, excluded.utm_term), consent_updates = s.consent_updates OR excluded.consent_updates,
  consent_digests = s.consent_digests OR excluded.consent_digests, last_signup_at = excluded.last_signup_at, updated_at = excluded.updated_at
RETURNING s.id::text, s.campaign_id::text, s.email_index, s.status::text, s.locale, s.unsubscribed_at IS NOT NULL AS unsubscribed`;
const CONSENTS_INSERT = `INSERT INTO supporter_consents (id, supporter_id, purpose, action, text_version, source, form_id, ip_hash, created_at)
SELECT v.id, v.supporter_id, v.purpose::"ConsentPurpose", 'granted'::"ConsentAction", v.text_version, 'form', v.form_id, v.ip_hash, $7
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS v(id, supporter_id, purpose, text_version, form_id, ip_hash)`;
const SIGNATURES_INSERT = `INSERT INTO petition_signatures
  (id, petition_id, campaign_id, supporter_id, is_public, display_name, comment, locale, source, country, postal_prefix, email_domain, ip_hash, created_at)
SELECT v.id, p.id, p.campaign_id, v.supporter_id, v.is_public, v.display_name, v.comment, v.locale, v.source, v.country, v.postal_prefix, v.email_domain, v.ip_hash, now()
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
       AS v(id, petition_id, supporter_id, is_public, display_name, comment, locale, source, country, postal_prefix, email_domain, ip_hash)
  JOIN petitions p ON p.id = v.petition_id AND p.status = 'open' AND p.archived_at IS NULL AND (p.closes_at IS NULL OR p.closes_at > now())
 ORDER BY v.petition_id, v.supporter_id
ON CONFLICT (petition_id, supporter_id) DO NOTHING
RETURNING id::text`;
const REPEATS_SELECT = `SELECT s.id::text, s.petition_id::text AS "petitionId", s.supporter_id::text AS "supporterId", s.status::text, s.is_public AS "isPublic"
  FROM petition_signatures s
  JOIN unnest($1::uuid[], $2::uuid[]) AS k(petition_id, supporter_id) ON s.petition_id = k.petition_id AND s.supporter_id = k.supporter_id`;
const MAIL_INSERT = `INSERT INTO mail_messages (id, key, template, category, campaign_id, supporter_id, address_enc, address_index, locale, data, secret_data,
                           state, priority, send_at, reason, finished_at, updated_at)
SELECT u.id, u.key, u.template, u.category::"MailCategory", u.campaign_id, u.supporter_id, u.address_enc, u.address_index, u.locale, u.data, u.secret_data,
       u.state::"MailState", u.priority::smallint, u.send_at, u.reason, CASE WHEN u.state = 'suppressed' THEN now() END, now()
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::text[], $12::text[], $13::int[],
              $14::timestamptz[], $15::text[])
       AS u(id, key, template, category, campaign_id, supporter_id, address_enc, address_index, locale, data, secret_data, state, priority, send_at, reason)
ON CONFLICT DO NOTHING`;

/** One signature as the API hands it to its group commit: every value computed up front. */
interface Item {
  signatureId: string;
  supporterNewId: string;
  emailIndex: string;
  emailEnc: string;
  firstEnc: string;
  lastEnc: string;
  postalEnc: string;
  consent: boolean;
  source: string;
  showName: boolean;
  displayNameEnc: string | null;
  commentEnc: string | null;
  ipHash: string;
}

childMain<SignCeilingInput, SignCeilingOutput>(async (input) => {
  const { encrypt, blind, ipHash } = benchCrypto(input.secrets);

  const pool = new pg.Pool({ connectionString: input.databaseUrl, max: input.pool });
  const writeBatch = async (items: Item[]) => {
    const now = new Date();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const col = <T>(f: (x: Item) => T) => items.map(f);
      const people = await client.query<{ id: string; email_index: string }>(SUPPORTERS_UPSERT, [
        col((x) => x.supporterNewId),
        col(() => input.campaignId),
        col((x) => x.emailIndex),
        col((x) => x.emailEnc),
        col((x) => x.firstEnc),
        col((x) => x.lastEnc),
        col(() => null),
        col((x) => x.postalEnc),
        col(() => 'GB'),
        col(() => 'en'),
        col((x) => x.consent),
        col(() => false),
        col((x) => x.source),
        col(() => null),
        col(() => null),
        col(() => null),
        col(() => null),
        col(() => null),
        col(() => null),
        now,
      ]);
      const byIndex = new Map(people.rows.map((r) => [r.email_index, r.id]));
      const supporterIds = col((x) => byIndex.get(x.emailIndex)!);
      const consents = items.map((x, i) => ({ x, id: supporterIds[i] })).filter((c) => c.x.consent);
      if (consents.length > 0) {
        await client.query(CONSENTS_INSERT, [
          consents.map(() => uuidv7()),
          consents.map((c) => c.id),
          consents.map(() => 'updates'),
          consents.map(() => 'bench-v1'),
          consents.map(() => `petition:${input.petitionId}`),
          consents.map((c) => c.x.ipHash),
          now,
        ]);
      }
      const inserted = await client.query<{ id: string }>(SIGNATURES_INSERT, [
        col((x) => x.signatureId),
        col(() => input.petitionId),
        supporterIds,
        col((x) => x.showName),
        col((x) => x.displayNameEnc),
        col((x) => x.commentEnc),
        col(() => 'en'),
        col((x) => x.source),
        col(() => 'GB'),
        col(() => 'SW1A'),
        col(() => 'bench.example.org'),
        col((x) => x.ipHash),
      ]);
      const done = new Set(inserted.rows.map((r) => r.id));
      const mails: { key: string; supporterId: string; signatureId: string; listed: boolean }[] = [];
      items.forEach(
        (x, i) =>
          done.has(x.signatureId) &&
          mails.push({
            key: `signature-confirmation:${x.signatureId}`,
            supporterId: supporterIds[i],
            signatureId: x.signatureId,
            listed: x.showName,
          }),
      );
      const repeats = items
        .map((x, i) => ({ x, supporterId: supporterIds[i] }))
        .filter((r) => !done.has(r.x.signatureId));
      if (repeats.length > 0) {
        const existing = await client.query<{ id: string; supporterId: string; status: string; isPublic: boolean }>(
          REPEATS_SELECT,
          [repeats.map(() => input.petitionId), repeats.map((r) => r.supporterId)],
        );
        const hour = Math.floor(Date.now() / 3_600_000);
        for (const e of existing.rows)
          if (e.status === 'pending')
            mails.push({
              key: `signature-confirmation:${e.id}:again:${hour}`,
              supporterId: e.supporterId,
              signatureId: e.id,
              listed: e.isPublic,
            });
      }
      if (mails.length > 0) {
        const m = <T>(f: (x: (typeof mails)[number]) => T) => mails.map(f);
        const data = m((x) =>
          JSON.stringify({
            signatureId: x.signatureId,
            texts: { en: { title: 'End the contracts', target: 'The board' } },
            listed: x.listed,
            validDays: 14,
            kind: 'first',
          }),
        );
        const created = await client.query(MAIL_INSERT, [
          m(() => uuidv7()),
          m((x) => x.key),
          m(() => 'petitions.signature-confirmation'),
          m(() => 'transactional'),
          m(() => input.campaignId),
          m((x) => x.supporterId),
          m(() => null),
          m(() => null),
          m(() => null),
          data,
          m(() => null),
          m(() => 'queued'),
          m(() => 1),
          m(() => now.toISOString()),
          m(() => null),
        ]);
        if ((created.rowCount ?? 0) > 0) await client.query(`SELECT pg_notify($1, '')`, ['gs_mail_outbox']);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  const batcher = new Batcher<Item>(signBatching(input.pool), writeBatch, (item) => writeBatch([item]));

  const nextEmail = repeatingEmails(`s${input.runTag}`, input.repeatRatio);

  const signOnce = async (i: number) => {
    const { email } = nextEmail(i);
    const ip = `198.18.${(i >> 8) & 255}.${i & 255}`;
    const showName = i % 3 === 0;
    await batcher.submit({
      signatureId: uuidv7(),
      supporterNewId: uuidv7(),
      emailIndex: blind(email),
      emailEnc: encrypt(email),
      firstEnc: encrypt('Amal'),
      lastEnc: encrypt('Haddad'),
      postalEnc: encrypt('SW1A 1AA'),
      consent: i % 2 === 0,
      source: i % 4 === 0 ? 'newsletter' : 'social',
      showName,
      displayNameEnc: showName ? encrypt('Amal H.') : null,
      commentEnc: i % 5 === 0 ? encrypt('Workers deserve a say in what their labour builds.') : null,
      ipHash: ipHash(ip),
    });
  };

  const result = await runClosedLoop(input, signOnce);
  await pool.end();
  return result;
});
