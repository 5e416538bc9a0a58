import { Injectable } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import type { JobPayloads } from '../../infra/queue/queue.registry.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';

/** Outbound webhook calls (worker role only); the relay adds them, see WebhookDeliveryService. */
@Injectable()
export class WebhooksProcessor {
  constructor(private readonly delivery: WebhookDeliveryService) {}

  @JobHandler('webhooks.deliver')
  async deliver(data: JobPayloads['webhooks.deliver']) {
    const result = await this.delivery.deliver(data.id, data.attempt);
    return result ? { ok: result.ok, statusCode: result.statusCode } : { skipped: true };
  }

  @JobHandler('webhooks.purge')
  async purge() {
    return { removed: await this.delivery.purge() };
  }
}
