import { Module, type OnModuleInit } from '@nestjs/common';
import { BroadcastsController } from './broadcasts.controller.js';
import { BroadcastsService } from './broadcasts.service.js';
import { MailMessagesService } from './mail-messages.service.js';
import { MailWebhookController } from './mail-webhook.controller.js';
import { MailWebhookService } from './mail-webhook.service.js';
import { MailController } from './mail.controller.js';
import { MailPreviewService } from './mail-preview.service.js';
import { MailSuppressionsService } from './mail-suppressions.service.js';
import { MailTemplatesService } from './mail-templates.service.js';
import { MailService } from './mail.service.js';
import { BroadcastTestsService } from './broadcast-tests.service.js';
import { campaignUpdateTemplate } from './templates/campaign-update.template.js';
import { MailTrendsService } from './mail-trends.service.js';

/** What other modules may use of mail; the rest is its own. */
const EXPORTED = [
  MailTrendsService,
  MailService,
  MailTemplatesService,
  MailSuppressionsService,
  MailPreviewService,
  BroadcastsService,
];

/**
 * Email delivery: the outbox (MailService.enqueue), templates, broadcasts, suppression and the
 * bounce/complaint webhook. Imports no domain module: supporters come through RecipientDirectory
 * and campaigns through CampaignDirectory, both bound outside this module.
 */
@Module({
  controllers: [MailController, BroadcastsController, MailWebhookController],
  providers: [...EXPORTED, BroadcastTestsService, MailMessagesService, MailWebhookService],
  exports: EXPORTED,
})
export class MailModule implements OnModuleInit {
  constructor(private readonly mail: MailService) {}

  onModuleInit(): void {
    this.mail.registerTemplate(campaignUpdateTemplate);
  }
}
