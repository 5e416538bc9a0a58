import { Global, Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { RecipientDirectory } from '../mail/recipient-directory.js';
import { SupporterDirectory } from './supporter-directory.js';
import { SupporterImportService } from './supporter-import.service.js';
import { SupporterPrivacyService } from './supporter-privacy.service.js';
import { SupportersAdminService } from './supporters-admin.service.js';
import { SupportersHttpSetup } from './supporters-http.js';
import { SupportersController } from './supporters.controller.js';
import { SupportersPublicController } from './supporters.public.controller.js';
import { SupportersService } from './supporters.service.js';
import { SupporterTrendsService } from './supporter-trends.service.js';

/**
 * Supporters, their consents and privacy rights. Global so the mail module finds the
 * RecipientDirectory binding without importing a domain module (supporters → mail is the only
 * direction). Petitions, events and digests import this module and call SupportersService.
 * The retention jobs (SupportersProcessor) are listed in the worker module only.
 */
@Global()
@Module({
  imports: [MailModule, CampaignsModule],
  controllers: [SupportersController, SupportersPublicController],
  providers: [
    SupporterTrendsService,
    SupportersService,
    SupportersAdminService,
    SupporterPrivacyService,
    SupporterImportService,
    SupporterDirectory,
    SupportersHttpSetup,
    { provide: RecipientDirectory, useExisting: SupporterDirectory },
  ],
  exports: [SupporterTrendsService, SupportersService, SupporterPrivacyService, RecipientDirectory],
})
export class SupportersModule {}
