import type { Locale } from '../../../common/i18n.js';
import type { MailTemplate } from '../mail.types.js';
import { html, layout, paragraphs, t, textFooter } from './html.js';

/** Text an organizer writes once per locale; a missing locale falls back to the other one. */
type Localized = string | Partial<Record<Locale, string>>;

function pick(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Partial<Record<Locale, string>>;
    return v[locale] ?? v.en ?? v.ar ?? '';
  }
  return '';
}

const GREETING: Record<Locale, (name: string | null) => string> = {
  en: (name) => (name ? `Hi ${name},` : 'Hello,'),
  ar: (name) => (name ? `مرحباً ${name}،` : 'مرحباً،'),
};

export interface CampaignUpdateData {
  subject: Localized;
  body: Localized;
}

/**
 * The message organizers write themselves (broadcasts): subject and plain-text body per locale,
 * escaped and laid out in the shared frame with the unsubscribe footer.
 */
/** Organizer-written text: one string for every locale, or one per locale. */
export type LocalizedText = string | Partial<Record<Locale, string>>;

export interface CampaignUpdateData {
  subject: LocalizedText;
  body: LocalizedText;
}

export const campaignUpdateTemplate: MailTemplate<CampaignUpdateData> = {
  name: 'campaign.update',
  category: 'campaign',
  purpose: 'updates',
  description: 'An update written by the organizers: data.subject and data.body, each a string or { en, ar }.',
  sampleData: {
    subject: { en: 'We delivered the petition today', ar: 'سلّمنا العريضة اليوم' },
    body: {
      en: 'Thank you for standing with us.\n\nThis morning we handed 12,000 signatures to the council.',
      ar: 'شكراً لوقوفكم معنا.\n\nسلّمنا هذا الصباح ١٢٬٠٠٠ توقيع إلى المجلس.',
    },
  },
  render({ locale, data, recipient, campaign, links }) {
    const subject = pick(data.subject, locale).trim();
    const body = pick(data.body, locale);
    if (!subject) throw new Error('data.subject is empty');
    const greeting = t(locale, GREETING)(recipient?.firstName ?? null);
    return {
      subject,
      html: layout({
        locale,
        title: subject,
        campaignName: campaign?.name,
        links,
        body: html`<p style="margin:0 0 16px">${greeting}</p>
          ${paragraphs(body)}${campaign ? html`<p style="margin:24px 0 0;color:#374151">— ${campaign.name}</p>` : ''}`,
      }),
      text: `${greeting}\n\n${body.trim()}\n${campaign ? `\n— ${campaign.name}\n` : ''}${textFooter(locale, campaign?.name, links)}\n`,
    };
  },
};
