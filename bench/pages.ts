/**
 * npm run bench:pages — the public pages under concurrent load, against the same server's /health
 * in the same run (the ceiling: the cheapest route, through the same middleware), and the sign
 * flow through the HTML form (form post, 303 to the thank-you page).
 *
 * The API runs as production does (`dist/src/main.js --role=api`, NODE_ENV=production, rate limits
 * and logging on) in its own process; each measurement is a separate load-generator process whose
 * clients come from many addresses (X-Forwarded-For, TRUST_PROXY=127.0.0.1). Pages are rendered on
 * every request (no If-None-Match is sent). Target: the petition page at least 60% of /health's
 * rate, p99 under 100 ms.
 *
 * Options: --runs N (3) --duration S (10) --warmup S (2) --concurrency C (32).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { PetitionsService } from '../src/modules/petitions/petitions.service.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { startServer } from './lib/server.js';
import { fmt, markdownTable, median } from './lib/stats.js';
import type { PagesLoadInput, PagesLoadOutput } from './pages-load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '32' },
  },
});
const RUNS = Number(values.runs);
const DURATION_MS = Number(values.duration) * 1000;
const WARMUP_MS = Number(values.warmup) * 1000;
const CONCURRENCY = Number(values.concurrency);

async function main(): Promise<void> {
  const scratch = await createScratch('pages');
  const machine = await machineInfo(scratch.databaseUrl);
  console.log(`bench:pages on ${describeMachine(machine)}`);
  console.log(
    `${RUNS} runs x ${DURATION_MS / 1000} s measured (+${WARMUP_MS / 1000} s warm-up), ${CONCURRENCY} clients\n`,
  );
  const env = {
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    ...scratch.secrets,
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const fixture = await withServices(env, async (app) => {
      const organizer = await app
        .get(AuthService)
        .createOrganizer({ email: 'bench@bench.example.org', name: 'Bench', password: 'bench-password-123456' });
      const actor = { organizerId: organizer.id };
      const campaign = await app.get(CampaignsService).create(actor, {
        slug: 'bench-pages',
        name: 'Bench pages',
        summary: 'A campaign for the page benchmark.',
        timeZone: 'UTC',
        defaultLocale: 'en',
      });
      const petition = await app.get(PetitionsService).create(actor, campaign.id, {
        slug: 'end-the-contracts',
        title: 'End the contracts',
        body: 'We, the undersigned, ask **the board** to end the contracts.\n\n'.repeat(5),
        target: 'The Board',
        status: 'open',
        thresholds: [1000, 10000],
      } as never);
      return { campaign: campaign.slug, petition: petition.slug };
    });
    server = await startServer({
      role: 'api',
      env: { ...env, TRUST_PROXY: '127.0.0.1', MAIL_URL: 'smtp://127.0.0.1:2525', LOG_LEVEL: 'info' },
    });
    const targets: { name: string; kind: PagesLoadInput['kind']; path: string }[] = [
      { name: '/health (ceiling)', kind: 'get', path: '/health' },
      { name: 'petition page', kind: 'get', path: `/c/${fixture.campaign}/petitions/${fixture.petition}` },
      { name: 'campaign home', kind: 'get', path: `/c/${fixture.campaign}` },
      {
        name: 'sign (HTML form, 303)',
        kind: 'sign',
        path: `/public/campaigns/${fixture.campaign}/petitions/${fixture.petition}/signatures`,
      },
    ];
    const results = new Map<string, PagesLoadOutput[]>(targets.map((t) => [t.name, []]));
    let ipOffset = 0;
    for (let r = 0; r < RUNS; r++) {
      const line: string[] = [];
      for (const target of targets) {
        ipOffset += 100_000;
        const out = await runChild<PagesLoadOutput>(path.join(here, 'pages-load.js'), {
          url: server.url,
          kind: target.kind,
          path: target.path,
          concurrency: CONCURRENCY,
          durationMs: DURATION_MS,
          warmupMs: WARMUP_MS,
          ipOffset,
        } satisfies PagesLoadInput);
        results.get(target.name)!.push(out);
        line.push(`${target.name} ${fmt.int(out.perSecond)}/s p99 ${fmt.ms(out.latency.p99)} errors ${out.errors}`);
        if (out.errorSamples.length && out.errors)
          console.log(`  samples: ${out.errorSamples.slice(0, 2).join(' | ')}`);
      }
      console.log(`run ${r + 1}: ${line.join(' | ')}`);
    }
    await server.stop();
    server = undefined;
    const ceiling = median(results.get('/health (ceiling)')!.map((x) => x.perSecond));
    const rows = targets.map((t) => {
      const xs = results.get(t.name)!;
      const rate = median(xs.map((x) => x.perSecond));
      return [
        t.name,
        fmt.int(rate),
        fmt.ms(median(xs.map((x) => x.latency.p50))),
        fmt.ms(median(xs.map((x) => x.latency.p99))),
        xs.reduce((s, x) => s + x.errors, 0),
        fmt.pct(rate / ceiling),
      ];
    });
    console.log(`\n${markdownTable(['route', 'req/s', 'p50', 'p99', 'errors', 'of /health'], rows)}`);
    console.log('\nTargets: petition page >= 60% of /health, p99 < 100 ms.');
  } finally {
    await server?.stop();
    await scratch.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
