import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { EventsModule } from '../events/events.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MilestonesModule } from '../milestones/milestones.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { StatementsModule } from '../statements/statements.module.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { DigestSourcesService } from './digest-sources.service.js';
import { DigestsController } from './digests.controller.js';
import { DigestsService } from './digests.service.js';

/**
 * Scheduled email digests: settings, run history and preview (both roles). The scheduler, the
 * mail outcome reconciler and their jobs live in DigestsWorkerModule (worker role only).
 * Reads other modules' content through their services only.
 */
@Module({
  imports: [
    CampaignsModule,
    MailModule,
    SupportersModule,
    StatementsModule,
    MilestonesModule,
    EventsModule,
    PetitionsModule,
  ],
  controllers: [DigestsController],
  providers: [DigestsService, DigestSourcesService],
  exports: [DigestsService, DigestSourcesService],
})
export class DigestsModule {}
