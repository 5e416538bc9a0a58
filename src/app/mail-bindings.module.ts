import { Global, Module } from '@nestjs/common';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';
import { CampaignsForMailService } from './campaigns-for-mail.service.js';
import { CampaignDirectory } from '../modules/mail/campaign-directory.js';
import { RecipientDirectory } from '../modules/mail/recipient-directory.js';
import { SupporterDirectoryService } from '../modules/supporters/supporter-directory.service.js';
import { SupportersModule } from '../modules/supporters/supporters.module.js';

/**
 * Binds what the mail module asks for about campaigns and recipients to the campaigns and
 * supporters modules. It lives in the composition root (like the access guard) because it joins
 * modules: mail imports no domain module, and campaigns and supporters send their mail through
 * mail, so neither may import the other back.
 */
@Global()
@Module({
  imports: [CampaignsModule, SupportersModule],
  providers: [
    { provide: CampaignDirectory, useClass: CampaignsForMailService },
    { provide: RecipientDirectory, useExisting: SupporterDirectoryService },
  ],
  exports: [CampaignDirectory, RecipientDirectory],
})
export class MailBindingsModule {}
