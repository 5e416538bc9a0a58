import type { Locale } from '../../common/i18n.js';
import type { MailTemplate, RenderContext } from '../mail/mail.types.js';
import { html, layout, paragraphs, safeUrl, type SafeHtml, t, textFooter } from '../mail/templates/html.js';
import type { DigestData } from './digest-content.js';

export const DIGEST_TEMPLATE = 'digests.digest';

interface Strings {
  subject: (campaign: string, kind: 'daily' | 'weekly', n: number) => string;
  greeting: (name: string | null) => string;
  intro: (kind: 'daily' | 'weekly') => string;
  statements: string;
  milestones: string;
  events: string;
  petitions: string;
  more: (n: number) => string;
  isNew: string;
  nearby: string;
  online: string;
  seatsLeft: (n: number) => string;
  signatures: (count: string, goal: string | null) => string;
  to: (target: string) => string;
  readMore: string;
  details: string;
  sign: string;
  preferences: string;
}

const STRINGS: Record<Locale, Strings> = {
  en: {
    subject: (c, kind, n) => `${c}: your ${kind} digest (${n} new)`,
    greeting: (name) => (name ? `Hi ${name},` : 'Hello,'),
    intro: (kind) =>
      kind === 'daily'
        ? 'Here is what is new since yesterday’s digest.'
        : 'Here is what is new since last week’s digest.',
    statements: 'Statements',
    milestones: 'Milestones',
    events: 'Upcoming events',
    petitions: 'Petitions you can sign',
    more: (n) => `and ${n} more`,
    isNew: 'New',
    nearby: 'Near you',
    online: 'Online',
    seatsLeft: (n) => (n === 1 ? '1 place left' : `${n} places left`),
    signatures: (count, goal) => (goal ? `${count} of ${goal} signatures` : `${count} signatures`),
    to: (target) => `To: ${target}`,
    readMore: 'Read',
    details: 'Details and RSVP',
    sign: 'Sign',
    preferences: 'Change how often you get this digest, or when',
  },
  ar: {
    subject: (c, kind, n) => `${c}: ملخصك ${kind === 'daily' ? 'اليومي' : 'الأسبوعي'} (${n} جديد)`,
    greeting: (name) => (name ? `مرحباً ${name}،` : 'مرحباً،'),
    intro: (kind) => (kind === 'daily' ? 'إليك الجديد منذ ملخص الأمس.' : 'إليك الجديد منذ ملخص الأسبوع الماضي.'),
    statements: 'البيانات',
    milestones: 'المحطات',
    events: 'الفعاليات القادمة',
    petitions: 'عرائض يمكنك توقيعها',
    more: (n) => `و${n} أخرى`,
    isNew: 'جديد',
    nearby: 'قريب منك',
    online: 'عبر الإنترنت',
    seatsLeft: (n) => `${n} مقاعد متبقية`,
    signatures: (count, goal) => (goal ? `${count} من ${goal} توقيع` : `${count} توقيع`),
    to: (target) => `إلى: ${target}`,
    readMore: 'اقرأ',
    details: 'التفاصيل والتسجيل',
    sign: 'وقّع',
    preferences: 'غيّر عدد مرات وصول هذا الملخص أو موعده',
  },
};

const num = (n: number, locale: Locale) => new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en-GB').format(n);

function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

const H2 = 'margin:24px 0 8px;font-size:18px;line-height:1.3';
const META = 'margin:0 0 4px;color:#6b7280;font-size:14px';
const BADGE =
  'display:inline-block;padding:0 6px;border-radius:4px;background:#dbeafe;color:#1e3a8a;font-size:12px;font-weight:600';

function badge(label: string): SafeHtml {
  return html`<span style="${BADGE}">${label}</span> `;
}

function progressBar(count: number, goal: number | null): SafeHtml | string {
  if (!goal || goal <= 0) return '';
  const pct = Math.max(2, Math.min(100, Math.round((count / goal) * 100)));
  return html`<div style="margin:4px 0 0;height:6px;background:#e5e7eb;border-radius:3px">
    <div style="width:${String(pct)}%;height:6px;background:#1d4ed8;border-radius:3px"></div>
  </div>`;
}

const SAMPLE: DigestData = {
  kind: 'weekly',
  period: '2026-W14',
  newCount: 4,
  statements: [
    {
      title: 'Our response to the board',
      summary: 'We asked three questions. Here is what they answered.',
      url: 'https://example.org/s/1',
    },
  ],
  moreStatements: 0,
  milestones: [
    {
      title: '10,000 signatures',
      description: 'The petition passed 10,000 confirmed signatures.',
      occurredOn: '2026-03-31',
      kind: 'win',
    },
  ],
  moreMilestones: 0,
  events: [
    {
      title: 'Rally at the town hall',
      when: 'Sat 4 Apr, 14:00 BST',
      where: 'Town hall, London',
      online: false,
      url: 'https://example.org/e/1',
      isNew: true,
      nearby: true,
      seatsLeft: 12,
    },
  ],
  moreEvents: 0,
  petitions: [
    {
      title: 'End the contract',
      target: 'The board',
      url: 'https://example.org/p/1',
      count: 10250,
      goal: 20000,
      isNew: true,
    },
  ],
  morePetitions: 0,
};

/**
 * The scheduled digest: a summary of what is new for one supporter (see digest-content.ts). Campaign
 * mail with the 'digests' purpose, so the sender requires digest consent at send time and adds the
 * one-click unsubscribe headers; the footer and a line in the body link to the preferences page.
 */
export const digestTemplate: MailTemplate<DigestData> = {
  name: DIGEST_TEMPLATE,
  category: 'campaign',
  purpose: 'digests',
  description: 'The daily or weekly digest: new statements, milestones, upcoming events and open petitions.',
  sampleData: SAMPLE,
  render(ctx: RenderContext<DigestData>) {
    const d = ctx.data;
    const locale = ctx.locale;
    const s = t(locale, STRINGS);
    const campaignName = ctx.campaign?.name ?? '';
    const subject = s.subject(campaignName || 'Groundswell', d.kind, d.newCount);
    const more = (n: number) => (n > 0 ? html`<p style="${META}">${s.more(n)}</p>` : '');
    const sections: SafeHtml[] = [];
    const text: string[] = [s.greeting(ctx.recipient?.firstName ?? null), '', s.intro(d.kind)];

    if (d.statements.length > 0) {
      sections.push(
        html`<h2 style="${H2}">${s.statements}</h2>
          ${d.statements.map(
            (x) =>
              html`<p style="margin:0 0 4px;font-weight:600"><a href="${safeUrl(x.url)}">${x.title}</a></p>
                ${x.summary ? paragraphs(x.summary) : ''}`,
          )}${more(d.moreStatements)}`,
      );
      text.push(
        '',
        `## ${s.statements}`,
        ...d.statements.map((x) => `- ${x.title}${x.summary ? `\n  ${x.summary}` : ''}\n  ${x.url}`),
        ...(d.moreStatements ? [`  ${s.more(d.moreStatements)}`] : []),
      );
    }
    if (d.milestones.length > 0) {
      sections.push(
        html`<h2 style="${H2}">${s.milestones}</h2>
          ${d.milestones.map(
            (x) =>
              html`<p style="${META}">${formatDay(x.occurredOn, locale)}</p>
                <p style="margin:0 0 4px;font-weight:600">${x.title}</p>
                ${x.description ? paragraphs(x.description) : ''}`,
          )}${more(d.moreMilestones)}`,
      );
      text.push(
        '',
        `## ${s.milestones}`,
        ...d.milestones.map(
          (x) => `- ${formatDay(x.occurredOn, locale)}: ${x.title}${x.description ? `\n  ${x.description}` : ''}`,
        ),
        ...(d.moreMilestones ? [`  ${s.more(d.moreMilestones)}`] : []),
      );
    }
    if (d.events.length > 0) {
      sections.push(
        html`<h2 style="${H2}">${s.events}</h2>
          ${d.events.map(
            (x) =>
              html`<p style="margin:12px 0 4px;font-weight:600">
                  ${x.isNew ? badge(s.isNew) : ''}${x.nearby ? badge(s.nearby) : ''}<a href="${safeUrl(x.url)}"
                    >${x.title}</a
                  >
                </p>
                <p style="${META}">
                  ${x.when}${x.where ? html` · ${x.where}` : ''}${x.online ? html` · ${s.online}` : ''}${x.seatsLeft !== null ? html` · ${s.seatsLeft(x.seatsLeft)}` : ''}
                </p>`,
          )}${more(d.moreEvents)}`,
      );
      text.push(
        '',
        `## ${s.events}`,
        ...d.events.map(
          (x) =>
            `- ${[x.isNew ? `[${s.isNew}]` : '', x.nearby ? `[${s.nearby}]` : '', x.title].filter(Boolean).join(' ')}\n  ${[x.when, x.where, x.online ? s.online : null].filter(Boolean).join(' · ')}\n  ${x.url}`,
        ),
        ...(d.moreEvents ? [`  ${s.more(d.moreEvents)}`] : []),
      );
    }
    if (d.petitions.length > 0) {
      sections.push(
        html`<h2 style="${H2}">${s.petitions}</h2>
          ${d.petitions.map(
            (x) =>
              html`<p style="margin:12px 0 4px;font-weight:600">
                  ${x.isNew ? badge(s.isNew) : ''}<a href="${safeUrl(x.url)}">${x.title}</a>
                </p>
                <p style="${META}">
                  ${s.to(x.target)} · ${s.signatures(num(x.count, locale), x.goal ? num(x.goal, locale) : null)}
                </p>
                ${progressBar(x.count, x.goal)}`,
          )}${more(d.morePetitions)}`,
      );
      text.push(
        '',
        `## ${s.petitions}`,
        ...d.petitions.map(
          (x) =>
            `- ${x.isNew ? `[${s.isNew}] ` : ''}${x.title}\n  ${s.to(x.target)} · ${s.signatures(num(x.count, locale), x.goal ? num(x.goal, locale) : null)}\n  ${x.url}`,
        ),
        ...(d.morePetitions ? [`  ${s.more(d.morePetitions)}`] : []),
      );
    }

    const prefs = ctx.links.preferences;
    const body = html`<p style="margin:0 0 16px">${s.greeting(ctx.recipient?.firstName ?? null)}</p>
      <p style="margin:0 0 8px">${s.intro(d.kind)}</p>
      ${sections}
      ${prefs ? html`<p style="margin:32px 0 0;font-size:14px"><a href="${safeUrl(prefs)}">${s.preferences}</a></p>` : ''}`;
    if (prefs) text.push('', `${s.preferences}: ${prefs}`);
    return {
      subject,
      html: layout({ locale, title: subject, body, campaignName, links: ctx.links }),
      text: text.join('\n') + textFooter(locale, campaignName, ctx.links) + '\n',
    };
  },
};
