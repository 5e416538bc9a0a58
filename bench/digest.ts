/**
 * npm run bench:digest — the weekly digest for 100,000 supporters, computed and enqueued.
 *
 * 1. A scratch database and Redis prefix. Through the application's services: an organizer, two
 *    campaigns (10,000 and 100,000 digest subscribers, to show memory does not grow with the
 *    audience) and fresh content in each: statements, milestones, events (some near the
 *    supporters), open petitions.
 *    Bench-only SQL seeding (documented in seedSupporters): the supporters, as the supporters
 *    service stores a confirmed digest subscriber (encrypted with the same PiiCipherService; a fifth with
 *    a postal code, a tenth in Arabic, every twentieth in another time zone with its own hour),
 *    subscribed 30 days ago; and a signature on the first petition for a tenth of them (the public
 *    sign path needs a confirmation click each).
 * 2. Each run resets the digest tables and outbox rows of digests, then, in a child process with
 *    the production modules and configuration but no queue consumers (so nothing is mailed),
 *    DigestRunnerService.runCampaign — what the worker's `digests.campaign` job does — over the small and
 *    the large campaign at Monday 12:00 UTC, when every supporter's weekly period is due. Then a
 *    second pass at the same clock over the large one (exactly once: it must enqueue nothing),
 *    and the ceiling (bench/digest-ceiling.ts): the same database statements through node-postgres.
 * 3. Prints elapsed time, supporters per second, peak RSS sampled during each pass and the ratio to
 *    the ceiling; medians of the runs.
 *
 * Options: --supporters N (100000) --small N (10000) --runs R (3) --page P (DIGESTS_PAGE_SIZE, 1000).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { uuidv7 } from '../src/common/ids.js';
import { normalizeEmail } from '../src/common/email.js';
import { PiiCipherService } from '../src/infra/crypto/pii-cipher.service.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { nextPeriod } from '../src/modules/digests/digest-period.js';
import { EventsService } from '../src/modules/events/events.service.js';
import { MilestonesService } from '../src/modules/milestones/milestones.service.js';
import { PetitionsService } from '../src/modules/petitions/petitions.service.js';
import { StatementsService } from '../src/modules/statements/statements.service.js';
import type { DigestCeilingInput, DigestCeilingOutput } from './digest-ceiling.js';
import type { DigestRunInput, DigestRunOutput } from './digest-run.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { fmt, markdownTable, median } from './lib/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    supporters: { type: 'string', default: '100000' },
    small: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    page: { type: 'string', default: process.env.DIGESTS_PAGE_SIZE ?? '1000' },
  },
});
const N = Number(values.supporters);
const SMALL = Number(values.small);
const RUNS = Number(values.runs);
const PAGE = Number(values.page);
const TARGET_SECONDS = 120;
/** The pass runs with a fixed V8 heap, as a worker would be deployed: if memory grew with the audience it would fail. */
const HEAP_MIB = Number(process.env.BENCH_DIGEST_HEAP_MIB ?? 256);
const OTHER_ZONES = [
  { timeZone: 'America/New_York', hour: 6 },
  { timeZone: 'Asia/Tokyo', hour: 20 },
  { timeZone: 'Africa/Cairo', hour: 9 },
];

type App = Parameters<Parameters<typeof withServices>[1]>[0];

/**
 * Bench-only bulk seeding (see the header): the rows SupporterUpsertService.upsert would write for a
 * confirmed supporter who consented to digests (email and postal code encrypted with the same
 * PiiCipherService, blind index of the normalized address, the consent log entry), inserted 5,000 at a
 * time with unnest. Making 100,000 through the service one by one takes about 12 minutes here.
 */
async function seedSupporters(
  app: App,
  db: pg.Client,
  campaignId: string,
  count: number,
  tag: string,
): Promise<string[]> {
  const cipher = app.get(PiiCipherService);
  const started = Date.now();
  const ids: string[] = [];
  const CHUNK = 5000;
  const since = new Date(Date.now() - 30 * 86_400_000);
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, (_, k) => {
      const i = start + k;
      const email = normalizeEmail(`${tag}-${i}@bench.example.org`);
      const zone = i % 20 === 7 ? OTHER_ZONES[i % OTHER_ZONES.length] : null;
      return {
        id: uuidv7(since.getTime() + i),
        emailIndex: cipher.blindIndex(email),
        emailEnc: cipher.encrypt(email),
        firstNameEnc: cipher.encrypt(`Sub${i}`),
        postalCodeEnc: i % 5 === 0 ? cipher.encrypt(i % 3 === 1 ? '75011' : 'SW1A 2AA') : null,
        country: i % 3 === 0 ? 'GB' : i % 3 === 1 ? 'FR' : null,
        locale: i % 10 === 0 ? 'ar' : 'en',
        hour: zone?.hour ?? null,
        timeZone: zone?.timeZone ?? null,
      };
    });
    ids.push(...rows.map((r) => r.id));
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await db.query(
      `INSERT INTO supporters (id, campaign_id, email_index, email_enc, first_name_enc, postal_code_enc, country, locale, status, consent_digests, digest_frequency,
                               digest_hour, time_zone, confirmed_at, confirmed_via, source, last_signup_at, created_at, updated_at)
       SELECT u.id, $1, u.ei, u.ee, u.fe, u.pe, u.country, u.locale, 'confirmed', true, 'weekly', u.hour, u.tz, $2, 'bench', 'bench', $2, $2, $2
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::text[])
              AS u(id, ei, ee, fe, pe, country, locale, hour, tz)`,
      [
        campaignId,
        since,
        col('id'),
        col('emailIndex'),
        col('emailEnc'),
        col('firstNameEnc'),
        col('postalCodeEnc'),
        col('country'),
        col('locale'),
        col('hour'),
        col('timeZone'),
      ],
    );
    await db.query(
      `INSERT INTO supporter_consents (id, supporter_id, purpose, action, text_version, source, form_id, created_at)
       SELECT u.id, u.sid, 'digests', 'granted', 'bench-v1', 'bench', 'bench', $1 FROM unnest($2::uuid[], $3::uuid[]) AS u(id, sid)`,
      [since, rows.map(() => uuidv7(since.getTime() + 1)), col('id')],
    );
  }
  console.log(`  ${fmt.int(count)} digest subscribers seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ids;
}

async function seedContent(
  app: App,
  campaignId: string,
  organizerId: string,
  at: Date,
): Promise<{ petitionId: string }> {
  const actor = { organizerId, role: 'owner' as const };
  const statements = app.get(StatementsService);
  for (let i = 1; i <= 3; i++) {
    const s = await statements.create(actor, campaignId, {
      slug: `week-${i}-${campaignId.slice(0, 8)}`,
      primaryLocale: 'en',
      variants: {
        en: {
          title: `Statement ${i}: the council must act`,
          summary: 'Why we keep going, and what comes next for the campaign.',
          body: 'The **council** has to act. [Read more](https://example.org).',
        },
        ar: {
          title: `بيان ${i}: على المجلس أن يتحرك`,
          summary: 'لماذا نستمر، وما القادم للحملة.',
          body: 'على **المجلس** أن يتحرك.',
        },
      },
    });
    await statements.publish(actor, campaignId, s.id, { notify: false });
  }
  const milestones = app.get(MilestonesService);
  for (const title of ['10,000 signatures', 'Meeting with the mayor']) {
    await milestones.create(actor, campaignId, {
      kind: 'win',
      title,
      description: 'A step forward for everyone who signed.',
      occurredOn: new Date().toISOString().slice(0, 10),
      notify: false,
    } as never);
  }
  const events = app.get(EventsService);
  const places = [
    { name: 'Parliament Square', locality: 'London', postalCode: 'SW1A 1AA', country: 'GB' },
    { name: 'Town hall', locality: 'Manchester', postalCode: 'M2 5DB', country: 'GB' },
    { name: 'Place de la République', locality: 'Paris', postalCode: '75011', country: 'FR' },
    { name: 'Plaza', locality: 'Madrid', postalCode: '28013', country: 'ES' },
  ];
  for (let i = 0; i < 6; i++) {
    const startsAt = new Date(at.getTime() + (i + 1) * 36 * 3600_000);
    await events.create(actor, campaignId, {
      title: `Rally ${i + 1}`,
      description: 'Bring a friend.',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      timeZone: 'Europe/London',
      ...(i < 4 ? { location: places[i] } : { onlineUrl: 'https://meet.example.org/rally' }),
    } as never);
  }
  const petitions = app.get(PetitionsService);
  let petitionId = '';
  for (let i = 1; i <= 2; i++) {
    const p = await petitions.create(actor, campaignId, {
      slug: `petition-${i}-${campaignId.slice(0, 8)}`,
      title: `Petition ${i}: keep the park public`,
      body: 'We ask the council to keep the park public.',
      target: 'The city council',
      goal: 50_000,
      status: 'open',
    } as never);
    if (i === 1) petitionId = p.id;
  }
  return { petitionId };
}

/** bench/lib/load.ts runChild, with the worker's heap limit on the child's command line. */
function runPass(input: DigestRunInput): Promise<DigestRunOutput> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'digest-run.js'), [], {
      execArgv: [`--max-old-space-size=${HEAP_MIB}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    let settled = false;
    child.once('message', (m: { ok: boolean; value?: DigestRunOutput; error?: string }) => {
      settled = true;
      if (m.ok) resolve(m.value!);
      else reject(new Error(`digest-run: ${m.error}`));
    });
    child.once('exit', (code) => {
      if (!settled)
        reject(new Error(`digest-run exited (${code}) without an answer (out of its ${HEAP_MIB} MiB heap?)`));
    });
    child.send({ input });
  });
}

async function main(): Promise<void> {
  const scratch = await createScratch('digest');
  const machine = await machineInfo(scratch.databaseUrl);
  console.log(`bench:digest on ${describeMachine(machine)}`);
  console.log(
    `${fmt.int(N)} (and ${fmt.int(SMALL)}) weekly digest subscribers, ${RUNS} run(s), DIGESTS_PAGE_SIZE=${PAGE}, pass heap limit ${HEAP_MIB} MiB\n`,
  );
  const env = {
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    DIGESTS_PAGE_SIZE: String(PAGE),
    ...scratch.secrets,
  };

  // Monday 12:00 UTC at least a day ahead: every supporter's weekly period (Monday at their hour) is due.
  const monday = nextPeriod(
    { kind: 'weekly', weekday: 1, hour: 12, timeZone: 'UTC' },
    new Date(Date.now() + 86_400_000),
  ).dueAt;
  const at = monday.toISOString();
  const db = new pg.Client({ connectionString: scratch.databaseUrl });
  try {
    const setup = await withServices({ ...env, MAIL_URL: 'smtp://127.0.0.1:2525' }, async (app) => {
      const organizer = await app
        .get(AuthService)
        .createOrganizer({ email: 'bench@bench.example.org', name: 'Bench', password: 'bench-password-123456' });
      const campaigns = app.get(CampaignsService);
      const big = await campaigns.create(
        { organizerId: organizer.id },
        { slug: 'bench-digest-large', name: 'Bench campaign', timeZone: 'Europe/London', defaultLocale: 'en' },
      );
      const small = await campaigns.create(
        { organizerId: organizer.id },
        { slug: 'bench-digest-small', name: 'Bench campaign (small)', timeZone: 'Europe/London', defaultLocale: 'en' },
      );
      await db.connect();
      const bigIds = await seedSupporters(app, db, big.id, N, 'l');
      const smallIds = await seedSupporters(app, db, small.id, SMALL, 's');
      const bigContent = await seedContent(app, big.id, organizer.id, monday);
      const smallContent = await seedContent(app, small.id, organizer.id, monday);
      return {
        big: { id: big.id, supporters: bigIds, ...bigContent },
        small: { id: small.id, supporters: smallIds, ...smallContent },
      };
    });

    // Bench-only SQL (see the header): signatures for a tenth.
    for (const c of [setup.big, setup.small]) {
      const signers = c.supporters.filter((_, i) => i % 10 === 3);
      await db.query(
        `INSERT INTO petition_signatures (id, petition_id, campaign_id, supporter_id, status, locale, created_at, confirmed_at)
         SELECT u.id, $2, $3, u.sid, 'confirmed', 'en', now(), now() FROM unnest($1::uuid[], $4::uuid[]) AS u(sid, id)`,
        [signers, c.petitionId, c.id, signers.map(() => uuidv7())],
      );
    }
    await db.query('VACUUM ANALYZE');

    const results: {
      small: DigestRunOutput;
      big: DigestRunOutput;
      again: DigestRunOutput;
      ceiling: DigestCeilingOutput;
    }[] = [];
    for (let run = 1; run <= RUNS; run++) {
      await db.query(`TRUNCATE digests, digest_states, digest_runs`);
      await db.query(`DELETE FROM mail_messages WHERE template = 'digests.digest'`);
      await db.query('VACUUM ANALYZE digests, digest_states, mail_messages');

      const pass = (campaignId: string) => runPass({ env, campaignId, at });
      const small = await pass(setup.small.id);
      const big = await pass(setup.big.id);
      const again = await pass(setup.big.id);

      // Exactly once: one record per due supporter, one outbox row per queued digest, nothing new on the second pass.
      const check = (
        await db.query<{ records: number; queued: number; outbox: number; keys: number }>(
          `SELECT (SELECT count(*)::int FROM digests WHERE campaign_id = $1) AS records,
                  (SELECT count(*)::int FROM digests WHERE campaign_id = $1 AND status = 'queued') AS queued,
                  (SELECT count(*)::int FROM mail_messages WHERE campaign_id = $1 AND template = 'digests.digest') AS outbox,
                  (SELECT count(DISTINCT supporter_id)::int FROM digests WHERE campaign_id = $1) AS keys`,
          [setup.big.id],
        )
      ).rows[0];
      const ok =
        check.records === big.result.due &&
        check.keys === check.records &&
        check.outbox === big.result.queued &&
        check.queued === big.result.queued &&
        again.result.queued === 0 &&
        big.result.due === N;
      if (!ok)
        throw new Error(
          `exactly-once check failed: ${JSON.stringify({ check, big: big.result, again: again.result })}`,
        );

      const sample = (
        await db.query<{ data: unknown; key: string }>(
          `SELECT data, key FROM mail_messages WHERE campaign_id = $1 AND template = 'digests.digest' LIMIT 1`,
          [setup.big.id],
        )
      ).rows[0];
      const periodKey = sample.key.split(':').pop()!;
      const ceiling = await runChild<DigestCeilingOutput>(path.join(here, 'digest-ceiling.js'), {
        databaseUrl: scratch.databaseUrl,
        campaignId: setup.big.id,
        pageSize: PAGE,
        at,
        periodKey,
        dueAt: monday.toISOString(),
        sample: sample.data,
      } satisfies DigestCeilingInput);
      results.push({ small, big, again, ceiling });
      console.log(
        `run ${run}: ${fmt.int(N)} in ${(big.elapsedMs / 1000).toFixed(1)} s = ${fmt.int(N / (big.elapsedMs / 1000))} supporters/s ` +
          `(${fmt.int(big.result.queued)} queued, ${fmt.int(big.result.skippedEmpty)} empty), peak RSS ${fmt.mib(big.peakRssBytes)} | ` +
          `${fmt.int(SMALL)}: ${(small.elapsedMs / 1000).toFixed(1)} s, peak RSS ${fmt.mib(small.peakRssBytes)} | ` +
          `second pass ${(again.elapsedMs / 1000).toFixed(1)} s, ${again.result.queued} queued | ceiling ${(ceiling.elapsedMs / 1000).toFixed(1)} s`,
      );
    }

    const m = (f: (r: (typeof results)[number]) => number) => median(results.map(f));
    const bigSeconds = m((r) => r.big.elapsedMs / 1000);
    const bigRss = Math.max(...results.map((r) => r.big.peakRssBytes));
    const smallRss = Math.max(...results.map((r) => r.small.peakRssBytes));
    const pass = (ok: boolean) => (ok ? 'yes' : 'NO');
    console.log(`\nMedians of ${RUNS} run(s) (${machine.cores} cores)\n`);
    console.log(
      markdownTable(
        ['measure', 'result', 'target', 'met'],
        [
          ['machine', `${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}`, '', ''],
          [
            `weekly digest, ${fmt.int(N)} supporters: computed + enqueued`,
            `${bigSeconds.toFixed(1)} s`,
            `< ${TARGET_SECONDS} s`,
            pass(bigSeconds < TARGET_SECONDS),
          ],
          ['supporters per second', fmt.int(N / bigSeconds), '', ''],
          [
            'digests queued / skipped as empty',
            `${fmt.int(results[0].big.result.queued)} / ${fmt.int(results[0].big.result.skippedEmpty)}`,
            '',
            '',
          ],
          ['CPU of the pass (user + system)', `${(m((r) => r.big.cpuMs) / 1000).toFixed(1)} s`, '', ''],
          [`peak RSS during the pass, ${fmt.int(N)} supporters`, fmt.mib(bigRss), `heap capped at ${HEAP_MIB} MiB`, ''],
          [`peak RSS during the pass, ${fmt.int(SMALL)} supporters`, fmt.mib(smallRss), '', ''],
          [
            'RSS growth for 10x the supporters',
            fmt.mib(bigRss - smallRss),
            `flat (page size ${PAGE})`,
            pass(bigRss - smallRss < 64 * 1024 * 1024),
          ],
          [
            `${fmt.int(SMALL)} supporters: computed + enqueued`,
            `${m((r) => r.small.elapsedMs / 1000).toFixed(1)} s`,
            '',
            '',
          ],
          [
            'second pass, same period (exactly once)',
            `${m((r) => r.again.elapsedMs / 1000).toFixed(1)} s, ${results.reduce((n, r) => n + r.again.result.queued, 0)} queued`,
            '0 queued',
            pass(results.every((r) => r.again.result.queued === 0)),
          ],
          [
            'ceiling: same statements via node-postgres',
            `${m((r) => r.ceiling.elapsedMs / 1000).toFixed(1)} s`,
            '',
            '',
          ],
          ['ceiling / pass', fmt.pct(m((r) => r.ceiling.elapsedMs / r.big.elapsedMs)), '', ''],
        ],
      ),
    );
    if (bigSeconds >= TARGET_SECONDS) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    await scratch.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
