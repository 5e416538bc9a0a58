/**
 * npm run bench:osdi — an OSDI incremental sync of 100,000 people: how many people per second a
 * client gets through `/osdi/v1/campaigns/:id/people`, following `next` links with a
 * `modified_date gt '…'` filter, against the same rows read by node-postgres in the same run.
 *
 * 1. A scratch database and Redis prefix; an organizer (owner, so people come with their personal
 *    data decrypted, as a CRM sync needs), a campaign and a personal API token, made through the
 *    services; 100,000 supporters seeded in bulk with the same PiiCipherService encryption and blind index
 *    the service writes (bench-only, as bench:digest does: through the service one by one would take
 *    about 12 minutes), with modification times spread over a day.
 * 2. The API runs as production does (`node dist/src/main.js --role=api`, NODE_ENV=production,
 *    validation, auth and logging on) in its own process.
 * 3. For each run, a separate process syncs as an OSDI client would: the AEP, then the people link
 *    with the filter and per_page=max_pagesize, then every `next` link until there is none; it checks
 *    that every person came exactly once and the count equals total_records. Then another process
 *    measures the ceiling: the same rows, in the same keyset pages, through node-postgres (no
 *    decryption, no HTTP, no JSON).
 *
 * 4. Webhooks (bench/osdi-webhooks.ts): deliveries per second from a worker process to a local
 *    receiver that checks every signature and that each idempotency key arrived exactly once.
 *
 * Options: --runs N (3) --people N (100000) --per-page N (500) --webhooks N (5000; 0 skips them).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { normalizeEmail } from '../src/common/email.js';
import { uuidv7 } from '../src/common/ids.js';
import { PiiCipherService } from '../src/infra/crypto/pii-cipher.service.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, loadAverage, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { startServer } from './lib/server.js';
import { fmt, markdownTable, median } from './lib/stats.js';
import type { OsdiCeilingInput, OsdiCeilingOutput } from './osdi-ceiling.js';
import type { OsdiSyncInput, OsdiSyncOutput } from './osdi-sync.js';
import { webhookBench } from './osdi-webhooks.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    people: { type: 'string', default: '100000' },
    'per-page': { type: 'string', default: '500' },
    webhooks: { type: 'string', default: '5000' },
  },
});
const RUNS = Number(values.runs);
const PEOPLE = Number(values.people);
const PER_PAGE = Number(values['per-page']);
const WEBHOOKS = Number(values.webhooks);
const TARGET_RATIO = 0.3;

type App = Parameters<Parameters<typeof withServices>[1]>[0];

/** The rows SupportersService writes for a confirmed signup, 5,000 per INSERT (see the header). */
async function seed(app: App, db: pg.Client, campaignId: string, count: number, since: Date): Promise<void> {
  const cipher = app.get(PiiCipherService);
  const CHUNK = 5000;
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, (_, k) => {
      const i = start + k;
      const email = normalizeEmail(`sync-${i}@bench.example.org`);
      // Modification times spread over a day after `since`, several people per millisecond.
      const at = new Date(since.getTime() + Math.floor((i * 86_400_000) / count / 2) * 2);
      return {
        id: uuidv7(since.getTime() + i),
        emailIndex: cipher.blindIndex(email),
        emailEnc: cipher.encrypt(email),
        firstNameEnc: cipher.encrypt(`Given${i}`),
        lastNameEnc: cipher.encrypt(`Family${i}`),
        postalCodeEnc: i % 3 === 0 ? cipher.encrypt('SW1A 2AA') : null,
        phoneEnc: i % 4 === 0 ? cipher.encrypt('+44 20 7946 0000') : null,
        country: i % 3 === 0 ? 'GB' : null,
        at: at.toISOString(),
      };
    });
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await db.query(
      `INSERT INTO supporters (id, campaign_id, email_index, email_enc, first_name_enc, last_name_enc, postal_code_enc, phone_enc,
                               country, locale, status, consent_updates, confirmed_at, confirmed_via, source, tags,
                               last_signup_at, created_at, updated_at)
       SELECT u.id, $1, u.ei, u.ee, u.fe, u.le, u.pe, u.ph, u.country, 'en', 'confirmed', true, u.at, 'bench', 'bench',
              '{volunteer}', u.at, u.at, u.at
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
              AS u(id, ei, ee, fe, le, pe, ph, country, at)`,
      [
        campaignId,
        col('id'),
        col('emailIndex'),
        col('emailEnc'),
        col('firstNameEnc'),
        col('lastNameEnc'),
        col('postalCodeEnc'),
        col('phoneEnc'),
        col('country'),
        col('at'),
      ],
    );
  }
  await db.query('ANALYZE supporters');
}

async function main(): Promise<void> {
  const scratch = await createScratch('osdi');
  const machine = await machineInfo(scratch.databaseUrl);
  console.log(`bench:osdi on ${describeMachine(machine)}`);
  console.log(`${RUNS} runs, ${fmt.int(PEOPLE)} people, per_page ${PER_PAGE}\n`);
  const env = {
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    ...scratch.secrets,
  };
  const since = new Date(Date.now() - 2 * 86_400_000);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const db = new pg.Client({ connectionString: scratch.databaseUrl });
  await db.connect();
  try {
    const started = Date.now();
    const fixture = await withServices(env, async (app) => {
      const auth = app.get(AuthService);
      const organizer = await auth.createOrganizer({
        email: 'bench@bench.example.org',
        name: 'Bench',
        password: 'bench-password-123456',
      });
      const campaign = await app
        .get(CampaignsService)
        .create(
          { organizerId: organizer.id },
          { slug: 'bench-osdi', name: 'Bench OSDI', timeZone: 'UTC', defaultLocale: 'en' },
        );
      const token = await auth.createApiToken(organizer.id, { name: 'bench sync' });
      await seed(app, db, campaign.id, PEOPLE, since);
      return { campaignId: campaign.id, organizerId: organizer.id, token: token.token };
    });
    console.log(`  ${fmt.int(PEOPLE)} people seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    server = await startServer({
      role: 'api',
      env: { ...env, MAIL_URL: 'smtp://127.0.0.1:2525', LOG_LEVEL: 'info' },
    });
    const filterSince = new Date(since.getTime() - 1000).toISOString();
    const rows: { api: OsdiSyncOutput; ceiling: OsdiCeilingOutput }[] = [];
    for (let r = 0; r < RUNS; r++) {
      const api = await runChild<OsdiSyncOutput>(path.join(here, 'osdi-sync.js'), {
        url: server.url,
        token: fixture.token,
        campaignId: fixture.campaignId,
        since: filterSince,
        perPage: PER_PAGE,
      } satisfies OsdiSyncInput);
      const ceiling = await runChild<OsdiCeilingOutput>(path.join(here, 'osdi-ceiling.js'), {
        databaseUrl: scratch.databaseUrl,
        campaignId: fixture.campaignId,
        since: filterSince,
        perPage: PER_PAGE,
      } satisfies OsdiCeilingInput);
      rows.push({ api, ceiling });
      console.log(
        `run ${r + 1}: API ${fmt.int(api.perSecond)} people/s (${api.pages} pages, ${fmt.int(api.people)} people, ` +
          `${api.duplicates} duplicates, total_records ${fmt.int(api.totalRecords)}, page p50 ${fmt.ms(api.pageP50)}, p99 ${fmt.ms(api.pageP99)}) | ` +
          `ceiling ${fmt.int(ceiling.perSecond)} rows/s | ratio ${fmt.pct(api.perSecond / ceiling.perSecond)}`,
      );
      if (api.people !== PEOPLE || api.duplicates > 0 || api.totalRecords !== PEOPLE)
        throw new Error(`sync run ${r + 1} did not return every person exactly once`);
    }
    const med = {
      api: median(rows.map((x) => x.api.perSecond)),
      ceiling: median(rows.map((x) => x.ceiling.perSecond)),
      ratio: median(rows.map((x) => x.api.perSecond / x.ceiling.perSecond)),
      p50: median(rows.map((x) => x.api.pageP50)),
      p99: median(rows.map((x) => x.api.pageP99)),
      seconds: median(rows.map((x) => x.api.seconds)),
    };
    const peakRss = server.peakRss();
    await server.stop();
    server = undefined;
    console.log(`\nMedians of the runs (load average at the end: ${loadAverage()})`);
    console.log(
      markdownTable(
        ['measure', 'result'],
        [
          ['machine', `${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}`],
          ['people synced per second (API, one client following next links)', fmt.int(med.api)],
          [`full sync of ${fmt.int(PEOPLE)} people`, `${med.seconds.toFixed(1)} s`],
          [`page of ${PER_PAGE}: p50 / p99`, `${fmt.ms(med.p50)} / ${fmt.ms(med.p99)}`],
          ['ceiling: same rows, same keyset pages, node-postgres', `${fmt.int(med.ceiling)} rows/s`],
          ['ratio to the ceiling (target ≥ 30%)', fmt.pct(med.ratio)],
          ['API peak RSS', `${Math.round(peakRss / 1024 / 1024)} MiB`],
          ['every person exactly once, count = total_records', 'yes'],
        ],
      ),
    );
    if (med.ratio < TARGET_RATIO) console.log(`\nBelow target: ${fmt.pct(med.ratio)} < ${fmt.pct(TARGET_RATIO)}`);
    if (WEBHOOKS > 0) {
      console.log(`\nWebhooks: ${fmt.int(WEBHOOKS)} signup events per run to a local receiver`);
      const w = await webhookBench({
        env,
        databaseUrl: scratch.databaseUrl,
        campaignId: fixture.campaignId,
        organizerId: fixture.organizerId,
        count: Math.min(WEBHOOKS, PEOPLE),
        runs: RUNS,
      });
      console.log(
        markdownTable(
          ['measure (medians)', 'result'],
          [
            ['webhook deliveries per second (one worker, WEBHOOKS_CONCURRENCY 50)', fmt.int(w.perSecond)],
            [`${fmt.int(w.count)} deliveries, commit to last received`, `${w.seconds.toFixed(1)} s`],
            ['one POST, as the attempt log records it, p50', fmt.ms(w.callP50)],
            ['ceiling: same POSTs from node:http, same concurrency', `${fmt.int(w.ceiling)} POSTs/s`],
            ['ratio to the ceiling', fmt.pct(w.ratio)],
            ['each idempotency key exactly once, every signature valid', 'yes'],
          ],
        ),
      );
    }
  } finally {
    await server?.stop();
    await db.end();
    await scratch.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
