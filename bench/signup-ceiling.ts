/**
 * Child process of `npm run bench:signup`: the ceiling. The same database work a signup does
 * through the API (campaign lookup; then in one transaction the supporter insert ON CONFLICT DO
 * NOTHING, the consent rows, the confirmation message in the outbox and its NOTIFY; a repeat
 * reads and touches the supporter instead), issued directly through node-postgres with the same
 * pool size and concurrency, with no HTTP, validation, rate limits, ORM or logging in between,
 * and the same encryption and keyed hashing per value as PiiCipherService.
 */
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { uuidv7 } from '../src/common/ids.js';
import { benchCrypto, type ClosedLoopResult, repeatingEmails, runClosedLoop } from './lib/ceiling.js';
import { childMain } from './lib/load.js';

export interface SignupCeilingInput {
  databaseUrl: string;
  secrets: Record<string, string>;
  campaignSlug: string;
  concurrency: number;
  pool: number;
  durationMs: number;
  warmupMs: number;
  runTag: string;
  repeatRatio: number;
}

export type SignupCeilingOutput = ClosedLoopResult;

const CAMPAIGN_SELECT = `SELECT "id", "default_locale", "status"::text FROM "public"."campaigns" WHERE "slug" = $1 LIMIT 1`;
const SUPPORTER_INSERT = `INSERT INTO "public"."supporters" ("id","campaign_id","email_index","email_enc","first_name_enc","last_name_enc","phone_enc","postal_code_enc","country","locale","status","consent_updates","consent_digests","source","referrer_host","utm_source","tags","last_signup_at","created_at","updated_at")
VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,CAST($11::text AS "public"."SupporterStatus"),$12,$13,$14,$15,$16,$17,$18,$19,$20) ON CONFLICT DO NOTHING RETURNING "id"`;
const SUPPORTER_SELECT = `SELECT * FROM "public"."supporters" WHERE "campaign_id" = $1 AND "email_index" = $2 LIMIT 1`;
const SUPPORTER_TOUCH = `UPDATE "public"."supporters" SET "last_signup_at" = $1, "updated_at" = $2 WHERE "id" = $3 RETURNING *`;
const CONSENT_INSERT = `INSERT INTO "public"."supporter_consents" ("id","supporter_id","purpose","action","text_version","source","form_id","ip_hash","created_at")
VALUES ($1,$2,CAST($3::text AS "public"."ConsentPurpose"),CAST($4::text AS "public"."ConsentAction"),$5,$6,$7,$8,$9)`;
const MAIL_INSERT = `INSERT INTO mail_messages (id, key, template, category, campaign_id, supporter_id, address_enc, address_index, locale, data,
                           state, priority, send_at, reason, finished_at, updated_at)
VALUES ($1::uuid, $2, $3, $4::"MailCategory", $5::uuid, $6::uuid, $7, $8, $9, $10::jsonb, $11::"MailState", $12, $13, $14, $15, now())
ON CONFLICT (key) DO NOTHING
RETURNING id`;

childMain<SignupCeilingInput, SignupCeilingOutput>(async (input) => {
  const { encrypt, blind, ipHash } = benchCrypto(input.secrets);
  const tokenKey = input.secrets.TOKEN_SECRET;
  const sign = (subject: string) => {
    const payload = Buffer.from(
      JSON.stringify(['confirm', subject, Math.floor(Date.now() / 1000) + 14 * 86400]),
    ).toString('base64url');
    return `${payload}.${createHmac('sha256', tokenKey).update(payload).digest('base64url')}`;
  };

  const pool = new pg.Pool({ connectionString: input.databaseUrl, max: input.pool });
  const nextEmail = repeatingEmails(`u${input.runTag}`, input.repeatRatio);

  const signupOnce = async (i: number) => {
    const { email } = nextEmail(i);
    const ip = `198.18.${(i >> 8) & 255}.${i & 255}`;
    const digests = i % 3 === 0;
    const now = new Date();
    const campaign = (await pool.query(CAMPAIGN_SELECT, [input.campaignSlug])).rows[0];
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const emailIndex = blind(email.normalize('NFC').trim().toLowerCase());
      const inserted = await client.query(SUPPORTER_INSERT, [
        uuidv7(),
        campaign.id,
        emailIndex,
        encrypt(email),
        encrypt('Amal'),
        encrypt('Haddad'),
        null,
        encrypt('SW1A 1AA'),
        'GB',
        i % 7 === 0 ? 'ar' : 'en',
        'pending',
        true,
        digests,
        i % 4 === 0 ? 'newsletter' : 'social',
        'news.example.org',
        'bench',
        [],
        now,
        now,
        now,
      ]);
      let supporterId: string;
      let pending = true;
      if (inserted.rows.length === 1) supporterId = inserted.rows[0].id;
      else {
        const existing = await client.query(SUPPORTER_SELECT, [campaign.id, emailIndex]);
        supporterId = existing.rows[0].id;
        pending = existing.rows[0].status === 'pending';
        await client.query(SUPPORTER_TOUCH, [now, now, supporterId]);
      }
      for (const purpose of digests ? ['updates', 'digests'] : ['updates']) {
        await client.query(CONSENT_INSERT, [
          uuidv7(),
          supporterId,
          purpose,
          'granted',
          'bench-v1',
          'form',
          'signup:footer',
          ipHash(ip),
          now,
        ]);
      }
      if (pending) {
        const data = JSON.stringify({
          confirmUrl: `http://localhost:3000/public/confirm?token=${sign(supporterId)}`,
          validDays: 14,
        });
        await client.query(MAIL_INSERT, [
          uuidv7(),
          `supporter-confirm:${supporterId}:${uuidv7()}`,
          'supporters.confirm',
          'transactional',
          campaign.id,
          supporterId,
          null,
          null,
          null,
          data,
          'queued',
          1,
          now,
          null,
          null,
        ]);
        await client.query(`SELECT pg_notify($1, '')`, ['gs_mail_outbox']);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };

  const result = await runClosedLoop(input, signupOnce);
  await pool.end();
  return result;
});
