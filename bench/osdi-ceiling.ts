/**
 * The ceiling of bench:osdi: the same rows in the same keyset pages (modified order, filtered on
 * modified date), read straight through node-postgres with no decryption, HTTP or JSON.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { childMain } from './lib/load.js';

export interface OsdiCeilingInput {
  databaseUrl: string;
  campaignId: string;
  since: string;
  perPage: number;
}
export interface OsdiCeilingOutput {
  rows: number;
  seconds: number;
  perSecond: number;
}

childMain<OsdiCeilingInput, OsdiCeilingOutput>(async (input) => {
  const db = new pg.Client({ connectionString: input.databaseUrl });
  await db.connect();
  try {
    const started = performance.now();
    let rows = 0;
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const res: pg.QueryResult<{ id: string; updated_at: Date }> = after
        ? await db.query(
            `SELECT * FROM supporters WHERE campaign_id = $1 AND updated_at > $2 AND (updated_at, id) > ($3, $4)
              ORDER BY updated_at, id LIMIT $5`,
            [input.campaignId, input.since, after.at, after.id, input.perPage],
          )
        : await db.query(
            `SELECT * FROM supporters WHERE campaign_id = $1 AND updated_at > $2 ORDER BY updated_at, id LIMIT $3`,
            [input.campaignId, input.since, input.perPage],
          );
      rows += res.rows.length;
      if (res.rows.length < input.perPage) break;
      const last = res.rows[res.rows.length - 1];
      after = { at: last.updated_at, id: last.id };
    }
    const seconds = (performance.now() - started) / 1000;
    return { rows, seconds, perSecond: rows / seconds };
  } finally {
    await db.end();
  }
});
