import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { Prisma } from '../../generated/prisma/client.js';
import { AppConfig } from '../../config/config.js';
import { MetricsService } from '../../infra/metrics/metrics.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { BroadcastsService } from './broadcasts.service.js';
import { OUTBOX_CHANNEL } from './mail.service.js';
import { CLAIMER_GONE } from './worker-liveness.service.js';
import { messageIdDomain, messageIdFor, ROW_ID } from './message-id.js';
import { TX_BULK } from '../../infra/prisma/transactions.js';

const RELAY_BATCH = 1000;
const RELAY_INTERVAL_MS = 1000;
const SWEEP_INTERVAL_MS = 5000;
/** A row marked enqueued this long without a job in Redis is handed over again. */
const LOST_JOB_GRACE_S = 10;

export const SEND_JOB_OPTIONS = {
  removeOnComplete: true,
  removeOnFail: { count: 1000 },
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
};

/**
 * Worker role: moves due outbox rows into BullMQ, and repairs what a crash leaves behind.
 *
 * Relay: `SELECT ... FOR UPDATE SKIP LOCKED` a batch of due rows, add one send job per row
 * (jobId = `<messageId>-<generation>`, so BullMQ drops a duplicate), then mark the rows enqueued, in
 * one transaction: if Redis is down the transaction rolls back and nothing is lost. It runs at once
 * when a transaction that enqueued mail commits (PostgreSQL LISTEN/NOTIFY), and every second in
 * every worker process; many relays at once are safe (SKIP LOCKED hands each row to one of them).
 * It keeps at most MAIL_RELAY_MAX_PENDING jobs waiting in Redis: a broadcast to 100,000 waits in
 * PostgreSQL, not in Redis memory, and transactional mail (no BullMQ priority, so first) never
 * queues behind it.
 *
 * Sweep (every 5 s): stale `sending` rows (worker died) are resent when they never reached the end
 * of data, or recorded as sent-unconfirmed when they did; rows whose jobs vanished from Redis (a
 * restarted Redis without persistence) are relayed again; finished broadcasts are completed and
 * running ones get their expansion job back. These timers are deliberately not BullMQ job
 * schedulers: schedulers live in Redis and would be gone after exactly the Redis loss the sweep
 * exists to repair. See docs/decisions/mail-outbox.md.
 */
@Injectable()
export class MailRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('mail-relay');
  private readonly maxPending: number;
  private readonly leaseSeconds: number;
  private readonly maxAttempts: number;
  private readonly ratePerSecond: number;
  /** The Message-ID of a row with ROW_ID in place of its id, filled in by SQL. */
  private readonly messageIdTemplate: string;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private sweeping = false;
  private stopped = false;
  private listener: pg.Client | null = null;
  private lastRelayError = 0;

  constructor(
    private readonly prisma: PrismaService,
    private readonly queues: QueueService,
    private readonly broadcasts: BroadcastsService,
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {
    this.maxPending = config.get('MAIL_RELAY_MAX_PENDING');
    this.leaseSeconds = config.get('MAIL_SENDING_LEASE_SECONDS');
    this.maxAttempts = config.get('MAIL_MAX_ATTEMPTS');
    this.ratePerSecond = config.get('MAIL_RATE_PER_SECOND');
    this.messageIdTemplate = messageIdFor(ROW_ID, messageIdDomain(config));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.metrics.addCollector(async () => {
      // Only the states not yet final: an index range on (state, ...), whatever the table's size.
      const rows = await this.prisma.$queryRaw<{ state: string; n: number }[]>`
        SELECT state::text AS state, count(*)::int AS n FROM mail_messages
         WHERE state IN ('queued', 'enqueued', 'paused', 'sending') GROUP BY state`;
      for (const s of ['queued', 'enqueued', 'paused', 'sending'])
        this.metrics.outbox.set({ state: s }, rows.find((r) => r.state === s)?.n ?? 0);
    });
    await this.applyRateLimit().catch((err: Error) =>
      this.log.warn(`could not set the mail rate limit: ${err.message}`),
    );
    this.timers.push(setInterval(() => this.kick(), RELAY_INTERVAL_MS));
    this.timers.push(setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS));
    void this.listen();
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  /** Relays now (coalescing concurrent requests into one more pass). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.relayAll();
        } catch (err) {
          // Redis or PostgreSQL unreachable: the rows stay queued; say so at most once a minute.
          if (Date.now() - this.lastRelayError > 60_000)
            this.log.warn(`outbox relay paused: ${(err as Error).message}`);
          this.lastRelayError = Date.now();
          this.again = false;
        }
      } while (this.again && !this.stopped);
    })().finally(() => (this.running = null));
  }

  /** Relays until nothing is due or the Redis high-water mark is reached; returns how many jobs were added. */
  async relayAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const room = this.maxPending - (await this.pendingInRedis());
      if (room <= 0) break;
      const moved = await this.relayBatch(Math.min(RELAY_BATCH, room));
      total += moved;
      if (moved < Math.min(RELAY_BATCH, room) || this.stopped) break;
    }
    return total;
  }

  private async pendingInRedis(): Promise<number> {
    const counts = await this.queues.queue('mail').getJobCounts('wait', 'prioritized', 'delayed');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  async relayBatch(limit: number): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; generation: number; priority: number }[]>`
          SELECT id, generation, priority FROM mail_messages
           WHERE state = 'queued' AND send_at <= now()
           ORDER BY priority, send_at
           LIMIT ${limit}
           FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      await this.queues.addBulk(
        'mail.send',
        rows.map((r) => ({
          data: { id: r.id },
          // No priority (BullMQ's wait list, served first) for transactional mail; campaign mail is prioritized behind it.
          opts: {
            jobId: `${r.id}-${r.generation}`,
            ...(r.priority > 1 ? { priority: r.priority } : {}),
            ...SEND_JOB_OPTIONS,
          },
        })),
      );
      await tx.$executeRaw`UPDATE mail_messages SET state = 'enqueued', enqueued_at = now(), updated_at = now() WHERE id = ANY(${rows.map((r) => r.id)}::uuid[])`;
      return rows.length;
    }, TX_BULK);
  }

  /** Repairs after crashes and Redis loss; safe to run in every worker at once (conditional updates). */
  async sweep(): Promise<void> {
    if (this.sweeping || this.stopped) return;
    this.sweeping = true;
    try {
      await this.recoverStaleSending();
      await this.repairLostJobs();
      await this.broadcasts.maintain();
      await this.applyRateLimit();
    } catch (err) {
      this.log.warn(`outbox sweep: ${(err as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }

  /**
   * Rows left in `sending` by a worker that died: its liveness lock is gone (seconds after the
   * death), or, as the backstop, its lease expired. Returns [resent, presumedSent].
   */
  async recoverStaleSending(): Promise<[number, number]> {
    const stale = Prisma.raw(
      `(m.claimed_at < now() - ${Number(this.leaseSeconds)} * interval '1 second' OR (${CLAIMER_GONE}))`,
    );
    const resent = await this.prisma.$executeRaw`
      UPDATE mail_messages m SET
        state = CASE WHEN attempts >= ${this.maxAttempts} THEN 'failed'::"MailState" ELSE 'queued'::"MailState" END,
        finished_at = CASE WHEN attempts >= ${this.maxAttempts} THEN now() ELSE NULL END,
        secret_data = CASE WHEN attempts >= ${this.maxAttempts} THEN NULL ELSE secret_data END,
        generation = generation + 1, claimed_at = NULL, claimed_by = NULL, enqueued_at = NULL,
        last_error = 'the worker stopped before the end of data; the server cannot have accepted it',
        updated_at = now()
      WHERE m.state = 'sending' AND m.handed_over_at IS NULL AND ${stale}`;
    const presumed = await this.prisma.$executeRaw`
      UPDATE mail_messages m SET
        state = 'sent', unconfirmed = true, sent_at = handed_over_at, finished_at = now(), secret_data = NULL,
        smtp_message_id = replace(${this.messageIdTemplate}, ${ROW_ID}, id::text),
        last_error = 'the worker stopped after the end of data, before the server''s reply: recorded as sent, unconfirmed',
        updated_at = now()
      WHERE m.state = 'sending' AND m.handed_over_at IS NOT NULL AND ${stale}`;
    if (resent > 0) this.metrics.mail.inc({ outcome: 'recovered_resend' }, resent);
    if (presumed > 0) this.metrics.mail.inc({ outcome: 'recovered_unconfirmed' }, presumed);
    if (resent + presumed > 0)
      this.log.warn(
        `recovered ${resent} messages left before the end of data (sending again) and ${presumed} after it (recorded as sent, unconfirmed)`,
      );
    if (resent > 0) this.kick();
    return [resent, presumed];
  }

  /** Jobs lost with a Redis restart: fewer send jobs in Redis than rows marked enqueued. */
  async repairLostJobs(): Promise<number> {
    const [{ n }] = await this.prisma.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM mail_messages WHERE state = 'enqueued'`;
    if (n === 0) return 0;
    const counts = await this.queues
      .queue('mail')
      .getJobCounts('wait', 'prioritized', 'delayed', 'active', 'waiting-children');
    const inRedis = Object.values(counts).reduce((a, b) => a + b, 0);
    if (inRedis >= n) return 0;
    const reset = await this.prisma.$executeRaw`
      UPDATE mail_messages SET state = 'queued', enqueued_at = NULL, updated_at = now()
       WHERE state = 'enqueued' AND enqueued_at < now() - ${LOST_JOB_GRACE_S} * interval '1 second'`;
    if (reset > 0) {
      this.log.warn(
        `${n} messages were enqueued but only ${inRedis} send jobs are in Redis: relaying ${reset} again (duplicates are dropped by job id and by the claim)`,
      );
      this.kick();
    }
    return reset;
  }

  /** BullMQ's global rate limit lives in Redis; set again each sweep so a restarted Redis gets it back. */
  private async applyRateLimit(): Promise<void> {
    await this.queues.queue('mail').setGlobalRateLimit(this.ratePerSecond, 1000);
  }

  /** LISTEN on a dedicated connection; reconnects after errors. */
  private async listen(): Promise<void> {
    while (!this.stopped) {
      const client = new pg.Client({
        connectionString: this.config.get('DATABASE_URL'),
        application_name: 'groundswell-mail-relay',
      });
      try {
        const ended = new Promise<void>((resolve) => {
          client.on('error', () => resolve());
          client.on('end', () => resolve());
        });
        await client.connect();
        client.on('notification', (n) => {
          this.kick();
          // A broadcast started inside another module's transaction: begin expanding it now.
          if (n.payload === 'broadcast') void this.broadcasts.maintain().catch(() => undefined);
        });
        await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
        this.listener = client;
        this.kick(); // anything committed while we were not listening
        await ended;
      } catch (err) {
        if (!this.stopped) this.log.warn(`outbox listener: ${(err as Error).message}`);
      }
      this.listener = null;
      await client.end().catch(() => undefined);
      if (!this.stopped) await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
