import { Injectable, Logger } from '@nestjs/common';
import { uuidv7 } from '../../common/ids.js';
import { AppConfig } from '../../config/config.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import type { OutgoingMail } from '../mail/mail.types.js';
import { MailService } from '../mail/mail.service.js';
import { SupporterDigestPagesService } from '../supporters/supporter-digest-pages.service.js';
import { type ContentPool, type DigestContent, type DigestData, selectDigest } from './digest-content.js';
import { currentPeriod, type DigestPeriod, isDue, scheduleSignature } from './digest-period.js';
import { contentSince, type DigestSettingsView, effectiveSchedule, gateFor, type StateRow } from './digest-rules.js';
import { DigestSourcesService } from './digest-sources.service.js';
import { digestTemplate } from './digest.template.js';
import { DigestsService } from './digests.service.js';
import { TX_BULK } from '../../infra/prisma/transactions.js';

/** The job scheduler ticks once per quarter hour (queue.registry.ts SCHEDULES); per-campaign job ids are per slot. */
export const DIGEST_TICK_MS = 15 * 60_000;

type Subscriber = Awaited<ReturnType<SupporterDigestPagesService['digestSchedulePage']>>[number];
type Campaign = Awaited<ReturnType<CampaignsService['get']>>;

interface Candidate {
  s: Subscriber;
  period: DigestPeriod;
  state: StateRow | null;
}

interface Computed extends Candidate {
  id: string;
  since: Date;
  content: DigestContent;
}

export interface CampaignRunResult {
  campaignId: string;
  runId: string | null;
  subscribers: number;
  due: number;
  queued: number;
  skippedEmpty: number;
  duplicates: number;
}

interface RunContext {
  campaign: Campaign;
  settings: DigestSettingsView;
  at: Date;
  trigger: string;
  runKey: string;
  /** Loaded once per pass, when the first supporter is due. */
  pool: Promise<ContentPool> | null;
  run: Promise<string> | null;
  /** The current period of each distinct schedule at `at` (most supporters share a few). */
  periods: Map<string, DigestPeriod>;
}

/** Pages processed at once by one pass (bounded memory: at most this many pages held). */
const PAGES_IN_FLIGHT = 2;

export const digestMailKey = (supporterId: string, periodKey: string) => `digest:${supporterId}:${periodKey}`;

/**
 * The digest scheduler (worker only). A BullMQ job scheduler ticks a minute after every UTC quarter
 * hour (when digests fall due), once across all workers; the tick fans out one job per active campaign. A campaign job walks the campaign's
 * digest subscribers in keyset pages of DIGESTS_PAGE_SIZE (memory stays flat whatever the number of
 * supporters), works out in each supporter's own zone whether a period is due (digest-period.ts),
 * and for each due supporter, in one transaction per page:
 *  1. inserts the durable record (supporter, period) — unique, ON CONFLICT DO NOTHING;
 *  2. takes the period on the supporter's state row with a conditional update (only while the last
 *     digest's cutoff is before this period's due instant, and it is not the same period): this
 *     gate serializes concurrent workers, retried jobs and overlapping ticks;
 *  3. enqueues the mail in the outbox (key `digest:<supporter>:<period>`), or records it as empty.
 * Whatever loses step 1 or 2 sends nothing. See docs/decisions/digest-scheduling.md.
 */
@Injectable()
export class DigestRunnerService {
  private readonly log = new Logger('digests');
  private readonly pageSize: number;

  constructor(
    private readonly prisma: PrismaService,
    private readonly digests: DigestsService,
    private readonly campaigns: CampaignsService,
    private readonly supporters: SupporterDigestPagesService,
    private readonly sources: DigestSourcesService,
    private readonly mail: MailService,
    private readonly queues: QueueService,
    config: AppConfig,
  ) {
    this.pageSize = config.get('DIGESTS_PAGE_SIZE');
  }

  /** The scheduler tick: one `digests.campaign` job per active campaign with digests on, per slot. */
  async tick(at = new Date()): Promise<number> {
    const slot = Math.floor(at.getTime() / DIGEST_TICK_MS) * DIGEST_TICK_MS;
    let after: string | null = null;
    let queued = 0;
    for (;;) {
      const ids = await this.campaigns.activeIdsPage(after, 500);
      if (ids.length === 0) break;
      after = ids[ids.length - 1];
      const enabled = await this.digests.enabledAmong(ids);
      if (enabled.length > 0) {
        await this.queues.addBulk(
          'digests.campaign',
          enabled.map((campaignId) => ({
            data: { campaignId, at: at.toISOString(), trigger: 'schedule' },
            opts: { jobId: `digests-campaign.${campaignId}.${slot}`, removeOnComplete: { age: 3600, count: 5000 } },
          })),
        );
      }
      queued += enabled.length;
      if (ids.length < 500) break;
    }
    return queued;
  }

  /** One pass over one campaign at the scheduler clock `at` (the content cutoff of every digest it makes). */
  async runCampaign(campaignId: string, at: Date, trigger = 'schedule'): Promise<CampaignRunResult> {
    const result: CampaignRunResult = {
      campaignId,
      runId: null,
      subscribers: 0,
      due: 0,
      queued: 0,
      skippedEmpty: 0,
      duplicates: 0,
    };
    const campaign = await this.campaigns.get(campaignId).catch(() => null);
    if (!campaign || campaign.status !== 'active') return result;
    const settings = await this.digests.settingsFor(campaignId);
    if (!settings.enabled) return result;

    const ctx: RunContext = {
      campaign,
      settings,
      at,
      trigger,
      runKey: `${campaignId}:${at.toISOString()}`,
      pool: null,
      run: null,
      periods: new Map(),
    };
    let after: string | null = null;
    // Pages are independent (disjoint supporters), so the next page is read and computed while the
    // previous one's transaction commits: at most PAGES_IN_FLIGHT pages in memory at a time.
    const inFlight: Promise<void>[] = [];
    let failed: unknown = null;
    try {
      for (;;) {
        const page = await this.supporters.digestSchedulePage(campaignId, after, this.pageSize);
        if (page.length === 0) break;
        after = page[page.length - 1].supporterId;
        result.subscribers += page.length;
        inFlight.push(this.runPage(ctx, page, result).catch((err: unknown) => void (failed ??= err)));
        if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
        if (failed) break;
        if (page.length < this.pageSize) break;
      }
      await Promise.all(inFlight);
      if (failed) throw failed;
      if (result.runId) {
        await this.prisma.digestRun.update({
          where: { id: result.runId },
          data: { status: 'completed', subscribers: result.subscribers, finishedAt: new Date(), error: null },
        });
        this.log.log(
          `campaign ${campaignId} @ ${at.toISOString()}: ${result.due} due, ${result.queued} queued, ${result.skippedEmpty} empty, ${result.duplicates} taken elsewhere (of ${result.subscribers} subscribers)`,
        );
      }
      return result;
    } catch (err) {
      if (result.runId) {
        await this.prisma.digestRun
          .update({
            where: { id: result.runId },
            data: {
              status: 'failed',
              error: String((err as Error).message ?? err).slice(0, 500),
              finishedAt: new Date(),
            },
          })
          .catch(() => undefined);
      }
      throw err;
    }
  }

  private async runPage(ctx: RunContext, page: Subscriber[], result: CampaignRunResult): Promise<void> {
    const { campaign, settings, at } = ctx;
    const ids = page.map((s) => s.supporterId);
    const states = new Map(
      (
        await this.prisma.digestState.findMany({
          where: { supporterId: { in: ids } },
          select: { supporterId: true, schedule: true, scheduleSince: true, lastDigestAt: true, lastPeriodKey: true },
        })
      ).map((r) => [r.supporterId, r]),
    );

    const snapshots: { supporterId: string; schedule: string; scheduleSince: Date }[] = [];
    const due: Candidate[] = [];
    for (const s of page) {
      const schedule = effectiveSchedule(s, settings, campaign.timeZone);
      const signature = scheduleSignature(schedule);
      const state = states.get(s.supporterId) ?? null;
      const { gate, snapshot } = gateFor(s, state, signature, settings, campaign.updatedAt);
      if (snapshot) snapshots.push({ supporterId: s.supporterId, ...snapshot });
      if (!schedule) continue;
      let period = ctx.periods.get(signature);
      if (!period) ctx.periods.set(signature, (period = currentPeriod(schedule, at)));
      if (isDue(period, gate)) due.push({ s, period, state });
    }
    if (snapshots.length > 0) await this.writeSnapshots(campaign.id, snapshots);
    if (due.length === 0) return;

    ctx.pool ??= this.sources.pool(campaign, at, settings);
    const pool = await ctx.pool;
    const signed =
      pool.petitions.length > 0
        ? await this.sources.signedAmong(
            due.map((d) => d.s.supporterId),
            pool.petitions.map((p) => p.id),
          )
        : new Map<string, Set<string>>();
    const none = new Set<string>();
    const options = {
      maxItems: settings.maxItemsPerSection,
      includeEvents: settings.includeEvents,
      includePetitions: settings.includePetitions,
    };
    const computed: Computed[] = due.map((d) => {
      const since = contentSince(at, d.s.subscribedAt, d.state?.lastDigestAt ?? null);
      const reader = {
        locale: d.s.locale,
        country: d.s.country?.toUpperCase() ?? null,
        postalPrefix: d.s.postalPrefix,
        signed: signed.get(d.s.supporterId) ?? none,
      };
      return {
        ...d,
        id: uuidv7(),
        since,
        content: selectDigest(pool, reader, { since, cutoff: at, kind: d.period.kind, period: d.period.key }, options),
      };
    });

    ctx.run ??= this.ensureRun(ctx.runKey, campaign.id, at, ctx.trigger);
    const runId = await ctx.run;
    result.runId = runId;
    const counts = await this.prisma.$transaction(async (tx) => {
      const inserted = await this.insertDigests(tx, campaign.id, runId, at, computed);
      const mine = computed.filter((c) => inserted.has(c.s.supporterId));
      const taken = await this.takePeriods(tx, at, mine);
      const lost = mine.filter((c) => !taken.has(c.s.supporterId));
      if (lost.length > 0) await tx.$executeRaw`DELETE FROM digests WHERE id = ANY(${lost.map((c) => c.id)}::uuid[])`;
      const winners = mine.filter((c) => taken.has(c.s.supporterId));
      const mails: OutgoingMail<DigestData>[] = winners
        .filter((c) => !c.content.empty)
        .map((c) => ({
          key: digestMailKey(c.s.supporterId, c.period.key),
          template: digestTemplate,
          campaignId: campaign.id,
          category: 'campaign',
          to: { supporterId: c.s.supporterId },
          locale: c.s.locale,
          data: c.content.data,
        }));
      if (mails.length > 0) await this.mail.enqueueMany(tx, mails);
      const c = {
        due: computed.length,
        queued: mails.length,
        skippedEmpty: winners.length - mails.length,
        duplicates: computed.length - winners.length,
      };
      await tx.digestRun.update({
        where: { id: runId },
        data: {
          due: { increment: c.due },
          queued: { increment: c.queued },
          skippedEmpty: { increment: c.skippedEmpty },
          duplicates: { increment: c.duplicates },
        },
      });
      return c;
    }, TX_BULK);
    result.due += counts.due;
    result.queued += counts.queued;
    result.skippedEmpty += counts.skippedEmpty;
    result.duplicates += counts.duplicates;
  }

  /** New subscribers and changed schedules; committed on its own (idempotent). */
  private async writeSnapshots(
    campaignId: string,
    rows: { supporterId: string; schedule: string; scheduleSince: Date }[],
  ): Promise<void> {
    rows.sort((a, b) => (a.supporterId < b.supporterId ? -1 : 1));
    await this.prisma.$executeRaw`
      INSERT INTO digest_states (supporter_id, campaign_id, schedule, schedule_since, updated_at)
      SELECT u.supporter_id, ${campaignId}::uuid, u.schedule, u.since, now()
        FROM unnest(${rows.map((r) => r.supporterId)}::uuid[], ${rows.map((r) => r.schedule)}::text[], ${rows.map((r) => r.scheduleSince.toISOString())}::timestamptz[]) AS u(supporter_id, schedule, since)
       ORDER BY u.supporter_id
      ON CONFLICT (supporter_id) DO UPDATE
         SET schedule = EXCLUDED.schedule,
             schedule_since = GREATEST(digest_states.schedule_since, EXCLUDED.schedule_since),
             campaign_id = EXCLUDED.campaign_id,
             updated_at = now()
       WHERE digest_states.schedule IS DISTINCT FROM EXCLUDED.schedule`;
  }

  /** The run row of this (campaign, tick); a retried job continues the same run. */
  private async ensureRun(key: string, campaignId: string, at: Date, trigger: string): Promise<string> {
    const [row] = await this.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO digest_runs (id, campaign_id, key, trigger, tick_at, status, started_at)
      VALUES (${uuidv7()}::uuid, ${campaignId}::uuid, ${key}, ${trigger}, ${at}, 'running', now())
      ON CONFLICT (key) DO UPDATE SET status = 'running', error = NULL, finished_at = NULL
      RETURNING id`;
    return row.id;
  }

  /** Step 1: the durable (supporter, period) records. Returns the supporters whose record is new. */
  private async insertDigests(
    tx: Tx,
    campaignId: string,
    runId: string,
    at: Date,
    rows: Computed[],
  ): Promise<Set<string>> {
    const sorted = [...rows].sort((a, b) => (a.s.supporterId < b.s.supporterId ? -1 : 1));
    const col = <T>(f: (c: Computed) => T) => sorted.map(f);
    const inserted = await tx.$queryRaw<{ supporter_id: string }[]>`
      INSERT INTO digests (id, campaign_id, supporter_id, run_id, kind, period_key, due_at, since, cutoff, status, mail_key,
                           statements, milestones, events, petitions, finished_at, created_at)
      SELECT u.id, ${campaignId}::uuid, u.supporter_id, ${runId}::uuid, u.kind::"DigestPeriodKind", u.period_key, u.due_at, u.since, ${at},
             u.status::"DigestStatus", u.mail_key, u.st::smallint, u.mi::smallint, u.ev::smallint, u.pe::smallint,
             CASE WHEN u.status = 'empty' THEN now() END, now()
        FROM unnest(${col((c) => c.id)}::uuid[], ${col((c) => c.s.supporterId)}::uuid[], ${col((c) => c.period.kind)}::text[], ${col((c) => c.period.key)}::text[],
                    ${col((c) => c.period.dueAt.toISOString())}::timestamptz[], ${col((c) => c.since.toISOString())}::timestamptz[],
                    ${col((c) => (c.content.empty ? 'empty' : 'queued'))}::text[], ${col((c) => (c.content.empty ? null : digestMailKey(c.s.supporterId, c.period.key)))}::text[],
                    ${col((c) => c.content.counts.statements)}::int[], ${col((c) => c.content.counts.milestones)}::int[],
                    ${col((c) => c.content.counts.events)}::int[], ${col((c) => c.content.counts.petitions)}::int[])
             AS u(id, supporter_id, kind, period_key, due_at, since, status, mail_key, st, mi, ev, pe)
       ORDER BY u.supporter_id
      ON CONFLICT (supporter_id, period_key) DO NOTHING
      RETURNING supporter_id`;
    return new Set(inserted.map((r) => r.supporter_id));
  }

  /**
   * Step 2, the gate: take the period on each supporter's state row, only while its last digest's
   * cutoff is before this period's due instant and it is another period. Rows are locked in id
   * order first, so concurrent pages never deadlock; a waiting worker re-checks the condition
   * against the committed row and finds the period taken.
   */
  private async takePeriods(tx: Tx, at: Date, rows: Computed[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const ids = rows.map((c) => c.s.supporterId);
    await tx.$queryRaw`SELECT supporter_id FROM digest_states WHERE supporter_id = ANY(${ids}::uuid[]) ORDER BY supporter_id FOR UPDATE`;
    const taken = await tx.$queryRaw<{ supporter_id: string }[]>`
      UPDATE digest_states d
         SET last_period_key = u.period_key, last_due_at = u.due_at, last_digest_at = ${at}, updated_at = now()
        FROM unnest(${ids}::uuid[], ${rows.map((c) => c.period.key)}::text[], ${rows.map((c) => c.period.dueAt.toISOString())}::timestamptz[]) AS u(supporter_id, period_key, due_at)
       WHERE d.supporter_id = u.supporter_id
         AND (d.last_digest_at IS NULL OR d.last_digest_at < u.due_at)
         AND d.last_period_key IS DISTINCT FROM u.period_key
      RETURNING d.supporter_id`;
    return new Set(taken.map((r) => r.supporter_id));
  }
}
