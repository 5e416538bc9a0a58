/**
 * Child process of `npm run bench:sign`: the ceiling. The same database writes a signature makes
 * through the API (statement for statement, as PostgreSQL logs them for the sign path: supporter
 * upsert, consent row, signature insert ON CONFLICT DO NOTHING, outbox row and its NOTIFY, in one
 * transaction; the repeat path's reads and resend), issued directly through node-postgres with
 * the same pool size and the same number of concurrent clients, with no HTTP, validation, rate
 * limits, ORM or logging in between. The API's figure divided by this one says how much of the
 * machine the application layers cost.
 */
import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { uuidv7 } from '../src/common/ids.js';
import { childMain } from './lib/load.js';
import { summarize } from './lib/stats.js';

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

export interface SignCeilingOutput {
  ok: number;
  errors: number;
  errorSamples: string[];
  elapsedMs: number;
  perSecond: number;
  latency: ReturnType<typeof summarize>;
}

const SUPPORTER_INSERT = `INSERT INTO "public"."supporters" ("id","campaign_id","email_index","email_enc","first_name_enc","last_name_enc","phone_enc","postal_code_enc","country","locale","status","consent_updates","consent_digests","digest_frequency","source","utm_source","utm_medium","utm_campaign","utm_content","utm_term","referrer_host","tags","confirmed_at","confirmed_via","last_signup_at","created_at","updated_at")
VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,CAST($11::text AS "public"."SupporterStatus"),$12,$13,CAST($14::text AS "public"."DigestFrequency"),$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27) ON CONFLICT DO NOTHING RETURNING "public"."supporters"."id"`;
const SUPPORTER_SELECT = `SELECT id, status::text AS status, locale, unsubscribed_at, consent_updates, consent_digests, first_name_enc, last_name_enc,
       phone_enc, postal_code_enc, country, source, referrer_host, utm_source, utm_medium, utm_campaign, utm_content, utm_term, coalesce(tags, '{}') AS tags
  FROM supporters WHERE campaign_id = $1::uuid AND email_index = $2 FOR UPDATE`;
const SUPPORTER_TOUCH = `UPDATE supporters SET last_signup_at = $1, updated_at = $2 WHERE id = $3::uuid`;
const CONSENT_INSERT = `INSERT INTO "public"."supporter_consents" ("id","supporter_id","purpose","action","text_version","source","form_id","ip_hash","created_at")
VALUES ($1,$2,CAST($3::text AS "public"."ConsentPurpose"),CAST($4::text AS "public"."ConsentAction"),$5,$6,$7,$8,$9)`;
const SIGNATURE_INSERT = `INSERT INTO petition_signatures
  (id, petition_id, campaign_id, supporter_id, is_public, display_name, comment, locale, source, country, postal_prefix, email_domain, ip_hash, created_at)
SELECT $1::uuid, p.id, p.campaign_id, $2::uuid, $3, $4, $5, $6, $7, $8, $9, $10, $11, now()
  FROM petitions p
 WHERE p.id = $12::uuid AND p.status = 'open' AND p.archived_at IS NULL AND (p.closes_at IS NULL OR p.closes_at > now())
ON CONFLICT (petition_id, supporter_id) DO NOTHING
RETURNING id`;
const SIGNATURE_SELECT = `SELECT "id", "status"::text, "is_public" FROM "public"."petition_signatures" WHERE "petition_id" = $1 AND "supporter_id" = $2 LIMIT 1`;
const MAIL_INSERT = `INSERT INTO mail_messages (id, key, template, category, campaign_id, supporter_id, address_enc, address_index, locale, data,
                           state, priority, send_at, reason, finished_at, updated_at)
VALUES ($1::uuid, $2, $3, $4::"MailCategory", $5::uuid, $6::uuid, $7, $8, $9, $10::jsonb, $11::"MailState", $12, $13, $14, $15, now())
ON CONFLICT (key) DO NOTHING
RETURNING id`;

childMain<SignCeilingInput, SignCeilingOutput>(async (input) => {
  const encKey = Buffer.from(input.secrets.DATA_ENCRYPTION_KEY, 'base64');
  const keyId = createHash('sha256').update(encKey).digest('hex').slice(0, 8);
  const blindKey = Buffer.from(input.secrets.BLIND_INDEX_KEY, 'base64');
  const ipKey = Buffer.from(input.secrets.IP_HASH_KEY, 'base64');
  // The same work per value as PiiCipher (AES-256-GCM, HMAC blind index and IP hash).
  const encrypt = (plain: string) => {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', encKey, iv);
    const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return ['v1', keyId, iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  };
  const blind = (v: string) => createHmac('sha256', blindKey).update(v).digest('base64url');
  const ipHash = (v: string) => createHmac('sha256', ipKey).update(v).digest('base64url').slice(0, 22);

  const pool = new pg.Pool({ connectionString: input.databaseUrl, max: input.pool });
  const repeatEvery = input.repeatRatio > 0 ? Math.round(1 / input.repeatRatio) : 0;
  const fresh: string[] = [];
  let counter = 0;
  const start = performance.now();
  const measureFrom = start + input.warmupMs;
  const stopAt = measureFrom + input.durationMs;
  let lastAnswer = measureFrom;
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const errorSamples: string[] = [];

  const signOnce = async (i: number) => {
    let email: string;
    if (repeatEvery && i % repeatEvery === repeatEvery - 1 && fresh.length > 0) email = fresh[fresh.length - 1 - ((i * 7919) % Math.min(fresh.length, 2000))];
    else {
      email = `s${input.runTag}-${i}@bench.example.org`;
      fresh.push(email);
    }
    const ip = `198.18.${(i >> 8) & 255}.${i & 255}`;
    const showName = i % 3 === 0;
    const consent = i % 2 === 0;
    const now = new Date();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const emailIndex = blind(email);
      const inserted = await client.query(SUPPORTER_INSERT, [
        uuidv7(), input.campaignId, emailIndex, encrypt(email), encrypt('Amal'), encrypt('Haddad'), null, encrypt('SW1A 1AA'), 'GB', 'en', 'pending',
        consent, false, 'weekly', i % 4 === 0 ? 'newsletter' : 'social', null, null, null, null, null, null, [], null, null, now, now, now,
      ]);
      let supporterId: string;
      if (inserted.rows.length === 1) supporterId = inserted.rows[0].id;
      else {
        const existing = await client.query(SUPPORTER_SELECT, [input.campaignId, emailIndex]);
        supporterId = existing.rows[0].id;
        await client.query(SUPPORTER_TOUCH, [now, now, supporterId]);
      }
      if (consent) await client.query(CONSENT_INSERT, [uuidv7(), supporterId, 'updates', 'granted', 'bench-v1', 'form', `petition:${input.petitionId}`, ipHash(ip), now]);
      const signatureId = uuidv7();
      const sig = await client.query(SIGNATURE_INSERT, [
        signatureId, supporterId, showName, showName ? encrypt('Amal H.') : null, i % 5 === 0 ? encrypt('Workers deserve a say in what their labour builds.') : null,
        'en', i % 4 === 0 ? 'newsletter' : 'social', 'GB', 'SW1A', 'bench.example.org', ipHash(ip), input.petitionId,
      ]);
      const data = JSON.stringify({ signatureId, texts: { en: { title: 'End the contracts', target: 'The board' } }, listed: showName, validDays: 14, kind: 'first' });
      const mail = (key: string) => [uuidv7(), key, 'petitions.signature-confirmation', 'transactional', input.campaignId, supporterId, null, null, null, data, 'queued', 1, now, null, null];
      if (sig.rows.length === 1) {
        await client.query(MAIL_INSERT, mail(`signature-confirmation:${signatureId}`));
        await client.query(`SELECT pg_notify($1, '')`, ['gs_mail_outbox']);
      } else {
        const existing = await client.query(SIGNATURE_SELECT, [input.petitionId, supporterId]);
        if (existing.rows[0]?.status === 'pending') {
          await client.query(MAIL_INSERT, mail(`signature-confirmation:${existing.rows[0].id}:again:${Math.floor(Date.now() / 3_600_000)}`));
          await client.query(`SELECT pg_notify($1, '')`, ['gs_mail_outbox']);
        }
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };

  const worker = async () => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= stopAt) return;
      const i = counter++;
      let failed: unknown = null;
      await signOnce(i).catch((err: unknown) => (failed = err));
      const t1 = performance.now();
      if (t0 < measureFrom) continue;
      latencies.push(t1 - t0);
      if (failed) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(String(failed));
      } else ok++;
      lastAnswer = Math.max(lastAnswer, t1);
    }
  };
  await Promise.all(Array.from({ length: input.concurrency }, worker));
  await pool.end();
  const elapsedMs = lastAnswer - measureFrom;
  return { ok, errors, errorSamples, elapsedMs, perSecond: ok / (elapsedMs / 1000), latency: summarize(latencies) };
});
