import { Global, Injectable, Module } from '@nestjs/common';
import type { Locale } from '../common/i18n.js';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';
import { CampaignDirectory } from '../modules/mail/campaign-directory.js';
import { RecipientDirectory } from '../modules/mail/recipient-directory.js';
import { SupporterDirectory } from '../modules/supporters/supporter-directory.js';
import { SupportersModule } from '../modules/supporters/supporters.module.js';
import type { MailCampaign } from '../modules/mail/mail.types.js';

/**
 * Binds what the mail module asks for about campaigns and recipients to the campaigns and
 * supporters modules. It lives in the composition root (like the access guard) because it joins
 * modules: mail imports no domain module, and campaigns and supporters send their mail through
 * mail, so neither may import the other back.
 */
@Injectable()
export class CampaignsForMail extends CampaignDirectory {
  constructor(private readonly campaigns: CampaignsService) {
    super();
  }

  async find(campaignIds: string[]): Promise<Map<string, MailCampaign>> {
    const out = new Map<string, MailCampaign>();
    for (const id of new Set(campaignIds)) {
      const c = await this.campaigns.get(id).catch(() => null);
      if (c)
        out.set(id, {
          id: c.id,
          name: c.name,
          slug: c.slug,
          defaultLocale: (c.defaultLocale === 'ar' ? 'ar' : 'en') as Locale,
          timeZone: c.timeZone,
        });
    }
    return out;
  }
}

@Global()
@Module({
  imports: [CampaignsModule, SupportersModule],
  providers: [
    { provide: CampaignDirectory, useClass: CampaignsForMail },
    { provide: RecipientDirectory, useExisting: SupporterDirectory },
  ],
  exports: [CampaignDirectory, RecipientDirectory],
})
export class MailBindingsModule {}
