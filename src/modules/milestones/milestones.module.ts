import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StatementsModule } from '../statements/statements.module.js';
import { MilestoneAlertsService } from './milestone-alerts.service.js';
import { MilestonesController } from './milestones.controller.js';
import { MilestonesPublicController } from './milestones.public.controller.js';
import { MilestonesService } from './milestones.service.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';

@Module({
  imports: [CampaignsModule, MailModule, StatementsModule, WebhooksModule],
  controllers: [MilestonesController, MilestonesPublicController],
  providers: [MilestonesService, MilestoneAlertsService],
  exports: [MilestonesService],
})
export class MilestonesModule {}
