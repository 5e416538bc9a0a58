import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MilestonesModule } from '../milestones/milestones.module.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { PetitionCountsService } from './petition-counts.service.js';
import { PetitionsController } from './petitions.controller.js';
import { PetitionsPublicController } from './petitions.public.controller.js';
import { PetitionsService } from './petitions.service.js';
import { SignatureReportsService } from './signature-reports.service.js';
import { SignaturesController } from './signatures.controller.js';
import { SignatureRetentionService } from './signature-retention.service.js';
import { SignatureModerationService } from './signature-moderation.service.js';
import { SignaturesService } from './signatures.service.js';
import { SignatureTrendsService } from './signature-trends.service.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { VerifyThenForgetService } from './verify-then-forget.service.js';
import { PetitionDeliveryService } from './petition-delivery.service.js';

/**
 * Petitions and their signatures. Signing goes through SupportersService (the supporter) and
 * MailService (the confirmation, in the same transaction); a threshold crossing is recorded through
 * MilestonesService. Counting without a hot row: see PetitionCountsService and
 * docs/decisions/petition-counting.md.
 */
@Module({
  imports: [CampaignsModule, MailModule, SupportersModule, MilestonesModule, WebhooksModule],
  controllers: [PetitionsController, SignaturesController, PetitionsPublicController],
  providers: [
    SignatureTrendsService,
    PetitionsService,
    PetitionCountsService,
    SignaturesService,
    VerifyThenForgetService,
    SignatureModerationService,
    SignatureReportsService,
    PetitionDeliveryService,
    SignatureRetentionService,
  ],
  exports: [
    SignatureTrendsService,
    PetitionsService,
    PetitionCountsService,
    SignaturesService,
    SignatureModerationService,
    SignatureReportsService,
    SignatureRetentionService,
  ],
})
export class PetitionsModule {}
