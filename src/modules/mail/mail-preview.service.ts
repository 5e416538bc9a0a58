import { Injectable } from '@nestjs/common';
import type { Locale } from '../../common/i18n.js';
import { AppConfig } from '../../config/config.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { Problem } from '../../common/problem.js';
import { senderHeaders } from './campaign-sender.js';
import { CampaignDirectory } from './campaign-directory.js';
import { messageLinks } from './links.js';
import { MailTemplatesService } from './mail-templates.service.js';
import type { RenderedMail } from './mail.types.js';
import type { Recipient } from './recipient-directory.js';

/** A stand-in supporter for previews: never a real person's data. */
const SAMPLE_SUPPORTER_ID = '00000000-0000-7000-8000-000000000000';
const SAMPLE_NAMES: Record<Locale, string> = { en: 'Sam', ar: 'سامي' };

export interface Preview {
  template: string;
  locale: Locale;
  subject: string;
  html: string;
  text: string;
  dir: 'ltr' | 'rtl';
  /** The From and Reply-To the mail would carry: the campaign's sender name and Reply-To, as sent. */
  from: string;
  replyTo: string | null;
}

/**
 * Renders a template with sample data for organizers (template preview, broadcast drafts), or
 * with one real supporter's content and name (the digest preview).
 */
@Injectable()
export class MailPreviewService {
  constructor(
    private readonly templates: MailTemplatesService,
    private readonly campaigns: CampaignDirectory,
    private readonly signer: LinkSignerService,
    private readonly config: AppConfig,
  ) {}

  /**
   * `firstName`, when given, greets as the mail to that person would (a real supporter's preview,
   * for a role that may see their name); links and address stay the sample's, so the preview hands
   * out no working link of theirs.
   */
  async render(
    campaignId: string,
    templateName: string,
    locale: Locale,
    data?: object,
    person?: { firstName: string | null },
  ): Promise<Preview> {
    const template = this.templates.get(templateName);
    if (!template) throw Problem.notFound(`Template "${templateName}"`);
    const campaign = (await this.campaigns.find([campaignId])).get(campaignId) ?? null;
    const recipient: Recipient = {
      supporterId: SAMPLE_SUPPORTER_ID,
      campaignId,
      email: 'supporter@example.org',
      locale,
      firstName: person ? person.firstName : SAMPLE_NAMES[locale],
      campaignMail: true,
      digestMail: true,
      transactional: true,
    };
    const links = messageLinks(this.signer, this.config.get('PUBLIC_URL'), {
      category: template.category,
      supporterId: SAMPLE_SUPPORTER_ID,
      campaignSlug: campaign?.slug ?? null,
      locale,
    });
    let rendered: RenderedMail;
    try {
      rendered = template.render({
        locale,
        data: { ...(template.sampleData ?? {}), ...(data ?? {}) },
        recipient,
        campaign,
        links,
        publicUrl: this.config.get('PUBLIC_URL'),
      });
    } catch (err) {
      throw Problem.unprocessable(
        'template-render-failed',
        `The template could not be rendered: ${(err as Error).message}`,
      );
    }
    const sender = senderHeaders(this.config.get('MAIL_FROM'), template, campaign);
    return {
      template: templateName,
      locale,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      dir: locale === 'ar' ? 'rtl' : 'ltr',
      from: sender.from,
      replyTo: sender.replyTo ?? null,
    };
  }
}
