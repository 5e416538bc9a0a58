/**
 * npm run bench:dashboard — how fast the dashboard answers on a large campaign.
 *
 * A scratch database gets one campaign (Europe/London) with 100,000 supporters, 500,000 signatures
 * over 90 days on five petitions and 50 broadcasts of 2,000 messages each, seeded in bulk with
 * SQL. The API runs as in production in its own process; a separate process requests the
 * overview (7d, 30d, all) and each time series one after another and reports p95 per endpoint
 * (target: under 50 ms).
 *
 * Nothing is pre-aggregated: every answer is computed from the domain tables by their indexes and
 * kept for DASHBOARD_CACHE_SECONDS in the API process, so keeping aggregates current costs the sign
 * path nothing (0 extra writes per signature). The first answer of each endpoint (computed, cache
 * cold) is printed beside the cached ones.
 *
 * Ceiling, measured in the same run: GET /campaigns/:id, the cheapest answer that passes the same
 * authentication and campaign check; each endpoint's p95 is printed as a ratio to its p95.
 *
 * Options: --requests N (20) --warmup N (2).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { PetitionsService } from '../src/modules/petitions/petitions.service.js';
import type { DashboardLoadInput, DashboardLoadOutput } from './dashboard-load.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { startServer } from './lib/server.js';
import { fmt, markdownTable } from './lib/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { requests: { type: 'string', default: '20' }, warmup: { type: 'string', default: '2' } },
});
const TARGET_MS = 50;

async function seed(databaseUrl: string, campaignId: string, petitionIds: string[]): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const t0 = Date.now();
  // Supporters signed up over 90 days; most confirmed, some unsubscribed, sources and referrers varied.
  await db.query(
    `INSERT INTO supporters (id, campaign_id, locale, status, created_at, confirmed_at, unsubscribed_at, source,
                             referrer_host, consent_updates, updated_at)
     SELECT gen_random_uuid(), $1, 'en', 'confirmed', at, at + interval '10 minutes',
            CASE WHEN i % 20 = 0 THEN at + interval '5 days' END,
            (ARRAY['newsletter','twitter','rally','partner','web'])[1 + i % 5],
            (ARRAY['news.example.org','social.example','blog.example.net', NULL])[1 + i % 4], true, now()
       FROM generate_series(1, 100000) AS i,
            LATERAL (SELECT now() - (random() * interval '90 days') AS at) t`,
    [campaignId],
  );
  // Five signatures per supporter, one on each petition, within a day of signing up.
  await db.query(
    `INSERT INTO petition_signatures (id, petition_id, campaign_id, supporter_id, locale, status, created_at, confirmed_at)
     SELECT gen_random_uuid(), p.id, $1, s.id, 'en',
            CASE WHEN random() < 0.8 THEN 'confirmed' ELSE 'pending' END::"SignatureStatus",
            least(now(), s.created_at + random() * interval '1 day'), least(now(), s.created_at + interval '1 day')
       FROM supporters s CROSS JOIN unnest($2::uuid[]) AS p(id)
      WHERE s.campaign_id = $1`,
    [campaignId, petitionIds],
  );
  await db.query(`UPDATE petition_signatures SET confirmed_at = NULL WHERE campaign_id = $1 AND status = 'pending'`, [
    campaignId,
  ]);
  // 50 broadcasts of 2,000 messages each.
  await db.query(
    `INSERT INTO mail_broadcasts (id, campaign_id, key, name, template, status, started_at, updated_at)
     SELECT gen_random_uuid(), $1, 'bench:' || b, 'Broadcast ' || b, 'broadcast', 'completed',
            now() - (b * interval '1 day' * 1.8), now()
       FROM generate_series(1, 50) AS b`,
    [campaignId],
  );
  await db.query(
    `INSERT INTO mail_messages (id, key, template, category, campaign_id, broadcast_id, state, sent_at, updated_at)
     SELECT gen_random_uuid(), b.key || ':' || i, 'broadcast', 'campaign', $1, b.id,
            (CASE WHEN i % 50 = 0 THEN 'failed' ELSE 'sent' END)::"MailState", b.started_at + i * interval '1 second', now()
       FROM mail_broadcasts b CROSS JOIN generate_series(1, 2000) AS i
      WHERE b.campaign_id = $1`,
    [campaignId],
  );
  await db.query('ANALYZE');
  console.log(`seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  await db.end();
}

async function main(): Promise<void> {
  const scratch = await createScratch('dashboard');
  console.log(describeMachine(await machineInfo(scratch.databaseUrl)));
  const env = {
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    ...scratch.secrets,
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const setup = await withServices(env, async (app) => {
      const password = 'bench-password-123456';
      const organizer = await app
        .get(AuthService)
        .createOrganizer({ email: 'bench@bench.example.org', name: 'Bench', password });
      const campaign = await app.get(CampaignsService).create(
        { organizerId: organizer.id },
        {
          slug: 'bench-campaign',
          name: 'Bench campaign',
          timeZone: 'Europe/London',
          defaultLocale: 'en',
        },
      );
      const petitionIds: string[] = [];
      for (let i = 0; i < 5; i++) {
        const p = await app.get(PetitionsService).create({ organizerId: organizer.id }, campaign.id, {
          slug: `bench-${i}`,
          title: `Petition ${i}`,
          body: 'We ask the company to **end its contracts**.',
          target: 'The board',
          status: 'open',
        });
        petitionIds.push(p.id);
      }
      return { campaignId: campaign.id, petitionIds, email: 'bench@bench.example.org', password };
    });
    await seed(scratch.databaseUrl, setup.campaignId, setup.petitionIds);
    // The overview's "all" period starts when the campaign was created: back-date it to the seed's start.
    const db = new pg.Client({ connectionString: scratch.databaseUrl });
    await db.connect();
    await db.query(`UPDATE campaigns SET created_at = now() - interval '91 days' WHERE id = $1`, [setup.campaignId]);
    await db.end();

    server = await startServer({
      role: 'api',
      env: { ...env, TRUST_PROXY: '127.0.0.1', MAIL_URL: 'smtp://127.0.0.1:2525', LOG_LEVEL: 'warn' },
    });
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: setup.email, password: setup.password }),
    });
    const { token } = (await login.json()) as { token: string };
    const base = `/campaigns/${setup.campaignId}/dashboard`;
    const ceilingPath = `/campaigns/${setup.campaignId}`;
    const paths = [
      ceilingPath,
      ...['7d', '30d', 'all'].map((p) => `${base}?period=${p}`),
      ...['signatures', 'signature-confirmations', 'signups', 'confirmations', 'unsubscribes', 'rsvps', 'emails'].map(
        (m) => `${base}/series/${m}?period=30d`,
      ),
      `${base}/series/signatures?period=all`,
      `${base}/series/signatures?period=7d&bucket=hour`,
    ];
    const result = await runChild<DashboardLoadOutput>(path.join(here, 'dashboard-load.js'), {
      url: server.url,
      token,
      paths,
      requests: Number(values.requests),
      warmup: Number(values.warmup),
    } satisfies DashboardLoadInput);
    const ceiling = result.find((r) => r.path === ceilingPath)!;
    console.log(
      `ceiling: GET /campaigns/:id p50 ${fmt.ms(ceiling.latency.p50)}, p95 ${fmt.ms(ceiling.latency.p95)} (authentication and campaign check, nothing computed)`,
    );
    const rows = result
      .filter((r) => r !== ceiling)
      .map((r) => [
        r.path.replace(base, '…/dashboard'),
        fmt.ms(r.coldMs),
        fmt.ms(r.latency.p50),
        fmt.ms(r.latency.p95),
        fmt.ms(r.latency.max),
        r.errors,
        r.latency.p95 <= TARGET_MS ? 'yes' : 'no',
        `${(r.latency.p95 / ceiling.latency.p95).toFixed(1)}×`,
      ]);
    console.log(
      markdownTable(
        ['endpoint', 'first (cold)', 'p50', 'p95', 'max', 'errors', `p95 ≤ ${TARGET_MS} ms`, 'p95 / ceiling p95'],
        rows,
      ),
    );
    console.log('aggregate upkeep on the sign path: none (no pre-aggregated tables; 0 extra writes per signature)');
  } finally {
    await server?.stop();
    await scratch.cleanup();
  }
}

await main();
