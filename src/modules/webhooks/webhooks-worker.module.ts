import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhooksModule } from './webhooks.module.js';

/** Worker-only webhook services: the relay and the calls. Never loaded by the API role. */
@Module({
  imports: [WebhooksModule, MailModule, CampaignsModule],
  providers: [WebhookDeliveryService],
  exports: [WebhookDeliveryService],
})
export class WebhooksWorkerModule {}
