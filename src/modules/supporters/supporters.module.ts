import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SupporterDigestPagesService } from './supporter-digest-pages.service.js';
import { SupporterDirectoryService } from './supporter-directory.service.js';
import { SupporterImportService } from './supporter-import.service.js';
import { SupporterLinksService } from './supporter-links.service.js';
import { SupporterPrivacyService } from './supporter-privacy.service.js';
import { SupporterSettingsService } from './supporter-settings.service.js';
import { SupporterUpsertService } from './supporter-upsert.service.js';
import { SupportersAdminService } from './supporters-admin.service.js';
import { SupportersHttpService } from './supporters-http.service.js';
import { SupportersController } from './supporters.controller.js';
import { SupportersPublicController } from './supporters.public.controller.js';
import { SupportersService } from './supporters.service.js';
import { SupporterTrendsService } from './supporter-trends.service.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';

/**
 * Supporters, their consents and privacy rights. SupporterDirectoryService is what the mail module sees
 * of supporters: src/app/mail-bindings.module.ts binds it to RecipientDirectory, so mail imports
 * no domain module (supporters → mail is the only direction). Petitions, events and digests
 * import this module and call SupportersService (the shared form API); digests reads subscribers
 * through SupporterDigestPagesService. Where each rule lives: the header of each file.
 * The retention jobs (SupportersProcessor) are listed in the worker module only.
 */
@Module({
  imports: [MailModule, CampaignsModule, WebhooksModule],
  controllers: [SupportersController, SupportersPublicController],
  providers: [
    SupporterTrendsService,
    SupportersService,
    SupporterUpsertService,
    SupporterLinksService,
    SupporterSettingsService,
    SupporterDigestPagesService,
    SupportersAdminService,
    SupporterPrivacyService,
    SupporterImportService,
    SupporterDirectoryService,
    SupportersHttpService,
  ],
  exports: [
    SupporterTrendsService,
    SupportersService,
    SupporterUpsertService,
    SupporterDigestPagesService,
    SupportersAdminService,
    SupporterPrivacyService,
    SupporterDirectoryService,
    SupporterSettingsService,
  ],
})
export class SupportersModule {}
