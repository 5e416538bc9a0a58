import type { Locale } from '../../common/i18n.js';
import { variantFor } from '../mail/alert-broadcasts.js';
import type { MailTemplate, RenderContext } from '../mail/mail.types.js';
import { button, html, layout, paragraphs, t, textFooter } from '../mail/templates/html.js';

export const STATEMENT_ALERT_TEMPLATE = 'statement.alert';

/** Per-locale content of the alert. Never personal data: the same for every recipient. */
export interface StatementAlertData {
  statementId: string;
  primaryLocale: string;
  /** 1 for the publication alert, 2+ for explicit re-alerts (worded as an update). */
  version: number;
  variants: Record<string, { title: string; summary: string; url: string }>;
}

const STRINGS: Record<Locale, { kicker: (c: string) => string; updated: (c: string) => string; read: string }> = {
  en: {
    kicker: (c) => `New statement from ${c}`,
    updated: (c) => `Updated statement from ${c}`,
    read: 'Read the statement',
  },
  ar: { kicker: (c) => `بيان جديد من ${c}`, updated: (c) => `بيان محدَّث من ${c}`, read: 'اقرأ البيان' },
};

export const statementAlertTemplate: MailTemplate<StatementAlertData> = {
  name: STATEMENT_ALERT_TEMPLATE,
  category: 'campaign',
  description: 'Alert to subscribers when a statement is published (or explicitly re-sent).',
  sampleData: {
    statementId: '00000000-0000-7000-8000-000000000000',
    primaryLocale: 'en',
    version: 1,
    variants: {
      en: {
        title: 'An unprecedented win',
        summary: 'What the decision means, and what comes next.',
        url: 'https://example.org/s/win',
      },
      ar: {
        title: 'انتصار غير مسبوق',
        summary: 'ماذا يعني القرار، وما هي الخطوة التالية.',
        url: 'https://example.org/s/win?locale=ar',
      },
    },
  } satisfies StatementAlertData,
  render(ctx: RenderContext<StatementAlertData>) {
    const data = ctx.data;
    // The interface language follows the recipient; the content follows the statement's translations.
    const { locale: contentLocale, v } = variantFor(data, ctx.locale);
    const s = t(ctx.locale, STRINGS);
    const campaignName = ctx.campaign?.name ?? '';
    const kicker = data.version > 1 ? s.updated(campaignName) : s.kicker(campaignName);
    const subject = campaignName ? `${campaignName}: ${v.title}` : v.title;
    const body = html`<p style="margin:0 0 8px;color:#6b7280;font-size:14px">${kicker}</p>
      <h1 lang="${contentLocale}" style="margin:0 0 16px;font-size:22px;line-height:1.3">${v.title}</h1>
      <div lang="${contentLocale}">${paragraphs(v.summary)}</div>
      ${button(v.url, s.read)}`;
    return {
      subject,
      html: layout({ locale: ctx.locale, title: subject, body, campaignName, links: ctx.links }),
      text:
        [kicker, '', v.title, '', v.summary, '', `${s.read}: ${v.url}`]
          .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
          .join('\n') + textFooter(ctx.locale, campaignName, ctx.links),
    };
  },
};
