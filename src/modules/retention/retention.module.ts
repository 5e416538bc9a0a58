import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { EventsModule } from '../events/events.module.js';
import { MailModule } from '../mail/mail.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { CampaignShutdownService } from './campaign-shutdown.service.js';
import { RetentionController } from './retention.controller.js';
import { RetentionService } from './retention.service.js';

/**
 * Data that expires: per-campaign retention rules, the daily job that applies them, and campaign
 * shutdown. Owns retention_policies and campaign_shutdowns; every other table is changed through
 * its module's service (petitions, events, supporters, audit, mail, campaigns).
 */
@Module({
  imports: [CampaignsModule, MailModule, SupportersModule, PetitionsModule, EventsModule],
  controllers: [RetentionController],
  providers: [RetentionService, CampaignShutdownService],
  exports: [RetentionService, CampaignShutdownService],
})
export class RetentionModule {}
