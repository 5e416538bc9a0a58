import type { Locale } from '../../common/i18n.js';
import type { MailTemplate, RenderContext } from '../mail/mail.types.js';
import { button, html, layout, paragraphs, safeUrl, t, textFooter } from '../mail/templates/html.js';
import { variantFor } from '../mail/alert-broadcasts.js';

export const MILESTONE_ALERT_TEMPLATE = 'milestone.alert';

/** Per-locale content of a milestone alert; the same for every recipient (no personal data). */
export interface MilestoneAlertData {
  milestoneId: string;
  kind: 'win' | 'action' | 'escalation' | 'setback' | 'report';
  primaryLocale: string;
  /** 'YYYY-MM-DD' in the campaign's zone. */
  occurredOn: string;
  daysSinceStart: number | null;
  timelineUrl: string;
  sourceLinks: { url: string; title?: string; publisher?: string }[];
  variants: Record<string, { title: string; description: string }>;
}

const KIND: Record<Locale, Record<MilestoneAlertData['kind'], string>> = {
  en: { win: 'A win', action: 'Action', escalation: 'Escalation', setback: 'Setback', report: 'Report' },
  ar: { win: 'انتصار', action: 'تحرك', escalation: 'تصعيد', setback: 'انتكاسة', report: 'تقرير' },
};

const STRINGS: Record<Locale, { day: (n: number) => string; timeline: string; sources: string }> = {
  en: { day: (n) => `Day ${n} of the campaign`, timeline: 'See the campaign timeline', sources: 'Sources' },
  ar: { day: (n) => `اليوم ${n} من الحملة`, timeline: 'الجدول الزمني للحملة', sources: 'المصادر' },
};

function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export const milestoneAlertTemplate: MailTemplate<MilestoneAlertData> = {
  name: MILESTONE_ALERT_TEMPLATE,
  category: 'campaign',
  description: 'Alert to subscribers when a milestone marked for notification is recorded.',
  sampleData: {
    milestoneId: '00000000-0000-7000-8000-000000000000',
    kind: 'win',
    primaryLocale: 'en',
    occurredOn: '2025-09-25',
    daysSinceStart: 500,
    timelineUrl: 'https://example.org/timeline',
    sourceLinks: [{ url: 'https://example.org/report', publisher: 'Example News' }],
    variants: {
      en: { title: 'The company ceased the services', description: 'According to public reporting, ...' },
      ar: { title: 'أوقفت الشركة الخدمات', description: 'وفقًا لتقارير منشورة ...' },
    },
  } satisfies MilestoneAlertData,
  render(ctx: RenderContext<MilestoneAlertData>) {
    const data = ctx.data;
    const { locale: contentLocale, v } = variantFor(data, ctx.locale);
    const s = t(ctx.locale, STRINGS);
    const kind = t(ctx.locale, KIND)[data.kind];
    const campaignName = ctx.campaign?.name ?? '';
    const when = [
      formatDay(data.occurredOn, ctx.locale),
      data.daysSinceStart !== null && data.daysSinceStart >= 0 ? s.day(data.daysSinceStart + 1) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    const subject = campaignName ? `${campaignName}: ${v.title}` : v.title;
    const sources = data.sourceLinks.map((l) => ({
      label: l.title || l.publisher || l.url,
      publisher: l.title && l.publisher ? l.publisher : null,
      url: l.url,
    }));
    const body = html`<p style="margin:0 0 8px;color:#6b7280;font-size:14px">${kind} · ${when}</p>
      <h1 lang="${contentLocale}" style="margin:0 0 16px;font-size:22px;line-height:1.3">${v.title}</h1>
      <div lang="${contentLocale}">${paragraphs(v.description)}</div>
      ${
        sources.length > 0
          ? html`<p style="margin:16px 0 4px;font-weight:600">${s.sources}</p>
              <ul style="margin:0;padding-inline-start:20px">
                ${sources.map((l) => html`<li><a href="${safeUrl(l.url)}">${l.label}</a>${l.publisher ? html` (${l.publisher})` : ''}</li>`)}
              </ul>`
          : ''
      }
      ${button(data.timelineUrl, s.timeline)}`;
    const text = [
      `${kind} · ${when}`,
      '',
      v.title,
      ...(v.description ? ['', v.description] : []),
      ...(sources.length > 0
        ? [
            '',
            `${s.sources}:`,
            ...sources.map((l) => `- ${l.label}${l.publisher ? ` (${l.publisher})` : ''}: ${l.url}`),
          ]
        : []),
      '',
      `${s.timeline}: ${data.timelineUrl}`,
    ].join('\n');
    return {
      subject,
      html: layout({ locale: ctx.locale, title: subject, body, campaignName, links: ctx.links }),
      text: text + textFooter(ctx.locale, campaignName, ctx.links),
    };
  },
};
