import { Global, Injectable, Module } from '@nestjs/common';
import type { Locale } from '../common/i18n.js';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';
import { CampaignDirectory } from '../modules/mail/campaign-directory.js';
import type { MailCampaign } from '../modules/mail/mail.types.js';

/**
 * Binds what the mail module asks for about campaigns to the campaigns module. It lives in the
 * composition root (like the access guard) because it joins two modules: mail imports no domain
 * module, and campaigns sends its invitations through mail, so neither may import the other back.
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
  imports: [CampaignsModule],
  providers: [{ provide: CampaignDirectory, useClass: CampaignsForMail }],
  exports: [CampaignDirectory],
})
export class MailBindingsModule {}
