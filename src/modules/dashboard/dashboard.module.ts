import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { EventsModule } from '../events/events.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MilestonesModule } from '../milestones/milestones.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';

/** Composes other modules' read methods; owns no table. */
@Module({
  imports: [CampaignsModule, PetitionsModule, SupportersModule, EventsModule, MailModule, MilestonesModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
