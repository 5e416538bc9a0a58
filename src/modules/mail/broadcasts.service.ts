import { Injectable, Logger } from '@nestjs/common';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { type PageQuery, pageArgs, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import { type BroadcastStatus, type MailBroadcast, Prisma } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MailPreviewService, type Preview } from './mail-preview.service.js';
import { MailTemplatesService } from './mail-templates.service.js';
import { OUTBOX_CHANNEL, PRIORITY } from './mail.service.js';
import { type AudienceFilter, RecipientDirectory } from './recipient-directory.js';
import { type AnyActor, SYSTEM_ACTOR } from '../../common/actor.js';
import { isUniqueViolation } from '../../infra/prisma/errors.js';
import { TX_BULK } from '../../infra/prisma/transactions.js';

export const EXPAND_PAGE = 1000;

export interface CreateBroadcast {
  campaignId: string;
  /** Idempotency key (`alert:<milestoneId>`): creating twice with one key returns the first broadcast. Default: a new uuid. */
  key?: string;
  name: string;
  /** A registered campaign template; default 'campaign.update'. */
  template?: string;
  /** The template's data (organizers' broadcasts: validated by the API schema). */
  data: object;
  /** Send everyone this locale; default each recipient's own. */
  locale?: Locale | null;
  filter: AudienceFilter;
  /** Organizer id, for the audit log; null for system broadcasts (alerts). */
  createdBy?: string | null;
  /** Start at once (alerts); organizers create a draft, preview it, then start it. */
  start?: boolean;
}

export interface BroadcastProgress {
  audience: number | null;
  expanded: number;
  expansionDone: boolean;
  total: number;
  pending: number;
  paused: number;
  sending: number;
  sent: number;
  failed: number;
  suppressed: number;
  cancelled: number;
  unconfirmed: number;
}

/**
 * One message to an audience of any size. Expansion pages through the audience by supporter id
 * (RecipientDirectory.audiencePage, keyset) and inserts a page of message rows at a time, keyed
 * `<broadcastKey>:<supporterId>` with ON CONFLICT (key) DO NOTHING, so a crashed or repeated expansion never
 * makes a second message for anyone and the audience is never held in memory.
 */
type CompletionListener = (tx: Tx, broadcasts: { id: string; campaignId: string }[]) => Promise<void>;

@Injectable()
export class BroadcastsService {
  private readonly log = new Logger('broadcasts');

  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: RecipientDirectory,
    private readonly templates: MailTemplatesService,
    private readonly preview: MailPreviewService,
    private readonly queues: QueueService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates a broadcast (idempotent on key). With a `tx`, the broadcast commits with the caller's
   * business write (a milestone and its alert); a started broadcast begins expanding as soon as
   * the transaction commits (a NOTIFY wakes the workers).
   */
  async create(tx: Tx | undefined, input: CreateBroadcast): Promise<{ broadcast: MailBroadcast; created: boolean }> {
    const template = this.templates.get(input.template ?? 'campaign.update');
    if (!template) throw Problem.field('template', `is not a registered template`);
    if (template.category !== 'campaign')
      throw Problem.field('template', 'must be a campaign template (transactional mail is not broadcast)');
    const run = async (db: Tx) => {
      const key = input.key ?? `broadcast:${uuidv7()}`;
      const existing = await db.mailBroadcast.findUnique({ where: { key } });
      if (existing) return { broadcast: existing, created: false };
      const start = input.start === true;
      const broadcast = await db.mailBroadcast.create({
        data: {
          campaignId: input.campaignId,
          key,
          name: input.name,
          template: template.name,
          locale: input.locale ?? null,
          data: input.data as Prisma.InputJsonValue,
          filter: input.filter as unknown as Prisma.InputJsonValue,
          createdBy: input.createdBy ?? null,
          status: start ? 'running' : 'draft',
          startedAt: start ? new Date() : null,
        },
      });
      await this.audit.record(db, {
        campaignId: input.campaignId,
        actor: input.createdBy ? { organizerId: input.createdBy } : SYSTEM_ACTOR,
        action: 'broadcast.created',
        entityType: 'broadcast',
        entityId: broadcast.id,
        details: { template: template.name, started: start },
      });
      if (start) await db.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, 'broadcast')`;
      return { broadcast, created: true };
    };
    try {
      const result = tx ? await run(tx) : await this.prisma.$transaction(run);
      if (result.created && result.broadcast.status === 'running' && !tx)
        await this.ensureExpansion(result.broadcast.id);
      return result;
    } catch (err) {
      if (isUniqueViolation(err) && input.key) {
        const existing = await this.prisma.mailBroadcast.findUnique({ where: { key: input.key } });
        if (existing) return { broadcast: existing, created: false };
      }
      throw err;
    }
  }

  async get(campaignId: string, id: string): Promise<MailBroadcast> {
    const b = await this.prisma.mailBroadcast.findFirst({ where: { id, campaignId } });
    if (!b) throw Problem.notFound('Broadcast');
    return b;
  }

  async list(campaignId: string, query: PageQuery & { status?: BroadcastStatus }) {
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.mailBroadcast.findMany({
      where: { ...where, campaignId, ...(query.status ? { status: query.status } : {}) },
      orderBy,
      take,
    });
    return toPage(rows, limit);
  }

  async audienceCount(campaignId: string, filter: AudienceFilter): Promise<number> {
    return this.directory.countAudience(campaignId, filter);
  }

  /** Rendered samples in every locale the audience may get. */
  async previews(b: Pick<MailBroadcast, 'campaignId' | 'template' | 'locale' | 'data'>): Promise<Preview[]> {
    const locales = b.locale ? [b.locale as Locale] : [...SUPPORTED_LOCALES];
    return Promise.all(
      locales.map((l) => this.preview.render(b.campaignId, b.template, l, b.data as Record<string, unknown>)),
    );
  }

  async progress(b: MailBroadcast): Promise<BroadcastProgress> {
    const rows = await this.prisma.mailMessage.groupBy({
      by: ['state'],
      where: { broadcastId: b.id },
      _count: { _all: true },
    });
    const n = (s: string) => rows.find((r) => r.state === s)?._count._all ?? 0;
    const unconfirmed = await this.prisma.mailMessage.count({
      where: { broadcastId: b.id, state: 'sent', unconfirmed: true },
    });
    return {
      audience: b.audienceCount,
      expanded: b.expandedCount,
      expansionDone: b.expandedAt !== null,
      total: rows.reduce((a, r) => a + r._count._all, 0),
      pending: n('queued') + n('enqueued'),
      paused: n('paused'),
      sending: n('sending'),
      sent: n('sent'),
      failed: n('failed'),
      suppressed: n('suppressed'),
      cancelled: n('cancelled'),
      unconfirmed,
    };
  }

  /**
   * Sends the broadcast's sent-unconfirmed messages again, deliberately: a worker died after
   * their end of data and before the server's reply, so most of them arrived (in the SIGKILL test
   * all but at most one per crash did) and a resend gives most recipients a second copy. It keeps
   * each message's row and Message-ID, so a receiver that deduplicates by Message-ID drops the
   * copy; consent and suppressions are checked again at send time. Each message is resent this
   * way at most once (`resent_at`), so repeating the call never sends anyone a third copy.
   */
  async resendUnconfirmed(
    actor: { organizerId: string },
    campaignId: string,
    id: string,
  ): Promise<{ resent: number; alreadyResent: number }> {
    return this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<
        { status: BroadcastStatus }[]
      >`SELECT status FROM mail_broadcasts WHERE id = ${id}::uuid AND campaign_id = ${campaignId}::uuid FOR UPDATE`;
      if (!row) throw Problem.notFound('Broadcast');
      if (row.status === 'paused' || row.status === 'draft')
        throw Problem.conflict(
          'broadcast-state',
          `A ${row.status} broadcast's messages cannot be resent${row.status === 'paused' ? ': resume it first' : ''}.`,
          { broadcastStatus: row.status },
        );
      const resent = await tx.$executeRaw`
        UPDATE mail_messages SET
          state = 'queued', unconfirmed = false, resent_at = now(), attempts = 0, generation = generation + 1,
          send_at = now(), enqueued_at = NULL, claimed_at = NULL, claimed_by = NULL, handed_over_at = NULL,
          sent_at = NULL, finished_at = NULL, last_error = NULL, updated_at = now()
         WHERE broadcast_id = ${id}::uuid AND state = 'sent' AND unconfirmed AND resent_at IS NULL`;
      const alreadyResent = await tx.mailMessage.count({
        where: { broadcastId: id, resentAt: { not: null } },
      });
      if (resent > 0) {
        await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
        await this.audit.record(tx, {
          campaignId,
          actor,
          action: 'broadcast.unconfirmed-resent',
          entityType: 'broadcast',
          entityId: id,
          details: { count: resent },
        });
      }
      return { resent, alreadyResent: alreadyResent - resent };
    });
  }

  /** Starts a draft. `scheduled`: the sweep starting it on schedule (only if it is still due, under the row lock). */
  async start(
    actor: AnyActor,
    campaignId: string,
    id: string,
    options: { scheduled?: boolean } = {},
  ): Promise<MailBroadcast> {
    const audience = await this.directory.countAudience(
      campaignId,
      (await this.get(campaignId, id)).filter as unknown as AudienceFilter,
    );
    const b = await this.transition(actor, campaignId, id, ['draft'], 'started', async (tx) => {
      if (options.scheduled) {
        const [row] = await tx.$queryRaw<
          { due: boolean }[]
        >`SELECT coalesce(scheduled_at <= now(), false) AS due FROM mail_broadcasts WHERE id = ${id}::uuid`;
        if (!row?.due) throw Problem.conflict('broadcast-state', 'The broadcast was unscheduled or moved.');
      }
      return tx.mailBroadcast.update({
        where: { id },
        data: { status: 'running', startedAt: new Date(), scheduledAt: null, audienceCount: audience },
      });
    });
    await this.ensureExpansion(id);
    return b;
  }

  /**
   * Sets (or moves) the time a draft starts by itself; the worker's sweep starts it within a few
   * seconds of that time. It stays a draft until then: it can be previewed, rescheduled,
   * unscheduled or cancelled, and the audience is counted when it starts, not now.
   */
  async schedule(actor: AnyActor, campaignId: string, id: string, at: Date): Promise<MailBroadcast> {
    if (at.getTime() <= Date.now())
      throw Problem.field('at', 'must be in the future (to send now, start the broadcast)');
    return this.transition(actor, campaignId, id, ['draft'], 'scheduled', async (tx) =>
      tx.mailBroadcast.update({ where: { id }, data: { scheduledAt: at } }),
    );
  }

  async unschedule(actor: AnyActor, campaignId: string, id: string): Promise<MailBroadcast> {
    return this.transition(actor, campaignId, id, ['draft'], 'unscheduled', async (tx) =>
      tx.mailBroadcast.update({ where: { id }, data: { scheduledAt: null } }),
    );
  }

  async pause(actor: AnyActor, campaignId: string, id: string): Promise<MailBroadcast> {
    return this.transition(actor, campaignId, id, ['running'], 'paused', async (tx) => {
      // Messages already handed to a send job are taken back too: the job's claim finds them paused and does nothing.
      await tx.mailMessage.updateMany({
        where: { broadcastId: id, state: { in: ['queued', 'enqueued'] } },
        data: { state: 'paused' },
      });
      return tx.mailBroadcast.update({ where: { id }, data: { status: 'paused', pausedAt: new Date() } });
    });
  }

  async resume(actor: AnyActor, campaignId: string, id: string): Promise<MailBroadcast> {
    const b = await this.transition(actor, campaignId, id, ['paused'], 'resumed', async (tx) => {
      await tx.mailMessage.updateMany({
        where: { broadcastId: id, state: 'paused' },
        data: { state: 'queued', generation: { increment: 1 }, enqueuedAt: null },
      });
      await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, 'broadcast')`;
      return tx.mailBroadcast.update({ where: { id }, data: { status: 'running', pausedAt: null } });
    });
    await this.ensureExpansion(id);
    return b;
  }

  async cancel(actor: AnyActor, campaignId: string, id: string): Promise<MailBroadcast> {
    return this.transition(actor, campaignId, id, ['draft', 'running', 'paused'], 'cancelled', async (tx) => {
      await tx.mailMessage.updateMany({
        where: { broadcastId: id, state: { in: ['queued', 'enqueued', 'paused'] } },
        data: { state: 'cancelled', reason: 'broadcast cancelled', finishedAt: new Date() },
      });
      return tx.mailBroadcast.update({ where: { id }, data: { status: 'cancelled', cancelledAt: new Date() } });
    });
  }

  /** Locks the broadcast row, so pause/resume/cancel and an expansion page never interleave. */
  private async transition(
    actor: AnyActor,
    campaignId: string,
    id: string,
    from: BroadcastStatus[],
    action: string,
    apply: (tx: Tx) => Promise<MailBroadcast>,
  ): Promise<MailBroadcast> {
    return this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<
        { status: BroadcastStatus }[]
      >`SELECT status FROM mail_broadcasts WHERE id = ${id}::uuid AND campaign_id = ${campaignId}::uuid FOR UPDATE`;
      if (!row) throw Problem.notFound('Broadcast');
      if (!from.includes(row.status))
        throw Problem.conflict('broadcast-state', `A ${row.status} broadcast cannot be ${action}.`, {
          currentState: row.status,
        });
      const updated = await apply(tx);
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: `broadcast.${action}`,
        entityType: 'broadcast',
        entityId: id,
      });
      return updated;
    }, TX_BULK);
  }

  /** Adds the expansion job unless one is waiting or running (deterministic job id); Redis down: the sweep retries. */
  async ensureExpansion(id: string): Promise<void> {
    await this.queues
      .add(
        'broadcasts.expand',
        { broadcastId: id },
        {
          jobId: `expand-${id}`,
          removeOnComplete: true,
          removeOnFail: true,
          attempts: 3,
          backoff: { type: 'exponential', delay: 2000 },
        },
      )
      .catch((err: Error) =>
        this.log.warn(`broadcast ${id}: expansion not queued yet (${err.message}); the outbox sweep will retry`),
      );
  }

  /** Worker: expands a running broadcast page by page until done, paused or cancelled. Returns rows created. */
  async expand(id: string): Promise<number> {
    let created = 0;
    for (;;) {
      const b = await this.prisma.mailBroadcast.findUnique({ where: { id } });
      if (!b || b.status !== 'running' || b.expandedAt) return created;
      const filter = b.filter as unknown as AudienceFilter;
      const page = await this.directory.audiencePage(b.campaignId, filter, b.expandCursor, EXPAND_PAGE);
      const last = page.length === EXPAND_PAGE;
      const outcome = await this.prisma.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<
          { status: BroadcastStatus; expand_cursor: string | null }[]
        >`SELECT status, expand_cursor FROM mail_broadcasts WHERE id = ${id}::uuid FOR UPDATE`;
        if (!row || row.status !== 'running' || row.expand_cursor !== b.expandCursor) return 'stale' as const;
        let n = 0;
        if (page.length > 0) {
          // Plain SQL: Prisma's createMany spent more CPU building a 1,000-row insert than the
          // database spent running it. ON CONFLICT (key): a page expanded twice adds nothing.
          n = await tx.$executeRaw`
              INSERT INTO mail_messages (id, key, template, category, campaign_id, broadcast_id, supporter_id, locale, priority, updated_at)
              SELECT m.id, m.key, ${b.template}, 'campaign'::"MailCategory", ${b.campaignId}::uuid, ${b.id}::uuid, m.supporter_id, m.locale, ${PRIORITY.campaign}, now()
                FROM unnest(${page.map(() => uuidv7())}::uuid[], ${page.map((m) => `${b.key}:${m.supporterId}`)}::text[],
                            ${page.map((m) => m.supporterId)}::uuid[], ${page.map((m) => b.locale ?? m.locale ?? null)}::text[]) AS m(id, key, supporter_id, locale)
              ON CONFLICT (key) DO NOTHING`;
          await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
        }
        await tx.mailBroadcast.update({
          where: { id },
          data: {
            expandCursor: page.length > 0 ? page[page.length - 1].supporterId : b.expandCursor,
            expandedCount: { increment: n },
            ...(last ? {} : { expandedAt: new Date() }),
          },
        });
        return n;
      }, TX_BULK);
      if (outcome === 'stale') continue;
      created += outcome;
      if (!last) return created;
    }
  }

  private readonly completionListeners: CompletionListener[] = [];

  /**
   * Modules that must record something when a broadcast completes (webhooks) register here: mail
   * imports no module that imports it back. Listeners run in the completing transaction.
   */
  onCompleted(listener: CompletionListener): void {
    this.completionListeners.push(listener);
  }

  /** Sweep: scheduled drafts start, running broadcasts whose expansion job is gone get it back, finished ones are completed. */
  async maintain(): Promise<void> {
    // Scheduled drafts whose time has come. Every worker sweeps: the transition takes the row lock
    // and re-checks the status, so a broadcast is started once and the others get a 409.
    const due = await this.prisma.mailBroadcast.findMany({
      where: { status: 'draft', scheduledAt: { lte: new Date() } },
      select: { id: true, campaignId: true },
    });
    for (const b of due) {
      await this.start(SYSTEM_ACTOR, b.campaignId, b.id, { scheduled: true }).catch((err: unknown) => {
        if (!(err instanceof Problem && err.status === 409)) throw err;
      });
    }
    const unexpanded = await this.prisma.mailBroadcast.findMany({
      where: { status: 'running', expandedAt: null },
      select: { id: true },
    });
    for (const b of unexpanded) await this.ensureExpansion(b.id);
    const done = await this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; campaignId: string }[]>`
        UPDATE mail_broadcasts b SET status = 'completed', completed_at = now(), updated_at = now()
         WHERE b.status = 'running' AND b.expanded_at IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM mail_messages m WHERE m.broadcast_id = b.id AND m.state IN ('queued', 'enqueued', 'paused', 'sending'))
        RETURNING b.id::text AS id, b.campaign_id::text AS "campaignId"`;
      // In the same transaction: a listener's outbox row (a webhook event) commits with the completion.
      if (rows.length > 0) for (const listener of this.completionListeners) await listener(tx, rows);
      return rows.length;
    });
    if (done > 0) this.log.log(`${done} broadcasts completed`);
  }
}
