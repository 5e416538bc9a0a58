/**
 * npm run bench:sign — how many petition signatures per second the API takes on this machine.
 *
 * 1. A scratch database and Redis prefix; an organizer, a campaign and one open petition per run,
 *    made through the application's services.
 * 2. The API runs as production does (`node dist/src/main.js --role=api`, NODE_ENV=production,
 *    validation, rate limits and request logging on) in its own process. Synthetic clients are
 *    spread over many addresses through X-Forwarded-For with TRUST_PROXY set to the loopback
 *    proxy, so the per-IP limits stay on as configured.
 * 3. For each run, a separate load-generator process drives the public sign endpoint with many
 *    concurrent clients (about 20% repeat an address), then another process measures the ceiling:
 *    the same database writes issued directly through node-postgres at the same concurrency.
 * 4. Afterwards it checks that every accepted address is stored as exactly one signature with its
 *    confirmation message in the outbox, and prints medians of the runs next to the targets.
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
import { PetitionsService } from '../src/modules/petitions/petitions.service.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, loadAverage, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { startServer } from './lib/server.js';
import { fmt, markdownTable, median } from './lib/stats.js';
import type { SignCeilingInput, SignCeilingOutput } from './sign-ceiling.js';
import type { SignLoadInput, SignLoadOutput } from './sign-load.js';

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

const TARGET = { perSecond: 2000, p99Ms: 100, errors: 0, ratio: 0.5 };

async function main(): Promise<void> {
  const scratch = await createScratch('sign');
  const machine = await machineInfo(scratch.databaseUrl);
  console.log(`bench:sign on ${describeMachine(machine)}`);
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
    // Setup through the product's own services.
    const setup = await withServices(env, async (app) => {
      const organizer = await app
        .get(AuthService)
        .createOrganizer({ email: 'bench@bench.example.org', name: 'Bench', password: 'bench-password-123456' });
      const campaign = await app
        .get(CampaignsService)
        .create(
          { organizerId: organizer.id },
          { slug: 'bench-campaign', name: 'Bench campaign', timeZone: 'UTC', defaultLocale: 'en' },
        );
      const petitions = [];
      for (let r = 0; r < RUNS * 2; r++) {
        petitions.push(
          await app.get(PetitionsService).create({ organizerId: organizer.id }, campaign.id, {
            slug: `bench-${r}`,
            title: 'End the contracts',
            body: 'We ask the company to **end its contracts**.',
            target: 'The board',
            status: 'open',
            thresholds: [1000, 10000, 100000],
          }),
        );
      }
      return { campaignId: campaign.id, campaignSlug: campaign.slug, petitions };
    });

    server = await startServer({
      role: 'api',
      env: {
        ...env,
        TRUST_PROXY: '127.0.0.1',
        // The API role never sends mail; production config requires the setting all the same.
        MAIL_URL: 'smtp://127.0.0.1:2525',
        LOG_LEVEL: 'info',
      },
    });

    const rows: { api: SignLoadOutput; ceiling: SignCeilingOutput; cpuPerSignatureMs: number }[] = [];
    for (let r = 0; r < RUNS; r++) {
      const apiPetition = setup.petitions[r * 2];
      const ceilingPetition = setup.petitions[r * 2 + 1];
      const cpuBefore = server.cpuMs();
      const api = await runChild<SignLoadOutput>(path.join(here, 'sign-load.js'), {
        url: server.url,
        campaignSlug: setup.campaignSlug,
        petitionSlug: apiPetition.slug,
        concurrency: CONCURRENCY,
        durationMs: DURATION_MS,
        warmupMs: WARMUP_MS,
        runTag: `r${r}`,
        ipOffset: r * 60_000,
        repeatRatio: 0.2,
      } satisfies SignLoadInput);
      const apiCpuMs = server.cpuMs() - cpuBefore;
      const ceiling = await runChild<SignCeilingOutput>(path.join(here, 'sign-ceiling.js'), {
        databaseUrl: scratch.databaseUrl,
        secrets: scratch.secrets,
        campaignId: setup.campaignId,
        petitionId: ceilingPetition.id,
        concurrency: CONCURRENCY,
        pool: POOL,
        durationMs: DURATION_MS,
        warmupMs: WARMUP_MS,
        runTag: `c${r}`,
        repeatRatio: 0.2,
      } satisfies SignCeilingInput);
      rows.push({ api, ceiling, cpuPerSignatureMs: apiCpuMs / Math.max(1, api.acceptedEmails.length + api.repeats) });
      console.log(
        `run ${r + 1}: API ${fmt.int(api.perSecond)}/s (p50 ${fmt.ms(api.latency.p50)}, p99 ${fmt.ms(api.latency.p99)}, errors ${api.errors}) | ` +
          `API CPU ${rows[rows.length - 1].cpuPerSignatureMs.toFixed(2)} ms/request | ceiling ${fmt.int(ceiling.perSecond)}/s (p99 ${fmt.ms(ceiling.latency.p99)}) | ratio ${fmt.pct(api.perSecond / ceiling.perSecond)}`,
      );
      if (api.errorSamples.length > 0) console.log(`  error samples: ${api.errorSamples.join(' | ')}`);
    }
    const peakRss = server.peakRss();
    await server.stop();
    server = undefined;

    // Every accepted address: exactly one signature, with its confirmation message in the outbox.
    const check = await verify(
      scratch.databaseUrl,
      scratch.secrets.BLIND_INDEX_KEY,
      setup.campaignId,
      rows.map((row, r) => ({ petitionId: setup.petitions[r * 2].id, emails: row.api.acceptedEmails })),
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
    const pass = (ok: boolean) => (ok ? 'yes' : 'NO');
    console.log(`\nMedians of the runs (load average at the end: ${loadAverage()})`);
    console.log(
      markdownTable(
        ['measure', 'result', 'target', 'met'],
        [
          ['machine', `${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}`, '', ''],
          [
            'sustained signatures/s (API)',
            fmt.int(med.perSecond),
            `>= ${fmt.int(TARGET.perSecond)}`,
            pass(med.perSecond >= TARGET.perSecond),
          ],
          ['latency p50', fmt.ms(med.p50), '', ''],
          ['latency p99', fmt.ms(med.p99), `<= ${TARGET.p99Ms} ms`, pass(med.p99 <= TARGET.p99Ms)],
          ['errors (all runs)', String(med.errors), '0', pass(med.errors === 0)],
          ['API peak RSS', fmt.mib(peakRss), '', ''],
          ['API CPU per request (user + system)', fmt.ms(median(rows.map((x) => x.cpuPerSignatureMs))), '', ''],
          [
            'ceiling: node-postgres, same writes, same concurrency',
            `${fmt.int(med.ceiling)}/s (p99 ${fmt.ms(med.ceilingP99)})`,
            '',
            '',
          ],
          ['API / ceiling', fmt.pct(med.ratio), `>= ${fmt.pct(TARGET.ratio)}`, pass(med.ratio >= TARGET.ratio)],
          [
            'repeat submissions answered identically',
            `${rows.reduce((s, x) => s + x.api.repeats, 0)} repeats, ${rows.reduce((s, x) => s + x.api.bodiesDiffer, 0)} differing bodies`,
            '0 differing',
            pass(rows.every((x) => x.api.bodiesDiffer === 0)),
          ],
          ['stored exactly once with confirmation in outbox', check.summary, 'all', pass(check.ok)],
        ],
      ),
    );
    if (!check.ok) process.exitCode = 1;
  } finally {
    await server?.stop();
    await scratch.cleanup();
  }
}

async function verify(
  databaseUrl: string,
  blindKey: string,
  campaignId: string,
  runs: { petitionId: string; emails: string[] }[],
) {
  const key = Buffer.from(blindKey, 'base64');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let accepted = 0;
    let stored = 0;
    let withMail = 0;
    let extra = 0;
    for (const run of runs) {
      const indexes = run.emails.map((e) =>
        createHmac('sha256', key).update(e.normalize('NFC').trim().toLowerCase()).digest('base64url'),
      );
      accepted += indexes.length;
      const { rows } = await client.query<{ signatures: number; mailed: number }>(
        `SELECT count(s.id)::int AS signatures,
                count(m.id)::int AS mailed
           FROM unnest($3::text[]) AS e(email_index)
           JOIN supporters sp ON sp.campaign_id = $1 AND sp.email_index = e.email_index
           JOIN petition_signatures s ON s.petition_id = $2 AND s.supporter_id = sp.id
           LEFT JOIN mail_messages m ON m.key = 'signature-confirmation:' || s.id::text`,
        [campaignId, run.petitionId, indexes],
      );
      stored += rows[0].signatures;
      withMail += rows[0].mailed;
      const total = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM petition_signatures WHERE petition_id = $1',
        [run.petitionId],
      );
      extra += total.rows[0].n - rows[0].signatures;
    }
    const ok = stored === accepted && withMail === accepted && extra === 0;
    return {
      ok,
      summary: `${fmt.int(accepted)} accepted addresses -> ${fmt.int(stored)} signatures, ${fmt.int(withMail)} confirmation messages, ${extra} unexpected rows`,
    };
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
