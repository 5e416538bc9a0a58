import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { RetentionModule } from '../retention/retention.module.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { PrivacyFactsService } from './privacy-facts.service.js';
import { PrivacyPublicController } from './privacy.public.controller.js';

/**
 * A campaign's privacy facts (what is collected, kept, shown, for how long), gathered from the
 * modules that own each setting; no tables of its own. The page lives in src/web.
 */
@Module({
  imports: [CampaignsModule, SupportersModule, RetentionModule, PetitionsModule],
  controllers: [PrivacyPublicController],
  providers: [PrivacyFactsService],
  exports: [PrivacyFactsService],
})
export class PrivacyModule {}
