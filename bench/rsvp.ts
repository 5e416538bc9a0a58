/**
 * npm run bench:rsvp — how many RSVPs per second the API takes, for one hot event and spread over
 * many events, on this machine.
 *
 * Every RSVP to one event takes that event's row lock (capacity is checked and the seat taken in
 * one transaction), so RSVPs to one event are serialized while RSVPs to different events are not.
 * The benchmark measures both, plus the ceiling of the hot case: the same locked section (lock,
 * count seats, insert the RSVP and its three outbox rows) issued directly through node-postgres.
 *
 * 1. A scratch database and Redis prefix; an organizer, a campaign and the events, made through the
 *    application's services. Hot events have a capacity below the expected load, with a waitlist.
 * 2. The API runs as in production (`--role=api`, NODE_ENV=production, validation, rate limits and
 *    logs on) in its own process; clients come from many addresses through X-Forwarded-For.
 * 3. Load generators run in their own processes; medians of the runs are printed.
 * 4. Afterwards: every accepted address holds exactly one RSVP for its event with its confirmation or
 *    waitlist email in the outbox (and two reminders when confirmed), and no event is over capacity.
 *
 * Options: --runs N (3) --duration S (10) --warmup S (2) --concurrency C (32) --events E (20) --capacity K (200).
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { EventsService } from '../src/modules/events/events.service.js';
import { withServices } from './lib/app-context.js';
import { runChild } from './lib/load.js';
import { describeMachine, machineInfo } from './lib/machine.js';
import { createScratch } from './lib/scratch.js';
import { startServer } from './lib/server.js';
import { fmt, markdownTable, median } from './lib/stats.js';
import type { RsvpCeilingInput, RsvpCeilingOutput } from './rsvp-ceiling.js';
import type { RsvpLoadInput, RsvpLoadOutput } from './rsvp-load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '32' },
    events: { type: 'string', default: '20' },
    capacity: { type: 'string', default: '200' },
    pool: { type: 'string', default: process.env.DATABASE_POOL_SIZE ?? '10' },
  },
});
const RUNS = Number(values.runs);
const DURATION_MS = Number(values.duration) * 1000;
const WARMUP_MS = Number(values.warmup) * 1000;
const CONCURRENCY = Number(values.concurrency);
const SPREAD = Number(values.events);
const CAPACITY = Number(values.capacity);
const POOL = Number(values.pool);

async function main(): Promise<void> {
  const scratch = await createScratch('rsvp');
  const machine = await machineInfo(scratch.databaseUrl);
  console.log(`bench:rsvp on ${describeMachine(machine)}`);
  console.log(
    `${RUNS} runs x ${DURATION_MS / 1000} s measured (+${WARMUP_MS / 1000} s warm-up), ${CONCURRENCY} concurrent clients, pool ${POOL}; hot event capacity ${CAPACITY} with waitlist; spread over ${SPREAD} events\n`,
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
    const setup = await withServices(env, async (app) => {
      const organizer = await app
        .get(AuthService)
        .createOrganizer({ email: 'bench@bench.example.org', name: 'Bench', password: 'bench-password-123456' });
      const actor = { organizerId: organizer.id, role: 'owner' as const };
      const campaign = await app.get(CampaignsService).create(actor, {
        slug: 'bench-campaign',
        name: 'Bench campaign',
        timeZone: 'America/Los_Angeles',
        defaultLocale: 'en',
      });
      const events = app.get(EventsService);
      const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
      const endsAt = new Date(Date.now() + 30 * 86_400_000 + 3 * 3600_000).toISOString();
      const make = (slug: string, capacity: number | null) =>
        events.create(actor, campaign.id, {
          slug,
          title: `Rally ${slug}`,
          description: 'Bring signs.',
          startsAt,
          endsAt,
          timeZone: 'America/Los_Angeles',
          location: { name: 'One Microsoft Way', locality: 'Redmond', region: 'WA', country: 'US' },
          onlineUrl: 'https://meet.example.org/bench',
          capacity,
          waitlistEnabled: true,
          maxGuests: 2,
        });
      const runs = [];
      for (let r = 0; r < RUNS; r++) {
        const hot = await make(`hot-${r}`, CAPACITY);
        const spread = [];
        for (let e = 0; e < SPREAD; e++) spread.push(await make(`spread-${r}-${e}`, CAPACITY));
        const ceiling = await make(`ceiling-${r}`, null);
        runs.push({ hot, spread, ceiling });
      }
      return { campaignId: campaign.id, campaignSlug: campaign.slug, runs };
    });

    server = await startServer({
      role: 'api',
      env: { ...env, TRUST_PROXY: '127.0.0.1', MAIL_URL: 'smtp://127.0.0.1:2525', LOG_LEVEL: 'info' },
    });
    const rows: { hot: RsvpLoadOutput; spread: RsvpLoadOutput; ceiling: RsvpCeilingOutput; cpuPerRsvpMs: number }[] =
      [];
    for (let r = 0; r < RUNS; r++) {
      const run = setup.runs[r];
      const base = {
        url: server.url,
        campaignSlug: setup.campaignSlug,
        concurrency: CONCURRENCY,
        durationMs: DURATION_MS,
        warmupMs: WARMUP_MS,
      };
      const cpuBefore = server.cpuMs();
      const hot = await runChild<RsvpLoadOutput>(path.join(here, 'rsvp-load.js'), {
        ...base,
        eventSlugs: [run.hot.slug],
        runTag: `h${r}`,
        ipOffset: r * 40_000,
      } satisfies RsvpLoadInput);
      const spread = await runChild<RsvpLoadOutput>(path.join(here, 'rsvp-load.js'), {
        ...base,
        eventSlugs: run.spread.map((e) => e.slug),
        runTag: `s${r}`,
        ipOffset: r * 40_000 + 20_000,
      } satisfies RsvpLoadInput);
      const cpuPerRsvpMs = (server.cpuMs() - cpuBefore) / Math.max(1, hot.accepted.length + spread.accepted.length);
      const ceiling = await runChild<RsvpCeilingOutput>(path.join(here, 'rsvp-ceiling.js'), {
        databaseUrl: scratch.databaseUrl,
        campaignId: setup.campaignId,
        eventId: run.ceiling.id,
        concurrency: CONCURRENCY,
        pool: POOL,
        durationMs: DURATION_MS,
        warmupMs: WARMUP_MS,
      } satisfies RsvpCeilingInput);
      rows.push({ hot, spread, ceiling, cpuPerRsvpMs });
      console.log(
        `run ${r + 1}: one event ${fmt.int(hot.perSecond)}/s (p50 ${fmt.ms(hot.latency.p50)}, p99 ${fmt.ms(hot.latency.p99)}, ${hot.confirmed} confirmed / ${hot.waitlisted} waitlisted, errors ${hot.errors}) | ` +
          `${SPREAD} events ${fmt.int(spread.perSecond)}/s (p99 ${fmt.ms(spread.latency.p99)}, errors ${spread.errors}) | ceiling ${fmt.int(ceiling.perSecond)}/s (p99 ${fmt.ms(ceiling.latency.p99)})`,
      );
      for (const sample of [...hot.errorSamples, ...spread.errorSamples]) console.log(`  error sample: ${sample}`);
    }
    const peakRss = server.peakRss();
    await server.stop();
    server = undefined;

    const check = await verify(
      scratch.databaseUrl,
      scratch.secrets.BLIND_INDEX_KEY,
      setup.campaignId,
      rows.flatMap((x) => [...x.hot.accepted, ...x.spread.accepted]),
    );
    const med = (f: (x: (typeof rows)[number]) => number) => median(rows.map(f));
    console.log('\nMedians of the runs');
    console.log(
      markdownTable(
        ['measure', 'result'],
        [
          ['machine', `${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}`],
          ['RSVPs/s, all to one event (row lock)', fmt.int(med((x) => x.hot.perSecond))],
          [
            '  latency p50 / p99',
            `${fmt.ms(med((x) => x.hot.latency.p50))} / ${fmt.ms(med((x) => x.hot.latency.p99))}`,
          ],
          [`RSVPs/s, spread over ${SPREAD} events`, fmt.int(med((x) => x.spread.perSecond))],
          [
            '  latency p50 / p99',
            `${fmt.ms(med((x) => x.spread.latency.p50))} / ${fmt.ms(med((x) => x.spread.latency.p99))}`,
          ],
          [
            'ceiling: the locked section through node-postgres, one event',
            `${fmt.int(med((x) => x.ceiling.perSecond))}/s (p99 ${fmt.ms(med((x) => x.ceiling.latency.p99))})`,
          ],
          ['one event / ceiling', fmt.pct(med((x) => x.hot.perSecond / x.ceiling.perSecond))],
          ['errors (all runs)', String(rows.reduce((s, x) => s + x.hot.errors + x.spread.errors, 0))],
          ['API CPU per RSVP (user + system)', fmt.ms(med((x) => x.cpuPerRsvpMs))],
          ['API peak RSS', fmt.mib(peakRss)],
          ['stored once, with its email(s), never over capacity', check.summary],
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
  accepted: { email: string; eventSlug: string }[],
) {
  const key = Buffer.from(blindKey, 'base64');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const indexes = accepted.map((a) =>
      createHmac('sha256', key).update(a.email.normalize('NFC').trim().toLowerCase()).digest('base64url'),
    );
    const { rows } = await client.query<{
      stored: number;
      single: number;
      mailed: number;
      reminded: number;
      confirmed: number;
    }>(
      `WITH a AS (SELECT * FROM unnest($2::text[], $3::text[]) AS a(email_index, slug)),
            r AS (SELECT a.email_index, r.id, r.status, count(*) OVER (PARTITION BY r.event_id, r.supporter_id) AS n
                    FROM a JOIN supporters s ON s.campaign_id = $1 AND s.email_index = a.email_index
                           JOIN events e ON e.campaign_id = $1 AND e.slug = a.slug
                           JOIN event_rsvps r ON r.event_id = e.id AND r.supporter_id = s.id),
            -- Reminder keys are event-reminder:<rsvp id>:<kind>:<version>; counted in one pass (a LIKE
            -- per RSVP with a computed pattern cannot use the index and took minutes).
            reminders AS (SELECT split_part(key, ':', 2) AS rsvp_id, count(*) AS sent FROM mail_messages WHERE key LIKE 'event-reminder:%' GROUP BY 1)
       SELECT count(*)::int AS stored,
              count(*) FILTER (WHERE n = 1)::int AS single,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mail_messages m WHERE m.key IN ('event-rsvp-confirmed:' || r.id, 'event-rsvp-waitlisted:' || r.id)))::int AS mailed,
              count(*) FILTER (WHERE r.status = 'confirmed' AND coalesce(rem.sent, 0) = 2)::int AS reminded,
              count(*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed
         FROM r LEFT JOIN reminders rem ON rem.rsvp_id = r.id::text`,
      [campaignId, indexes, accepted.map((a) => a.eventSlug)],
    );
    const over = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events e
        WHERE e.campaign_id = $1 AND e.capacity IS NOT NULL
          AND (SELECT count(*) + coalesce(sum(guests), 0) FROM event_rsvps r WHERE r.event_id = e.id AND r.status = 'confirmed') > e.capacity`,
      [campaignId],
    );
    const s = rows[0];
    const ok =
      s.stored === accepted.length &&
      s.single === s.stored &&
      s.mailed === s.stored &&
      s.reminded === s.confirmed &&
      over.rows[0].n === 0;
    return {
      ok,
      summary: `${s.stored}/${accepted.length} stored once, ${s.mailed} with their email, ${s.reminded}/${s.confirmed} confirmed with 2 reminders, ${over.rows[0].n} events over capacity`,
    };
  } finally {
    await client.end();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
