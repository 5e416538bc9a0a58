import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SupporterDirectory } from './supporter-directory.js';
import { SupporterImportService } from './supporter-import.service.js';
import { SupporterPrivacyService } from './supporter-privacy.service.js';
import { SupportersAdminService } from './supporters-admin.service.js';
import { SupportersHttpSetup } from './supporters-http.js';
import { SupportersController } from './supporters.controller.js';
import { SupportersPublicController } from './supporters.public.controller.js';
import { SupportersService } from './supporters.service.js';
import { SupporterTrendsService } from './supporter-trends.service.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';

/**
 * Supporters, their consents and privacy rights. SupporterDirectory is what the mail module sees
 * of supporters: src/app/mail-bindings.module.ts binds it to RecipientDirectory, so mail imports
 * no domain module (supporters → mail is the only direction). Petitions, events and digests
 * import this module and call SupportersService.
 * The retention jobs (SupportersProcessor) are listed in the worker module only.
 */
@Module({
  imports: [MailModule, CampaignsModule, WebhooksModule],
  controllers: [SupportersController, SupportersPublicController],
  providers: [
    SupporterTrendsService,
    SupportersService,
    SupportersAdminService,
    SupporterPrivacyService,
    SupporterImportService,
    SupporterDirectory,
    SupportersHttpSetup,
  ],
  exports: [
    SupporterTrendsService,
    SupportersService,
    SupportersAdminService,
    SupporterPrivacyService,
    SupporterDirectory,
  ],
})
export class SupportersModule {}
