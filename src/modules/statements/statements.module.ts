import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StatementAlerts } from './statement-alerts.js';
import { StatementsController } from './statements.controller.js';
import { StatementsPublicController } from './statements.public.controller.js';
import { StatementsService } from './statements.service.js';

@Module({
  imports: [CampaignsModule, MailModule],
  controllers: [StatementsController, StatementsPublicController],
  providers: [StatementsService, StatementAlerts],
  exports: [StatementsService],
})
export class StatementsModule {}
