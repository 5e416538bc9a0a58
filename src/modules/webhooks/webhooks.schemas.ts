import { z } from 'zod';
import { pageQuery } from '../../common/pagination.js';

/** What an endpoint can subscribe to. Each is recorded in the transaction of its business write. */
export const WEBHOOK_EVENT_TYPES = [
  'signature',
  'signup',
  'attendance',
  'unsubscribe',
  'erasure',
  'milestone',
  'broadcast_finished',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const webhookEventType = z.enum(WEBHOOK_EVENT_TYPES);

const eventTypes = z
  .array(webhookEventType)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((v) => [...new Set(v)])
  .describe(
    'signature (a signature confirmed), signup (a supporter confirmed), attendance (an RSVP confirmed, cancelled or checked in), unsubscribe, erasure, milestone (recorded), broadcast_finished.',
  );

const url = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .describe(
    'Where events are POSTed. https:// on a public address in production (checked again after DNS at every delivery).',
  );

export const createEndpointBody = z.strictObject({
  url,
  description: z.string().trim().max(500).optional(),
  eventTypes,
  enabled: z.boolean().optional().describe('Default true.'),
});
export type CreateEndpointInput = z.output<typeof createEndpointBody>;

export const updateEndpointBody = z.strictObject({
  url: url.optional(),
  description: z.string().trim().max(500).optional(),
  eventTypes: eventTypes.optional(),
  enabled: z
    .boolean()
    .optional()
    .describe('Re-enabling a disabled endpoint resumes its pending deliveries and clears its failure count.'),
});
export type UpdateEndpointInput = z.output<typeof updateEndpointBody>;

export const endpointView = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(webhookEventType),
  enabled: z.boolean(),
  consecutiveFailures: z.number().int(),
  failingSince: z.date().nullable(),
  disabledAt: z.date().nullable(),
  disabledReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const endpointWithSecretView = endpointView.extend({
  secret: z
    .string()
    .describe(
      'The signing secret, shown only now: X-Groundswell-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 with this secret of "<t>.<raw body>">.',
    ),
});

export const deliveriesQuery = pageQuery.extend({
  state: z.enum(['pending', 'delivering', 'delivered', 'failed']).optional(),
});

export const attemptView = z.object({
  attempt: z.number().int(),
  startedAt: z.date(),
  durationMs: z.number().int(),
  statusCode: z.number().int().nullable().describe('HTTP status; null when no answer came.'),
  ok: z.boolean(),
  error: z.string().nullable(),
});

export const deliveryView = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string().describe('The idempotency key the receiver saw (idempotency_key).'),
  eventType: webhookEventType,
  occurredAt: z.date(),
  state: z.enum(['pending', 'delivering', 'delivered', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.date().nullable().describe('When pending: the next attempt.'),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
  log: z.array(attemptView).describe('Every attempt: status, response code, duration. Bodies are never kept.'),
});

export const pingResultView = z
  .object({
    ok: z.boolean().describe('The receiver answered 2xx.'),
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.string().nullable().describe('Why the call failed (timeout, refused address, connection error).'),
  })
  .meta({ id: 'WebhookPingResult' });
