/**
 * Child process of `npm run bench:digest`: the ceiling. The database work of one scheduler pass,
 * statement for statement, issued directly through node-postgres with no Nest, Prisma, period
 * arithmetic, content selection or template data building in between: per page of supporters, the
 * keyset read of the page and of their digest states, then in one transaction the durable records
 * (ON CONFLICT DO NOTHING), the state gate (row locks + conditional update) and the outbox rows with
 * a real digest's payload. Into copies of the tables (same columns and indexes), so the real ones
 * are untouched. The pass's time divided into this one says what the application layers cost.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { uuidv7 } from '../src/common/ids.js';
import { childMain } from './lib/load.js';

export interface DigestCeilingInput {
  databaseUrl: string;
  campaignId: string;
  pageSize: number;
  at: string;
  periodKey: string;
  dueAt: string;
  /** A real digest's template data (the JSON stored on each outbox row). */
  sample: unknown;
}

export interface DigestCeilingOutput {
  rows: number;
  elapsedMs: number;
}

childMain<DigestCeilingInput, DigestCeilingOutput>(async (input) => {
  const db = new pg.Client({ connectionString: input.databaseUrl });
  await db.connect();
  try {
    await db.query(`DROP TABLE IF EXISTS ceiling_digests, ceiling_digest_states, ceiling_mail_messages`);
    await db.query(`CREATE TABLE ceiling_digests (LIKE digests INCLUDING DEFAULTS INCLUDING INDEXES)`);
    await db.query(`CREATE TABLE ceiling_digest_states (LIKE digest_states INCLUDING DEFAULTS INCLUDING INDEXES)`);
    await db.query(`CREATE TABLE ceiling_mail_messages (LIKE mail_messages INCLUDING DEFAULTS INCLUDING INDEXES)`);
    const data = JSON.stringify(input.sample);
    const runId = uuidv7();
    let after: string | null = null;
    let rows = 0;
    const t0 = performance.now();
    for (;;) {
      const page: pg.QueryResult<{ id: string }> = await db.query<{ id: string }>(
        `SELECT id, locale, digest_frequency, digest_hour, time_zone, country, postal_code_enc, confirmed_at, updated_at FROM supporters
          WHERE campaign_id = $1 AND status = 'confirmed' AND consent_digests AND unsubscribed_at IS NULL AND undeliverable IS NULL AND ($2::uuid IS NULL OR id > $2)
          ORDER BY id LIMIT $3`,
        [input.campaignId, after, input.pageSize],
      );
      if (page.rows.length === 0) break;
      const ids: string[] = page.rows.map((r) => r.id);
      after = ids[ids.length - 1];
      await db.query(
        `SELECT supporter_id, schedule, schedule_since, last_digest_at, last_period_key FROM ceiling_digest_states WHERE supporter_id = ANY($1::uuid[])`,
        [ids],
      );
      await db.query(
        `INSERT INTO ceiling_digest_states (supporter_id, campaign_id, schedule, schedule_since, updated_at)
         SELECT u, $2::uuid, 'weekly|1|08|Europe/London', now() - interval '30 days', now() FROM unnest($1::uuid[]) AS u ORDER BY u ON CONFLICT DO NOTHING`,
        [ids, input.campaignId],
      );
      await db.query('BEGIN');
      const digestIds = ids.map(() => uuidv7());
      await db.query(
        `INSERT INTO ceiling_digests (id, campaign_id, supporter_id, run_id, kind, period_key, due_at, since, cutoff, status, mail_key, statements, milestones, events, petitions, created_at)
         SELECT u.id, $3::uuid, u.sid, $4::uuid, 'weekly', $5, $6, $7::timestamptz - interval '7 days', $7, 'queued', 'digest:' || u.sid || ':' || $5, 3, 2, 5, 2, now()
           FROM unnest($1::uuid[], $2::uuid[]) AS u(id, sid) ORDER BY u.sid
         ON CONFLICT (supporter_id, period_key) DO NOTHING RETURNING supporter_id`,
        [digestIds, ids, input.campaignId, runId, input.periodKey, input.dueAt, input.at],
      );
      await db.query(
        `SELECT supporter_id FROM ceiling_digest_states WHERE supporter_id = ANY($1::uuid[]) ORDER BY supporter_id FOR UPDATE`,
        [ids],
      );
      await db.query(
        `UPDATE ceiling_digest_states d SET last_period_key = $2, last_due_at = $3, last_digest_at = $4, updated_at = now()
           FROM unnest($1::uuid[]) AS u(sid) WHERE d.supporter_id = u.sid AND (d.last_digest_at IS NULL OR d.last_digest_at < $3) RETURNING d.supporter_id`,
        [ids, input.periodKey, input.dueAt, input.at],
      );
      await db.query(
        `INSERT INTO ceiling_mail_messages (id, key, template, category, campaign_id, supporter_id, locale, data, state, priority, send_at, updated_at)
         SELECT u.id, 'digest:' || u.sid || ':' || $4, 'digests.digest', 'campaign', $3::uuid, u.sid, 'en', $5::jsonb, 'queued', 5, now(), now()
           FROM unnest($1::uuid[], $2::uuid[]) AS u(id, sid)
         ON CONFLICT (key) DO NOTHING`,
        [ids.map(() => uuidv7()), ids, input.campaignId, input.periodKey, data],
      );
      await db.query(`SELECT pg_notify('gs_ceiling', '')`);
      await db.query('COMMIT');
      rows += ids.length;
      if (ids.length < input.pageSize) break;
    }
    const elapsedMs = performance.now() - t0;
    await db.query(`DROP TABLE IF EXISTS ceiling_digests, ceiling_digest_states, ceiling_mail_messages`);
    return { rows, elapsedMs };
  } finally {
    await db.end();
  }
});
