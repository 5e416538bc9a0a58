import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { EventsModule } from '../events/events.module.js';
import { MilestonesModule } from '../milestones/milestones.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { StatementsModule } from '../statements/statements.module.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { OsdiActionsController } from './osdi-actions.controller.js';
import { OsdiActivitiesController } from './osdi-activities.controller.js';
import { OsdiActivityWriterService } from './osdi-activity-writer.service.js';
import { OsdiCampaignController } from './osdi-campaign.controller.js';
import { OsdiHelperActionsService } from './osdi-helper-actions.service.js';
import { OsdiHttpService } from './osdi-http.service.js';
import { OsdiIdentifiersService } from './osdi-identifiers.service.js';
import { OsdiPeopleController } from './osdi-people.controller.js';
import { OsdiPeopleReaderService } from './osdi-people-reader.service.js';

/**
 * The OSDI API (opensupporter/osdi-docs 1.2) under /osdi/v1: a second face on the same services.
 * It owns only the foreign identifiers clients give; every rule (signup, signing, RSVP, erasure,
 * tagging) is the owning module's. See docs/decisions/osdi.md.
 */
@Module({
  imports: [
    AuthModule,
    CampaignsModule,
    SupportersModule,
    PetitionsModule,
    EventsModule,
    StatementsModule,
    MilestonesModule,
  ],
  controllers: [OsdiPeopleController, OsdiActionsController, OsdiActivitiesController, OsdiCampaignController],
  providers: [
    OsdiIdentifiersService,
    OsdiPeopleReaderService,
    OsdiHelperActionsService,
    OsdiActivityWriterService,
    OsdiHttpService,
  ],
  exports: [OsdiIdentifiersService],
})
export class OsdiModule {}
