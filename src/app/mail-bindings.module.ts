import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../modules/auth/auth.module.js';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';
import { CampaignsForMailService } from './campaigns-for-mail.service.js';
import { OrganizersForMailService } from './organizers-for-mail.service.js';
import { CampaignDirectory } from '../modules/mail/campaign-directory.js';
import { OrganizerDirectory } from '../modules/mail/organizer-directory.js';
import { RecipientDirectory } from '../modules/mail/recipient-directory.js';
import { SupporterDirectoryService } from '../modules/supporters/supporter-directory.service.js';
import { SupportersModule } from '../modules/supporters/supporters.module.js';

/**
 * Binds what the mail module asks for about campaigns and recipients to the campaigns,
 * supporters and auth (organizers) modules. It lives in the composition root (like the access guard) because it joins
 * modules: mail imports no domain module, and campaigns and supporters send their mail through
 * mail, so neither may import the other back.
 */
@Global()
@Module({
  imports: [AuthModule, CampaignsModule, SupportersModule],
  providers: [
    { provide: CampaignDirectory, useClass: CampaignsForMailService },
    { provide: RecipientDirectory, useExisting: SupporterDirectoryService },
    { provide: OrganizerDirectory, useClass: OrganizersForMailService },
  ],
  exports: [CampaignDirectory, RecipientDirectory, OrganizerDirectory],
})
export class MailBindingsModule {}
