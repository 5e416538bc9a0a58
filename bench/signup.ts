/**
 * npm run bench:signup — how many supporter signups per second the API takes on this machine, and
 * at what p99 latency, with the same harness as `npm run bench:sign` (bench/lib).
 *
 * 1. A scratch database and Redis prefix; an organizer and two campaigns per run (one for the API,
 *    one for the ceiling), made through the application's services.
 * 2. The API runs as production does (`node dist/src/main.js --role=api`, NODE_ENV=production,
 *    validation, rate limits per IP and per email, honeypot and logging on) in its own process.
 *    Synthetic clients are spread over many addresses through X-Forwarded-For with TRUST_PROXY set
 *    to the loopback proxy, so the per-IP limits stay on as configured.
 * 3. For each run, a separate load-generator process posts signups with many concurrent clients
 *    (about 20% repeat an earlier address in another letter case), then another process measures
 *    the ceiling: the same database writes issued directly through node-postgres.
 * 4. Afterwards it checks that every accepted address is exactly one supporter with its consent
 *    log and a confirmation message in the outbox, that repeat answers were identical to first-time
 *    ones, and prints medians of the runs.
 *
 * Options: --runs N (3) --duration S (15) --warmup S (3) --concurrency C (64) --pool P (DATABASE_POOL_SIZE, 10).
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, loadAverage, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { startServer } from './lib/server.js';
import { fmt, markdownTable, median } from './lib/stats.js';
import type { SignupCeilingInput, SignupCeilingOutput } from './signup-ceiling.js';
import type { SignupLoadInput, SignupLoadOutput } from './signup-load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '64' },
    pool: { type: 'string', default: process.env.DATABASE_POOL_SIZE ?? '10' },
  },
});
const RUNS = Number(values.runs);
const DURATION_MS = Number(values.duration) * 1000;
const WARMUP_MS = Number(values.warmup) * 1000;
const CONCURRENCY = Number(values.concurrency);
const POOL = Number(values.pool);

async function main(): Promise<void> {
  const scratch = await createScratch('signup');
  const machine = await machineInfo(scratch.databaseUrl);
  console.log(`bench:signup on ${describeMachine(machine)}`);
  console.log(
    `${RUNS} runs x ${DURATION_MS / 1000} s measured (+${WARMUP_MS / 1000} s warm-up), ${CONCURRENCY} concurrent clients, pool ${POOL} connections\n`,
  );

  const env = {
    DATABASE_URL: scratch.databaseUrl,
    DATABASE_POOL_SIZE: String(POOL),
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    ...scratch.secrets,
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const campaigns = await withServices(env, async (app) => {
      const organizer = await app
        .get(AuthService)
        .createOrganizer({ email: 'bench@bench.example.org', name: 'Bench', password: 'bench-password-123456' });
      const made: { id: string; slug: string }[] = [];
      for (let r = 0; r < RUNS * 2; r++) {
        made.push(
          await app
            .get(CampaignsService)
            .create(
              { organizerId: organizer.id },
              { slug: `bench-signup-${r}`, name: `Bench ${r}`, timeZone: 'UTC', defaultLocale: 'en' },
            ),
        );
      }
      return made;
    });

    server = await startServer({
      role: 'api',
      env: { ...env, TRUST_PROXY: '127.0.0.1', MAIL_URL: 'smtp://127.0.0.1:2525', LOG_LEVEL: 'info' },
    });

    const rows: { api: SignupLoadOutput; ceiling: SignupCeilingOutput; cpuPerRequestMs: number }[] = [];
    for (let r = 0; r < RUNS; r++) {
      const cpuBefore = server.cpuMs();
      const api = await runChild<SignupLoadOutput>(path.join(here, 'signup-load.js'), {
        url: server.url,
        campaignSlug: campaigns[r * 2].slug,
        concurrency: CONCURRENCY,
        durationMs: DURATION_MS,
        warmupMs: WARMUP_MS,
        runTag: `r${r}`,
        ipOffset: r * 60_000,
        repeatRatio: 0.2,
      } satisfies SignupLoadInput);
      const cpuPerRequestMs = (server.cpuMs() - cpuBefore) / Math.max(1, api.acceptedEmails.length + api.repeats);
      const ceiling = await runChild<SignupCeilingOutput>(path.join(here, 'signup-ceiling.js'), {
        databaseUrl: scratch.databaseUrl,
        secrets: scratch.secrets,
        campaignSlug: campaigns[r * 2 + 1].slug,
        concurrency: CONCURRENCY,
        pool: POOL,
        durationMs: DURATION_MS,
        warmupMs: WARMUP_MS,
        runTag: `c${r}`,
        repeatRatio: 0.2,
      } satisfies SignupCeilingInput);
      rows.push({ api, ceiling, cpuPerRequestMs });
      console.log(
        `run ${r + 1}: API ${fmt.int(api.perSecond)}/s (p50 ${fmt.ms(api.latency.p50)}, p99 ${fmt.ms(api.latency.p99)}, errors ${api.errors}; ` +
          `p50 new ${fmt.ms(api.firstTimeP50)} vs repeat ${fmt.ms(api.repeatP50)}) | API CPU ${cpuPerRequestMs.toFixed(2)} ms/request | ` +
          `ceiling ${fmt.int(ceiling.perSecond)}/s (p99 ${fmt.ms(ceiling.latency.p99)}) | ratio ${fmt.pct(api.perSecond / ceiling.perSecond)}`,
      );
      if (api.errorSamples.length > 0) console.log(`  error samples: ${api.errorSamples.join(' | ')}`);
      if (ceiling.errorSamples.length > 0) console.log(`  ceiling error samples: ${ceiling.errorSamples.join(' | ')}`);
    }
    const peakRss = server.peakRss();
    await server.stop();
    server = undefined;

    const check = await verify(
      scratch.databaseUrl,
      scratch.secrets.BLIND_INDEX_KEY,
      rows.map((row, r) => ({ campaignId: campaigns[r * 2].id, emails: row.api.acceptedEmails })),
    );
    const med = {
      perSecond: median(rows.map((x) => x.api.perSecond)),
      p50: median(rows.map((x) => x.api.latency.p50)),
      p99: median(rows.map((x) => x.api.latency.p99)),
      errors: rows.reduce((s, x) => s + x.api.errors, 0),
      ceiling: median(rows.map((x) => x.ceiling.perSecond)),
      ceilingP99: median(rows.map((x) => x.ceiling.latency.p99)),
      ratio: median(rows.map((x) => x.api.perSecond / x.ceiling.perSecond)),
    };
    console.log(`\nMedians of the runs (load average at the end: ${loadAverage()})`);
    console.log(
      markdownTable(
        ['measure', 'result'],
        [
          ['machine', `${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}`],
          ['signups per second (API, sustained)', fmt.int(med.perSecond)],
          ['latency p50', fmt.ms(med.p50)],
          ['latency p99', fmt.ms(med.p99)],
          [
            'p50 new signup vs repeat of a known address',
            `${fmt.ms(median(rows.map((x) => x.api.firstTimeP50)))} vs ${fmt.ms(median(rows.map((x) => x.api.repeatP50)))}`,
          ],
          ['errors (all runs)', String(med.errors)],
          ['API peak RSS', fmt.mib(peakRss)],
          ['API CPU per request (user + system)', fmt.ms(median(rows.map((x) => x.cpuPerRequestMs)))],
          [
            'ceiling: node-postgres, same writes, same concurrency',
            `${fmt.int(med.ceiling)}/s (p99 ${fmt.ms(med.ceilingP99)})`,
          ],
          ['API / ceiling', fmt.pct(med.ratio)],
          [
            'repeat signups answered identically',
            `${rows.reduce((s, x) => s + x.api.repeats, 0)} repeats, ${rows.reduce((s, x) => s + x.api.bodiesDiffer, 0)} differing bodies`,
          ],
          ['each accepted address stored once, consent logged, confirmation queued', check.summary],
        ],
      ),
    );
    if (!check.ok || rows.some((x) => x.api.bodiesDiffer > 0)) process.exitCode = 1;
  } finally {
    await server?.stop();
    await scratch.cleanup();
  }
}

async function verify(databaseUrl: string, blindKey: string, runs: { campaignId: string; emails: string[] }[]) {
  const key = Buffer.from(blindKey, 'base64');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let accepted = 0;
    let stored = 0;
    let consented = 0;
    let mailed = 0;
    let extra = 0;
    for (const run of runs) {
      const indexes = run.emails.map((e) =>
        createHmac('sha256', key).update(e.normalize('NFC').trim().toLowerCase()).digest('base64url'),
      );
      accepted += indexes.length;
      const { rows } = await client.query<{ supporters: number; consented: number; mailed: number }>(
        `SELECT count(*)::int AS supporters,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM supporter_consents c WHERE c.supporter_id = sp.id AND c.action = 'granted' AND c.text_version = 'bench-v1'))::int AS consented,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mail_messages m WHERE m.supporter_id = sp.id AND m.template = 'supporters.confirm'))::int AS mailed
           FROM unnest($2::text[]) AS e(email_index)
           JOIN supporters sp ON sp.campaign_id = $1 AND sp.email_index = e.email_index`,
        [run.campaignId, indexes],
      );
      stored += rows[0].supporters;
      consented += rows[0].consented;
      mailed += rows[0].mailed;
      const total = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM supporters WHERE campaign_id = $1',
        [run.campaignId],
      );
      extra += total.rows[0].n - rows[0].supporters;
    }
    const ok = stored === accepted && consented === accepted && mailed === accepted && extra === 0;
    return {
      ok,
      summary: `${fmt.int(accepted)} accepted addresses -> ${fmt.int(stored)} supporters, ${fmt.int(consented)} with consent logged, ${fmt.int(mailed)} with a confirmation queued, ${extra} unexpected rows`,
    };
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
