/**
 * npm run bench:broadcast — a broadcast to 100,000 confirmed subscribers, end to end.
 *
 * 1. A scratch database and Redis prefix; an organizer, a campaign and N confirmed supporters who
 *    consented to updates, created through the supporters service (SupporterUpsertService.upsert,
 *    the path a confirmed signup or an import takes), a few transactions in parallel.
 * 2. A local SMTP sink in its own process (bench/broadcast-sink.ts) that counts every accepted
 *    message per recipient.
 * 3. The ceiling, in a separate process: nodemailer's pooled send rate to the same sink, same pool
 *    size and concurrency, same rendered message.
 * 4. The worker as production runs it (`node dist/src/main.js --role=worker`, NODE_ENV=production)
 *    in its own process. The broadcast is created and started through BroadcastsService from this
 *    (orchestrator) process; the clock runs from the start call to the last message the sink accepted.
 * 5. Checks that every subscriber got exactly one message and every row is recorded sent; prints
 *    the time, messages/s, the ratio to the ceiling and the worker's peak RSS (VmHWM) by the targets.
 *
 * Options: --recipients N (100000) --rate R (MAIL_RATE_PER_SECOND, 5000) --concurrency C (200)
 *          --pool P (MAIL_POOL_SIZE, 10) --workers W (1) --runs K (1) --ceiling N (20000 messages)
 * With several workers the ceiling gets the same total pool and concurrency, and the RSS figure is
 * the largest worker's.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { PrismaService } from '../src/infra/prisma/prisma.service.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { BroadcastsService } from '../src/modules/mail/broadcasts.service.js';
import { MailPreviewService } from '../src/modules/mail/mail-preview.service.js';
import { SupporterUpsertService } from '../src/modules/supporters/supporter-upsert.service.js';
import type { BroadcastCeilingInput, BroadcastCeilingOutput } from './broadcast-ceiling.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { startServer } from './lib/server.js';
import { fmt, markdownTable, median } from './lib/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    recipients: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '200' },
    pool: { type: 'string', default: '10' },
    runs: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    ceiling: { type: 'string', default: '20000' },
  },
});
const N = Number(values.recipients);
const RATE = Number(values.rate);
const CONCURRENCY = Number(values.concurrency);
const POOL = Number(values.pool);
const RUNS = Number(values.runs);
const WORKERS = Number(values.workers);
const CEILING_N = Math.min(Number(values.ceiling), N);
const TARGET = { perSecond: 1500, ratio: 0.5, rssMiB: 300 };

interface SinkStats {
  accepted: number;
  unique: number;
  duplicates: number;
  firstAt: number;
  lastAt: number;
}

async function startSink(): Promise<{ smtpUrl: string; stats(reset?: boolean): Promise<SinkStats>; stop(): void }> {
  const child = spawn(process.execPath, [path.join(here, 'broadcast-sink.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ports = await new Promise<{ smtpPort: number; httpPort: number }>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(JSON.parse(d.toString().split('\n')[0])));
    child.once('exit', (code) => reject(new Error(`sink exited ${code}`)));
  });
  return {
    smtpUrl: `smtp://127.0.0.1:${ports.smtpPort}`,
    stats: async (reset = false) =>
      (await fetch(`http://127.0.0.1:${ports.httpPort}/${reset ? 'reset' : 'stats'}`)).json() as Promise<SinkStats>,
    stop: () => child.kill('SIGTERM'),
  };
}

async function seed(
  app: Parameters<Parameters<typeof withServices>[1]>[0],
  campaignId: string,
  count: number,
): Promise<void> {
  const prisma = app.get(PrismaService);
  const upserts = app.get(SupporterUpsertService);
  const started = Date.now();
  const BATCH = 1000;
  let nextBatch = 0;
  const batches = Math.ceil(count / BATCH);
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (nextBatch < batches) {
        const b = nextBatch++;
        await prisma.$transaction(
          async (tx) => {
            const from = b * BATCH;
            const to = Math.min(count, (b + 1) * BATCH);
            await upserts.upsert(
              tx,
              Array.from({ length: to - from }, (_, k) => from + k).map((i) => ({
                campaignId,
                fields: {
                  email: `subscriber-${i}@bench.example.org`,
                  firstName: `Sub${i}`,
                  locale: i % 5 === 0 ? 'ar' : 'en',
                },
                defaultLocale: 'en',
                grants: ['updates'],
                consent: { textVersion: null, source: 'bench', formId: null, ipHash: null },
              })),
              { confirmVia: 'bench' },
            );
          },
          { timeout: 600_000 },
        );
        if (b % 10 === 9)
          process.stdout.write(
            `  ${fmt.int(Math.min(count, (b + 1) * BATCH))} subscribers (${((Date.now() - started) / 1000).toFixed(0)} s)\r`,
          );
      }
    }),
  );
  console.log(
    `  ${fmt.int(count)} confirmed subscribers created through SupportersService in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  const scratch = await createScratch('broadcast');
  const machine = await machineInfo(scratch.databaseUrl);
  console.log(`bench:broadcast on ${describeMachine(machine)}`);
  console.log(
    `${fmt.int(N)} recipients, ${RUNS} run(s), ${WORKERS} worker process(es), MAIL_RATE_PER_SECOND=${RATE}, MAIL_SEND_CONCURRENCY=${CONCURRENCY}, MAIL_POOL_SIZE=${POOL}\n`,
  );
  const env = {
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    ...scratch.secrets,
  };
  const sink = await startSink();
  const results: { seconds: number; perSecond: number; rss: number; ceiling: number }[] = [];
  try {
    const fixture = await withServices({ ...env, MAIL_URL: sink.smtpUrl }, async (app) => {
      const organizer = await app
        .get(AuthService)
        .createOrganizer({ email: 'bench@bench.example.org', name: 'Bench', password: 'bench-password-123456' });
      const campaign = await app
        .get(CampaignsService)
        .create(
          { organizerId: organizer.id },
          { slug: 'bench-broadcast', name: 'Bench campaign', timeZone: 'UTC', defaultLocale: 'en' },
        );
      await seed(app, campaign.id, N);
      const sample = await app.get(MailPreviewService).render(campaign.id, 'campaign.update', 'en', {
        subject: 'Benchmark update',
        body: 'A paragraph of news.\n\nAnother paragraph.',
      });
      return { organizerId: organizer.id, campaignId: campaign.id, sample };
    });

    for (let run = 1; run <= RUNS; run++) {
      const ceiling = await runChild<BroadcastCeilingOutput>(path.join(here, 'broadcast-ceiling.js'), {
        smtpUrl: sink.smtpUrl,
        messages: CEILING_N,
        pool: POOL * WORKERS,
        concurrency: CONCURRENCY * WORKERS,
        sample: fixture.sample,
      } satisfies BroadcastCeilingInput);
      await sink.stats(true);

      const workers = await Promise.all(
        Array.from({ length: WORKERS }, () =>
          startServer({
            role: 'worker',
            env: {
              ...env,
              MAIL_URL: sink.smtpUrl,
              MAIL_RATE_PER_SECOND: String(RATE),
              MAIL_SEND_CONCURRENCY: String(CONCURRENCY),
              MAIL_POOL_SIZE: String(POOL),
              LOG_LEVEL: 'info',
            },
          }),
        ),
      );
      let started = 0;
      let broadcastId = '';
      try {
        await withServices({ ...env, MAIL_URL: sink.smtpUrl }, async (app) => {
          started = Date.now();
          const { broadcast } = await app.get(BroadcastsService).create(undefined, {
            campaignId: fixture.campaignId,
            key: `bench-${run}`,
            name: `Bench run ${run}`,
            data: { subject: 'Benchmark update', body: 'A paragraph of news.\n\nAnother paragraph.' },
            filter: { purpose: 'updates' },
            createdBy: fixture.organizerId,
            start: true,
          });
          broadcastId = broadcast.id;
        });
        let last = 0;
        for (;;) {
          const s = await sink.stats();
          if (s.accepted >= N) break;
          if (s.accepted !== last) {
            process.stdout.write(
              `  run ${run}: ${fmt.int(s.accepted)} accepted (${((Date.now() - started) / 1000).toFixed(0)} s)\r`,
            );
            last = s.accepted;
          }
          if (Date.now() - started > 30 * 60_000) throw new Error(`timed out with ${s.accepted} of ${N} accepted`);
          await new Promise((r) => setTimeout(r, 250));
        }
        const s = await sink.stats();
        const seconds = (s.lastAt - started) / 1000;
        const rss = Math.max(...workers.map((w) => w.peakRss()));
        results.push({ seconds, perSecond: N / seconds, rss, ceiling: ceiling.perSecond });

        // Exactly once, and every row recorded.
        const db = new pg.Client({ connectionString: scratch.databaseUrl });
        await db.connect();
        let sentRows = 0;
        for (let i = 0; i < 100; i++) {
          sentRows = (
            await db.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM mail_messages WHERE broadcast_id = $1 AND state = 'sent'`,
              [broadcastId],
            )
          ).rows[0].n;
          if (sentRows === N) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        await db.end();
        console.log(
          `  run ${run}: ${fmt.int(N)} accepted in ${seconds.toFixed(1)} s = ${fmt.int(N / seconds)} msg/s; ceiling ${fmt.int(ceiling.perSecond)} msg/s; ` +
            `worker peak RSS ${fmt.mib(rss)}; unique ${fmt.int(s.unique)}, duplicates ${s.duplicates}, rows sent ${fmt.int(sentRows)}`,
        );
        if (s.unique !== N || s.duplicates !== 0 || sentRows !== N) throw new Error('exactly-once check failed');
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
      }
      await sink.stats(true);
    }

    const perSecond = median(results.map((r) => r.perSecond));
    const ceiling = median(results.map((r) => r.ceiling));
    const rss = Math.max(...results.map((r) => r.rss));
    const seconds = median(results.map((r) => r.seconds));
    console.log(
      `\nBroadcast to ${fmt.int(N)} subscribers (${machine.cores} cores; ${WORKERS} worker process(es); median of ${RUNS} run(s))\n`,
    );
    console.log(
      markdownTable(
        ['measure', 'result', 'target'],
        [
          ['start to last message accepted', `${seconds.toFixed(1)} s`, ''],
          ['messages per second', fmt.int(perSecond), `>= ${fmt.int(TARGET.perSecond)}`],
          ['nodemailer pooled ceiling (same sink, pool, concurrency)', `${fmt.int(ceiling)} msg/s`, ''],
          ['ratio to the ceiling', fmt.pct(perSecond / ceiling), `>= ${fmt.pct(TARGET.ratio)}`],
          [WORKERS > 1 ? 'peak RSS of the largest worker' : 'worker peak RSS', fmt.mib(rss), `<= ${TARGET.rssMiB} MiB`],
          ['recipients with exactly one message', fmt.int(N), fmt.int(N)],
        ],
      ),
    );
  } finally {
    sink.stop();
    await scratch.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
