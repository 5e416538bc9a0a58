import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { uuidv7 } from '../../common/ids.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';
import { KeyRotationService } from '../../infra/crypto/key-rotation.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import type { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent } from '../../generated/prisma/client.js';
import { AuditService } from '../audit/audit.service.js';
import { BroadcastsService } from '../mail/broadcasts.service.js';
import { MailService } from '../mail/mail.service.js';
import { postWebhook, webhookHeaders } from './webhook-http.js';
import { type TargetPolicy, urlRefusal } from './webhook-targets.js';
import { endpointDisabledTemplate } from './webhooks.templates.js';
import type { CreateEndpointInput, UpdateEndpointInput, WebhookEventType, deliveryView } from './webhooks.schemas.js';
import type { z } from 'zod';

/** One business event, as the owning module records it (ids only: never personal data). */
export interface WebhookEventInput {
  campaignId: string;
  type: WebhookEventType;
  /** The business event, unique (`signature:<signatureId>`): recording it twice is a no-op. */
  key: string;
  /** The supporter (signature, signup, unsubscribe, erasure), RSVP, milestone or broadcast. */
  subjectId: string;
  /** The petition or event acted on. */
  parentId?: string | null;
}

export function targetPolicy(config: AppConfig): TargetPolicy {
  return { allowLocal: config.get('WEBHOOKS_ALLOW_LOCAL_TARGETS') ?? !config.isProduction };
}

/**
 * Outbound webhooks: endpoints per campaign, and the outbox of events other modules record with
 * `record(tx, ...)` in their own transactions. Delivery is the worker's (WebhookDeliveryService).
 * See docs/decisions/webhooks.md.
 */
@Injectable()
export class WebhooksService implements OnModuleInit {
  readonly policy: TargetPolicy;
  private readonly timeoutMs: number;

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly broadcasts: BroadcastsService,
    private readonly rotation: KeyRotationService,
    config: AppConfig,
  ) {
    this.policy = targetPolicy(config);
    this.timeoutMs = config.get('WEBHOOKS_TIMEOUT_MS');
  }

  onModuleInit(): void {
    this.mail.registerTemplate(endpointDisabledTemplate);
    this.rotation.register(this.rotation.columns('webhook endpoint secret', 'webhook_endpoints', ['secret_enc']));
    // mail cannot import webhooks (webhooks sends its notices through mail), so it tells us.
    this.broadcasts.onCompleted((tx, rows) =>
      this.recordMany(
        tx,
        rows.map((b) => ({
          campaignId: b.campaignId,
          type: 'broadcast_finished',
          key: `broadcast-finished:${b.id}`,
          subjectId: b.id,
        })),
      ),
    );
  }

  // ---------------------------------------------------------------- the outbox

  /**
   * Records an event in the caller's transaction, with one delivery per enabled endpoint of the
   * campaign that subscribes to its type. Nothing is written when no endpoint wants it; a repeated
   * key writes nothing. The payload is not stored: it is built at delivery time.
   */
  async record(tx: Tx, event: WebhookEventInput): Promise<void> {
    await this.recordMany(tx, [event]);
  }

  async recordMany(tx: Tx, events: WebhookEventInput[]): Promise<void> {
    if (events.length === 0) return;
    const campaignIds = [...new Set(events.map((e) => e.campaignId))];
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { campaignId: { in: campaignIds }, enabled: true },
      select: { id: true, campaignId: true, eventTypes: true },
    });
    if (endpoints.length === 0) return;
    for (const e of events) {
      const targets = endpoints.filter((ep) => ep.campaignId === e.campaignId && ep.eventTypes.includes(e.type));
      if (targets.length === 0) continue;
      const id = uuidv7();
      const { count } = await tx.webhookEvent.createMany({
        data: [
          {
            id,
            campaignId: e.campaignId,
            key: e.key.slice(0, 300),
            type: e.type,
            subjectId: e.subjectId,
            parentId: e.parentId ?? null,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 0) continue;
      await tx.webhookDelivery.createMany({
        data: targets.map((ep) => ({ id: uuidv7(), eventId: id, endpointId: ep.id, campaignId: e.campaignId })),
      });
    }
  }

  // ---------------------------------------------------------------- endpoints

  async list(campaignId: string) {
    const rows = await this.prisma.webhookEndpoint.findMany({ where: { campaignId }, orderBy: { id: 'asc' } });
    return { items: rows.map((r) => this.view(r)) };
  }

  async get(campaignId: string, id: string) {
    return this.view(await this.find(campaignId, id));
  }

  async create(actor: Actor, campaignId: string, input: CreateEndpointInput) {
    this.checkUrl(input.url);
    const secret = newSecret();
    const row = await this.prisma.$transaction(async (tx) => {
      const row = await tx.webhookEndpoint.create({
        data: {
          campaignId,
          url: input.url,
          description: input.description ?? '',
          eventTypes: input.eventTypes,
          enabled: input.enabled ?? true,
          secretEnc: this.cipher.encrypt(secret),
          createdBy: actor.organizerId,
        },
      });
      await this.audited(tx, actor, campaignId, 'webhook.created', row.id, { eventTypes: input.eventTypes });
      return row;
    });
    return { ...this.view(row), secret };
  }

  async update(actor: Actor, campaignId: string, id: string, input: UpdateEndpointInput) {
    if (input.url !== undefined) this.checkUrl(input.url);
    const before = await this.find(campaignId, id);
    const reenabled = input.enabled === true && !before.enabled;
    const row = await this.prisma.$transaction(async (tx) => {
      const row = await tx.webhookEndpoint.update({
        where: { id },
        data: {
          ...(input.url !== undefined ? { url: input.url } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.eventTypes !== undefined ? { eventTypes: input.eventTypes } : {}),
          ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
          ...(reenabled ? { consecutiveFailures: 0, failingSince: null, disabledAt: null, disabledReason: null } : {}),
        },
      });
      // What waited while it was off goes out now, not at its last backoff time.
      if (reenabled)
        await tx.webhookDelivery.updateMany({
          where: { endpointId: id, state: 'pending' },
          data: { nextAttemptAt: new Date() },
        });
      await this.audited(tx, actor, campaignId, 'webhook.updated', id, { fields: Object.keys(input) });
      return row;
    });
    return this.view(row);
  }

  async rotateSecret(actor: Actor, campaignId: string, id: string) {
    await this.find(campaignId, id);
    const secret = newSecret();
    const row = await this.prisma.$transaction(async (tx) => {
      const row = await tx.webhookEndpoint.update({ where: { id }, data: { secretEnc: this.cipher.encrypt(secret) } });
      await this.audited(tx, actor, campaignId, 'webhook.secret-rotated', id);
      return row;
    });
    return { ...this.view(row), secret };
  }

  async remove(actor: Actor, campaignId: string, id: string): Promise<void> {
    await this.find(campaignId, id);
    await this.prisma.$transaction(async (tx) => {
      await tx.webhookEndpoint.delete({ where: { id } });
      await this.audited(tx, actor, campaignId, 'webhook.deleted', id);
    });
  }

  // ---------------------------------------------------------------- delivery log

  async deliveries(
    campaignId: string,
    endpointId: string,
    query: { cursor?: string; limit?: number; state?: 'pending' | 'delivering' | 'delivered' | 'failed' },
  ): Promise<Page<z.output<typeof deliveryView>>> {
    await this.find(campaignId, endpointId);
    const after = decodeCursor(query.cursor);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { endpointId, ...(query.state ? { state: query.state } : {}), ...(after ? { id: { lt: after } } : {}) },
      include: { event: true, log: { orderBy: { attempt: 'asc' } } },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    return {
      items: items.map(deliveryOf),
      nextCursor: rows.length > limit ? Buffer.from(items[items.length - 1].id).toString('base64url') : null,
    };
  }

  /**
   * Sends a delivery again (delivered or failed), with the same idempotency key and a fresh retry
   * budget; the payload is built from the data as it is now.
   */
  async redeliver(actor: Actor, campaignId: string, endpointId: string, deliveryId: string) {
    await this.find(campaignId, endpointId);
    await this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        UPDATE webhook_deliveries SET state = 'pending', attempt_base = attempts, next_attempt_at = now(), updated_at = now()
         WHERE id = ${deliveryId}::uuid AND endpoint_id = ${endpointId}::uuid AND state <> 'delivering'
        RETURNING id::text`;
      if (!row) {
        const exists = await tx.webhookDelivery.findFirst({
          where: { id: deliveryId, endpointId },
          select: { id: true },
        });
        if (!exists) throw Problem.notFound('Delivery');
        throw Problem.conflict('delivery-in-flight', 'This delivery is being attempted right now; try again shortly.');
      }
      await this.audited(tx, actor, campaignId, 'webhook.redelivered', endpointId, { deliveryId });
    });
    return deliveryOf(
      await this.prisma.webhookDelivery.findUniqueOrThrow({
        where: { id: deliveryId },
        include: { event: true, log: { orderBy: { attempt: 'asc' } } },
      }),
    );
  }

  // ---------------------------------------------------------------- helpers

  private checkUrl(url: string): void {
    const refusal = urlRefusal(url, this.policy);
    if (refusal) throw Problem.field('url', refusal);
  }

  /**
   * A test call, now and once: a signed `ping` event (same headers, signature and address checks
   * as a delivery) whose outcome is answered, not logged or retried. Works on a disabled endpoint,
   * so an organizer can check a receiver before re-enabling it.
   */
  async ping(actor: Actor, campaignId: string, id: string) {
    const endpoint = await this.find(campaignId, id);
    const key = uuidv7();
    const body = JSON.stringify([
      {
        'groundswell:ping': { motd: 'A test call from Groundswell: your endpoint is reachable.', endpoint: id },
        idempotency_key: key,
        'groundswell:event_type': 'ping',
        'groundswell:occurred_date': new Date().toISOString(),
      },
    ]);
    const headers = webhookHeaders(this.cipher.decrypt(endpoint.secretEnc), body, { type: 'ping', delivery: key, key });
    const r = await postWebhook(endpoint.url, body, headers, { policy: this.policy, timeoutMs: this.timeoutMs });
    await this.audited(undefined, actor, campaignId, 'webhook-endpoint.pinged', id, { ok: r.ok, status: r.statusCode });
    return { ok: r.ok, statusCode: r.statusCode, durationMs: r.durationMs, error: r.error };
  }

  private async find(campaignId: string, id: string): Promise<WebhookEndpoint> {
    const row = await this.prisma.webhookEndpoint.findFirst({ where: { id, campaignId } });
    if (!row) throw Problem.notFound('Webhook endpoint');
    return row;
  }

  private view(r: WebhookEndpoint) {
    return {
      id: r.id,
      url: r.url,
      description: r.description,
      eventTypes: r.eventTypes as WebhookEventType[],
      enabled: r.enabled,
      consecutiveFailures: r.consecutiveFailures,
      failingSince: r.failingSince,
      disabledAt: r.disabledAt,
      disabledReason: r.disabledReason,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }

  private audited(tx: Tx | undefined, actor: Actor, campaignId: string, action: string, id: string, details = {}) {
    return this.audit.record(tx, { campaignId, actor, action, entityType: 'webhook-endpoint', entityId: id, details });
  }
}

function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

type DeliveryRow = WebhookDelivery & { event: WebhookEvent; log: WebhookAttempt[] };

function deliveryOf(d: DeliveryRow): z.output<typeof deliveryView> {
  return {
    id: d.id,
    endpointId: d.endpointId,
    eventId: d.eventId,
    eventType: d.event.type as WebhookEventType,
    occurredAt: d.event.occurredAt,
    state: d.state,
    attempts: d.attempts,
    nextAttemptAt: d.state === 'pending' ? d.nextAttemptAt : null,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
    log: d.log.map((a) => ({
      attempt: a.attempt,
      startedAt: a.startedAt,
      durationMs: a.durationMs,
      statusCode: a.statusCode,
      ok: a.ok,
      error: a.error,
    })),
  };
}
