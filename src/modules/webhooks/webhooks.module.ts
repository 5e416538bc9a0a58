import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

/**
 * Outbound webhooks. Domain modules import this one and call `WebhooksService.record(tx, ...)` in
 * their transactions; it imports no domain module back (payloads come through WebhookSources,
 * bound in src/app/webhook-bindings.module.ts; broadcasts tell it through BroadcastsService.onCompleted).
 * Delivery is in WebhooksWorkerModule (worker role only).
 */
@Module({
  imports: [MailModule],
  controllers: [WebhooksController],
  providers: [WebhooksService],
  exports: [WebhooksService],
})
export class WebhooksModule {}
