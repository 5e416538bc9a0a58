import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StatementAlertsService } from './statement-alerts.service.js';
import { StatementsController } from './statements.controller.js';
import { StatementsPublicController } from './statements.public.controller.js';
import { StatementsService } from './statements.service.js';

@Module({
  imports: [CampaignsModule, MailModule],
  controllers: [StatementsController, StatementsPublicController],
  providers: [StatementsService, StatementAlertsService],
  exports: [StatementsService],
})
export class StatementsModule {}
