import { Injectable } from '@nestjs/common';
import type { Locale } from '../common/i18n.js';
import { targetedDomains, targetedOrganizationsOf } from '../common/targeted-domains.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';
import { CampaignDirectory } from '../modules/mail/campaign-directory.js';
import type { MailCampaign } from '../modules/mail/mail.types.js';

/** What the mail module sees of campaigns (CampaignDirectory), bound in MailBindingsModule. */
@Injectable()
export class CampaignsForMailService extends CampaignDirectory {
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
          targetedDomains: targetedDomains(targetedOrganizationsOf(c.targetedOrganizations)),
          mailSafetyNote: c.mailSafetyNote,
          senderName: c.senderName,
          replyTo: c.replyTo,
        });
    }
    return out;
  }
}
