import { Module } from '@nestjs/common';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';
import { EventsModule } from '../modules/events/events.module.js';
import { MilestonesModule } from '../modules/milestones/milestones.module.js';
import { PetitionsModule } from '../modules/petitions/petitions.module.js';
import { PrivacyModule } from '../modules/privacy/privacy.module.js';
import { StatementsModule } from '../modules/statements/statements.module.js';
import { AssetsController } from './assets.controller.js';
import { EmbedSnippetsController } from './embed-snippets.controller.js';
import { EmbedController } from './embed.controller.js';
import { PagesController } from './pages.controller.js';

/**
 * The public web layer (HTTP role only): pages under /c (the privacy page's JSON twin comes with PrivacyModule), embeddable forms under /embed (and their
 * snippets for organizers), assets under /assets.
 */
@Module({
  imports: [CampaignsModule, PetitionsModule, EventsModule, StatementsModule, MilestonesModule, PrivacyModule],
  controllers: [PagesController, EmbedController, EmbedSnippetsController, AssetsController],
})
export class WebModule {}
