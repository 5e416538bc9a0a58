import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../config/config.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { uuidv7 } from '../../common/ids.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { MailService } from '../mail/mail.service.js';
import { type CallResult, postWebhook, webhookHeaders } from './webhook-http.js';
import { type WebhookEventRef, WebhookSources } from './webhook-sources.js';
import { targetPolicy } from './webhooks.service.js';
import type { TargetPolicy } from './webhook-targets.js';
import type { WebhookEventType } from './webhooks.schemas.js';
import { endpointDisabledTemplate } from './webhooks.templates.js';

const RELAY_BATCH = 500;

/** The HAL key of an event's resource when its subject no longer exists (only ids are sent then). */
const FALLBACK_REL: Record<WebhookEventType, string> = {
  signature: 'osdi:signature',
  signup: 'osdi:submission',
  attendance: 'osdi:attendance',
  unsubscribe: 'groundswell:unsubscription',
  erasure: 'groundswell:erasure',
  milestone: 'groundswell:milestone',
  broadcast_finished: 'osdi:message',
};

interface Claimed {
  id: string;
  attempts: number;
  attempt_base: number;
  endpoint_id: string;
  url: string;
  secret_enc: string;
  event_id: string;
  campaign_id: string;
  type: WebhookEventType;
  subject_id: string;
  parent_id: string | null;
  occurred_at: Date;
}

/**
 * Worker side of outbound webhooks. The relay (every WEBHOOKS_RELAY_INTERVAL_MS in each worker)
 * hands due deliveries to BullMQ (`webhooks.deliver`), pushing their next attempt a lease ahead in
 * the same transaction, so a job lost with Redis is relayed again when the lease ends. A job claims
 * its row (state and attempt number), builds the payload from current data, signs it, POSTs it
 * SSRF-safely and records the outcome, fenced by the same attempt number. At least once: a worker
 * that dies mid-call leaves a `delivering` row the sweep returns to `pending` after the lease.
 */
@Injectable()
export class WebhookDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('webhooks');
  private readonly policy: TargetPolicy;
  private readonly leaseMs: number;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private stopped = false;
  private lastError = 0;

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly queues: QueueService,
    private readonly sources: WebhookSources,
    private readonly campaigns: CampaignsService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {
    this.policy = targetPolicy(config);
    this.leaseMs = config.get('WEBHOOKS_TIMEOUT_MS') + 60_000;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), this.config.get('WEBHOOKS_RELAY_INTERVAL_MS'));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  kick(): void {
    if (this.stopped || this.running) return;
    this.running = this.relay()
      .then(() => undefined)
      .catch((err: unknown) => {
        if (Date.now() - this.lastError > 60_000) this.log.warn(`webhook relay paused: ${(err as Error).message}`);
        this.lastError = Date.now();
      })
      .finally(() => (this.running = null));
  }

  /** Returns stale `delivering` rows, then relays due deliveries until none are left; returns how many. */
  async relay(): Promise<number> {
    await this.prisma.$executeRaw`
      UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = now(), updated_at = now()
       WHERE state = 'delivering' AND claimed_at < now() - make_interval(secs => ${this.leaseMs / 1000})`;
    let total = 0;
    for (;;) {
      const moved = await this.relayBatch();
      total += moved;
      if (moved < RELAY_BATCH || this.stopped) return total;
    }
  }

  private relayBatch(): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; attempts: number }[]>`
        UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => ${this.leaseMs / 1000})
         WHERE d.id IN (SELECT d2.id FROM webhook_deliveries d2 JOIN webhook_endpoints e ON e.id = d2.endpoint_id
                         WHERE d2.state = 'pending' AND d2.next_attempt_at <= now() AND e.enabled
                         ORDER BY d2.next_attempt_at LIMIT ${RELAY_BATCH} FOR UPDATE OF d2 SKIP LOCKED)
        RETURNING d.id::text, d.attempts`;
      if (rows.length === 0) return 0;
      // A job id per relay: the claim (state and attempt number) is what prevents a second call.
      const stamp = Date.now();
      await this.queues.addBulk(
        'webhooks.deliver',
        rows.map((r) => ({
          data: { id: r.id, attempt: r.attempts },
          opts: { jobId: `${r.id}-${r.attempts}-${stamp}`, removeOnComplete: true, removeOnFail: 1000 },
        })),
      );
      return rows.length;
    });
  }

  /** One attempt of one delivery (the `webhooks.deliver` job). */
  async deliver(id: string, attempt: number): Promise<CallResult | null> {
    const [row] = await this.prisma.$queryRaw<Claimed[]>`
      UPDATE webhook_deliveries d SET state = 'delivering', attempts = d.attempts + 1, claimed_at = now(), updated_at = now()
        FROM webhook_endpoints e, webhook_events ev
       WHERE d.id = ${id}::uuid AND d.state = 'pending' AND d.attempts = ${attempt}
         AND e.id = d.endpoint_id AND e.enabled AND ev.id = d.event_id
      RETURNING d.id::text, d.attempts, d.attempt_base, d.endpoint_id::text, e.url, e.secret_enc, ev.id::text AS event_id,
                ev.campaign_id::text, ev.type, ev.subject_id::text, ev.parent_id::text, ev.occurred_at`;
    if (!row) return null; // a duplicate or stale job, or its endpoint was disabled meanwhile
    const body = await this.payload({
      id: row.event_id,
      campaignId: row.campaign_id,
      type: row.type,
      subjectId: row.subject_id,
      parentId: row.parent_id,
      occurredAt: row.occurred_at,
    });
    const startedAt = new Date();
    const result = await postWebhook(
      row.url,
      body,
      webhookHeaders(this.cipher.decrypt(row.secret_enc), body, {
        type: row.type,
        delivery: row.id,
        key: row.event_id,
      }),
      { policy: this.policy, timeoutMs: this.config.get('WEBHOOKS_TIMEOUT_MS') },
    );
    if (result.ok) await this.recordSuccess(row, startedAt, result);
    else await this.prisma.$transaction((tx) => this.recordFailure(tx, row, startedAt, result));
    return result;
  }

  /**
   * Removes settled deliveries (delivered, or failed for good) older than WEBHOOKS_LOG_DAYS, with
   * their attempt log (cascade), then events no delivery refers to any more, in small batches.
   * Pending and in-flight deliveries stay whatever their age.
   */
  async purge(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.get('WEBHOOKS_LOG_DAYS') * 86_400_000);
    let removed = 0;
    for (;;) {
      const n = await this.prisma.$executeRaw`
        DELETE FROM webhook_deliveries WHERE id IN (
          SELECT id FROM webhook_deliveries
           WHERE state IN ('delivered', 'failed') AND updated_at < ${before} LIMIT 5000)`;
      removed += n;
      if (n < 5000) break;
    }
    await this.prisma.$executeRaw`
      DELETE FROM webhook_events ev WHERE ev.occurred_at < ${before}
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = ev.id)`;
    if (removed > 0)
      this.log.log(`purged ${removed} webhook deliveries older than ${this.config.get('WEBHOOKS_LOG_DAYS')} days`);
    return removed;
  }

  /** The body: an array of one object in Action Network's shape, built from the data as it is now. */
  async payload(event: WebhookEventRef): Promise<string> {
    const found = await this.sources.resource(event);
    const rel = found?.rel ?? FALLBACK_REL[event.type];
    const resource = found?.resource ?? { identifiers: [`groundswell:${event.subjectId}`] };
    return JSON.stringify([
      {
        [rel]: resource,
        idempotency_key: event.id,
        'groundswell:event_type': event.type,
        'groundswell:occurred_date': event.occurredAt.toISOString(),
      },
    ]);
  }

  /**
   * One statement, no interactive transaction: the common case must be cheap. The endpoint row is
   * only written when it had failures to clear, so concurrent deliveries to one endpoint never
   * queue on its row lock.
   */
  private async recordSuccess(row: Claimed, startedAt: Date, r: CallResult): Promise<void> {
    await this.prisma.$executeRaw`
      WITH d AS (
        UPDATE webhook_deliveries SET state = 'delivered', delivered_at = now(), last_status = ${r.statusCode},
               last_error = NULL, updated_at = now()
         WHERE id = ${row.id}::uuid AND state = 'delivering' AND attempts = ${row.attempts}
        RETURNING endpoint_id),
      a AS (
        INSERT INTO webhook_attempts (id, delivery_id, attempt, started_at, duration_ms, status_code, ok)
        VALUES (${uuidv7()}::uuid, ${row.id}::uuid, ${row.attempts}, ${startedAt}, ${r.durationMs}, ${r.statusCode}, true))
      UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL, updated_at = now()
       WHERE id IN (SELECT endpoint_id FROM d) AND (consecutive_failures > 0 OR failing_since IS NOT NULL)`;
  }

  private async recordFailure(tx: Tx, row: Claimed, startedAt: Date, r: CallResult): Promise<void> {
    await tx.webhookAttempt.create({
      data: {
        deliveryId: row.id,
        attempt: row.attempts,
        startedAt,
        durationMs: r.durationMs,
        statusCode: r.statusCode,
        ok: false,
        error: r.error,
      },
    });
    const lastError = r.error?.slice(0, 500) ?? null;
    const tries = row.attempts - row.attempt_base;
    const exhausted = tries >= this.config.get('WEBHOOKS_MAX_ATTEMPTS');
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: row.id, state: 'delivering', attempts: row.attempts },
      data: {
        state: exhausted ? 'failed' : 'pending',
        nextAttemptAt: new Date(Date.now() + this.backoff(tries)),
        lastStatus: r.statusCode,
        lastError,
      },
    });
    if (count === 0) return;
    const [ep] = await tx.$queryRaw<{ failures: number; failing_since: Date; enabled: boolean }[]>`
      UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1,
             failing_since = coalesce(failing_since, now()), updated_at = now()
       WHERE id = ${row.endpoint_id}::uuid
      RETURNING consecutive_failures AS failures, failing_since, enabled`;
    if (!ep?.enabled) return;
    const maxFailures = this.config.get('WEBHOOKS_DISABLE_AFTER_FAILURES');
    const maxHours = this.config.get('WEBHOOKS_DISABLE_AFTER_HOURS');
    const reason =
      ep.failures >= maxFailures
        ? `${ep.failures} consecutive failed attempts (last: ${lastError ?? 'unknown'})`
        : Date.now() - ep.failing_since.getTime() >= maxHours * 3600_000
          ? `failing for more than ${maxHours} hours without a success (last: ${lastError ?? 'unknown'})`
          : null;
    if (reason) await this.disable(tx, row, reason);
  }

  /** Disables the endpoint (once) and tells the campaign's owners, in the same transaction. */
  private async disable(tx: Tx, row: Claimed, reason: string): Promise<void> {
    const disabledAt = new Date();
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: row.endpoint_id, enabled: true },
      data: { enabled: false, disabledAt, disabledReason: reason.slice(0, 500) },
    });
    if (count === 0) return;
    this.log.warn(`webhook endpoint ${row.endpoint_id} disabled: ${reason}`);
    for (const owner of await this.campaigns.ownersToNotify(row.campaign_id))
      await this.mail.enqueue(tx, {
        key: `webhook-disabled:${row.endpoint_id}:${disabledAt.getTime()}:${owner.organizerId}`,
        template: endpointDisabledTemplate,
        campaignId: row.campaign_id,
        category: 'transactional',
        to: { address: owner.email },
        locale: owner.locale,
        data: { url: row.url, reason: reason.slice(0, 500) },
      });
  }

  /** Exponential with ±20% jitter: base, 2×base, 4×base ... at most WEBHOOKS_RETRY_MAX_MS. */
  private backoff(tries: number): number {
    const base = this.config.get('WEBHOOKS_RETRY_BASE_MS');
    const max = this.config.get('WEBHOOKS_RETRY_MAX_MS');
    const wait = Math.min(max, base * 2 ** Math.min(30, tries - 1));
    return Math.round(wait * (0.8 + Math.random() * 0.4));
  }
}
