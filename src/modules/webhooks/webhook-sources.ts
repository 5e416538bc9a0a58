import type { WebhookEventType } from './webhooks.schemas.js';

/** A recorded event, as the payload builder gets it: ids only. */
export interface WebhookEventRef {
  id: string;
  campaignId: string;
  type: WebhookEventType;
  subjectId: string;
  parentId: string | null;
  occurredAt: Date;
}

/**
 * What the webhooks module knows of the other modules: the OSDI resource an event is about, built
 * from current data at delivery time (so an erased person's data is gone from every later payload).
 * Bound in src/app/webhook-bindings.module.ts, like mail's RecipientDirectory: webhooks imports no
 * domain module, so every domain module can import webhooks to record its events.
 */
export abstract class WebhookSources {
  /** `rel` is the HAL key (`osdi:signature`); null when the subject no longer exists. */
  abstract resource(event: WebhookEventRef): Promise<{ rel: string; resource: Record<string, unknown> } | null>;
}
