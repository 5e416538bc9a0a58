import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { html, isRtl, raw, type SafeHtml, safeUrl, t } from '../mail/templates/html.js';

/**
 * The few HTML pages supporters reach from an email or a plain form post (no JavaScript needed):
 * confirm, unsubscribe, preferences, export, erase and a thank-you page. Every value is escaped;
 * every action that changes something is a POST behind a button, so mail scanners that open links
 * change nothing. Pages follow the supporter's locale, Arabic right-to-left.
 */

export const asPageLocale = (v: string | null | undefined): Locale =>
  (SUPPORTED_LOCALES as readonly string[]).includes(v ?? '') ? (v as Locale) : 'en';

export function page(locale: Locale, title: string, body: SafeHtml): string {
  const dir = isRtl(locale) ? 'rtl' : 'ltr';
  return html`<!doctype html>
    <html lang="${locale}" dir="${dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          body {
            font-family: -apple-system, 'Segoe UI', Tahoma, Arial, sans-serif;
            background: #f3f4f6;
            color: #111827;
            margin: 0;
            padding: 24px 12px;
            line-height: 1.5;
          }
          main {
            max-width: 560px;
            margin: 0 auto;
            background: #fff;
            border-radius: 8px;
            padding: 32px;
          }
          h1 {
            font-size: 1.4em;
            margin: 0 0 16px;
          }
          button {
            background: #1d4ed8;
            color: #fff;
            border: 0;
            border-radius: 6px;
            padding: 12px 20px;
            font-size: 1em;
            font-weight: 600;
            cursor: pointer;
          }
          button.danger {
            background: #b91c1c;
          }
          label {
            display: block;
            margin: 12px 0;
          }
          fieldset {
            border: 1px solid #e5e7eb;
            border-radius: 6px;
            margin: 16px 0;
          }
          select,
          input[type='number'],
          input[type='text'] {
            font-size: 1em;
            padding: 4px;
          }
          .muted {
            color: #6b7280;
            font-size: 0.9em;
          }
        </style>
      </head>
      <body>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`.value;
}

const p = (text: string) => html`<p>${text}</p>`;
const postButton = (label: string, fields: Record<string, string> = {}, danger = false) =>
  html`<form method="post">
    ${Object.entries(fields).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}<button
      type="submit"
      ${danger ? raw(' class="danger"') : ''}
    >
      ${label}
    </button>
  </form>`;
const link = (href: string, label: string) => html`<p><a href="${safeUrl(href)}">${label}</a></p>`;

interface Texts {
  thanksTitle: string;
  thanks: string;
  confirmTitle: string;
  confirmPrompt: (campaign: string) => string;
  confirmButton: string;
  confirmedTitle: string;
  confirmed: (campaign: string) => string;
  unsubscribeTitle: string;
  unsubscribePrompt: (campaign: string) => string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribed: (campaign: string) => string;
  preferencesLink: string;
  prefsTitle: string;
  prefsIntro: (campaign: string, email: string) => string;
  updates: string;
  digests: string;
  frequency: string;
  freq: Record<'never' | 'daily' | 'weekly', string>;
  hour: string;
  noHour: string;
  language: string;
  save: string;
  saved: string;
  unsubscribeAll: string;
  yourData: string;
  requestExport: string;
  requestErasure: string;
  requestSentTitle: string;
  requestSent: string;
  exportTitle: string;
  exportPrompt: (campaign: string) => string;
  exportButton: string;
  eraseTitle: string;
  erasePrompt: (campaign: string) => string;
  eraseButton: string;
  erasedTitle: string;
  erased: string;
  errorTitle: string;
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    thanksTitle: 'Thank you',
    thanks:
      'Thank you for signing up. If we need to confirm your email address, we have sent you a message: please click the link in it.',
    confirmTitle: 'Confirm your email address',
    confirmPrompt: (c) => `Press the button to confirm that you want to hear from ${c}.`,
    confirmButton: 'Confirm',
    confirmedTitle: 'Confirmed',
    confirmed: (c) => `Thank you: your email address is confirmed and you will hear from ${c}.`,
    unsubscribeTitle: 'Unsubscribe',
    unsubscribePrompt: (c) => `Press the button to stop all email from ${c}.`,
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribed: (c) => `You will receive no more email from ${c}.`,
    preferencesLink: 'Email preferences',
    prefsTitle: 'Email preferences',
    prefsIntro: (c, e) => `Choose what ${c} sends to ${e}.`,
    updates: 'Campaign updates',
    digests: 'Digests',
    frequency: 'Digest frequency',
    freq: { never: 'Never', daily: 'Daily', weekly: 'Weekly' },
    hour: 'Preferred hour for digests (0-23)',
    noHour: 'No preference',
    language: 'Language',
    save: 'Save',
    saved: 'Your preferences are saved.',
    unsubscribeAll: 'Unsubscribe from everything',
    yourData: 'Your data',
    requestExport: 'Email me a copy of my data',
    requestErasure: 'Erase my data',
    requestSentTitle: 'Check your email',
    requestSent: 'If this address is on the list, we have sent a link to it. The link works for 72 hours.',
    exportTitle: 'Download your data',
    exportPrompt: (c) => `Press the button to download everything ${c} holds about you (a JSON file).`,
    exportButton: 'Download my data',
    eraseTitle: 'Erase your data',
    erasePrompt: (c) =>
      `This deletes your name, email and every other detail ${c} holds about you, and stops all mail. Anonymous counts stay. It cannot be undone.`,
    eraseButton: 'Erase my data for good',
    erasedTitle: 'Your data is erased',
    erased: 'Everything that identified you has been deleted.',
    errorTitle: 'This link does not work',
  },
  ar: {
    thanksTitle: 'شكراً لك',
    thanks: 'شكراً لتسجيلك. إذا احتجنا إلى تأكيد بريدك الإلكتروني فقد أرسلنا إليك رسالة: يرجى الضغط على الرابط فيها.',
    confirmTitle: 'تأكيد بريدك الإلكتروني',
    confirmPrompt: (c) => `اضغط الزر لتأكيد رغبتك في تلقي رسائل ${c}.`,
    confirmButton: 'تأكيد',
    confirmedTitle: 'تم التأكيد',
    confirmed: (c) => `شكراً لك: تم تأكيد بريدك الإلكتروني وستصلك رسائل ${c}.`,
    unsubscribeTitle: 'إلغاء الاشتراك',
    unsubscribePrompt: (c) => `اضغط الزر لإيقاف كل الرسائل من ${c}.`,
    unsubscribeButton: 'إلغاء الاشتراك',
    unsubscribedTitle: 'تم إلغاء اشتراكك',
    unsubscribed: (c) => `لن تصلك رسائل أخرى من ${c}.`,
    preferencesLink: 'إعدادات البريد',
    prefsTitle: 'إعدادات البريد',
    prefsIntro: (c, e) => `اختر ما ترسله ${c} إلى ${e}.`,
    updates: 'أخبار الحملة',
    digests: 'الملخصات',
    frequency: 'تواتر الملخصات',
    freq: { never: 'أبداً', daily: 'يومياً', weekly: 'أسبوعياً' },
    hour: 'الساعة المفضلة للملخصات (0-23)',
    noHour: 'بلا تفضيل',
    language: 'اللغة',
    save: 'حفظ',
    saved: 'تم حفظ إعداداتك.',
    unsubscribeAll: 'إلغاء الاشتراك من كل شيء',
    yourData: 'بياناتك',
    requestExport: 'أرسل لي نسخة من بياناتي',
    requestErasure: 'احذف بياناتي',
    requestSentTitle: 'تحقق من بريدك',
    requestSent: 'إذا كان هذا العنوان مسجلاً فقد أرسلنا إليه رابطاً يعمل لمدة 72 ساعة.',
    exportTitle: 'تنزيل بياناتك',
    exportPrompt: (c) => `اضغط الزر لتنزيل كل ما تحتفظ به ${c} عنك (ملف JSON).`,
    exportButton: 'تنزيل بياناتي',
    eraseTitle: 'حذف بياناتك',
    erasePrompt: (c) =>
      `سيؤدي ذلك إلى حذف اسمك وبريدك وكل تفاصيلك الأخرى لدى ${c} وإيقاف كل الرسائل. تبقى الأعداد المجهولة. لا يمكن التراجع عن ذلك.`,
    eraseButton: 'احذف بياناتي نهائياً',
    erasedTitle: 'تم حذف بياناتك',
    erased: 'حُذف كل ما يدل على هويتك.',
    errorTitle: 'هذا الرابط لا يعمل',
  },
};

export const texts = (locale: Locale): Texts => t(locale, TEXTS);

export function thanksPage(locale: Locale): string {
  const x = texts(locale);
  return page(locale, x.thanksTitle, p(x.thanks));
}

export function confirmPage(locale: Locale, campaign: string, done: boolean, continueUrl?: string | null): string {
  const x = texts(locale);
  if (done)
    return page(
      locale,
      x.confirmedTitle,
      html`${p(x.confirmed(campaign))}${continueUrl ? link(continueUrl, campaign) : ''}`,
    );
  return page(locale, x.confirmTitle, html`${p(x.confirmPrompt(campaign))}${postButton(x.confirmButton)}`);
}

export function unsubscribePage(locale: Locale, campaign: string, done: boolean, preferencesUrl?: string): string {
  const x = texts(locale);
  if (done)
    return page(
      locale,
      x.unsubscribedTitle,
      html`${p(x.unsubscribed(campaign))}${preferencesUrl ? link(preferencesUrl, x.preferencesLink) : ''}`,
    );
  return page(
    locale,
    x.unsubscribeTitle,
    html`${p(x.unsubscribePrompt(campaign))}${postButton(x.unsubscribeButton, { 'List-Unsubscribe': 'One-Click' })}`,
  );
}

export interface PreferencesPageModel {
  email: string | null;
  locale: Locale;
  purposes: { updates: boolean; digests: boolean };
  digestFrequency: 'never' | 'daily' | 'weekly';
  digestHour: number | null;
  campaign: { name: string };
}

export function preferencesPage(m: PreferencesPageModel, token: string, saved = false): string {
  const x = texts(m.locale);
  const checked = (v: boolean) => (v ? raw(' checked') : '');
  const selected = (v: boolean) => (v ? raw(' selected') : '');
  const q = `?token=${encodeURIComponent(token)}`;
  const body = html`${saved ? html`<p><strong>${x.saved}</strong></p>` : ''}
    <p>${x.prefsIntro(m.campaign.name, m.email ?? '')}</p>
    <form method="post" action="${q}">
      <input type="hidden" name="fullForm" value="true" />
      <label><input type="checkbox" name="updates" value="true" ${checked(m.purposes.updates)} /> ${x.updates}</label>
      <label><input type="checkbox" name="digests" value="true" ${checked(m.purposes.digests)} /> ${x.digests}</label>
      <label
        >${x.frequency}
        <select name="digestFrequency">
          ${(['never', 'daily', 'weekly'] as const).map((f) => html`<option value="${f}" ${selected(m.digestFrequency === f)}>${x.freq[f]}</option>`)}
        </select></label
      >
      <label
        >${x.hour}
        <select name="digestHour">
          <option value="">${x.noHour}</option>
          ${Array.from({ length: 24 }, (_, h) => html`<option value="${h}" ${selected(m.digestHour === h)}>${String(h).padStart(2, '0')}:00</option>`)}
        </select></label
      >
      <label
        >${x.language}
        <select name="locale">
          ${SUPPORTED_LOCALES.map((l) => html`<option value="${l}" ${selected(m.locale === l)}>${l === 'ar' ? 'العربية' : 'English'}</option>`)}
        </select></label
      >
      <button type="submit">${x.save}</button>
    </form>
    <form method="post" action="${q}">
      <input type="hidden" name="unsubscribeAll" value="true" />
      <p><button type="submit" class="danger">${x.unsubscribeAll}</button></p>
    </form>
    <fieldset>
      <legend>${x.yourData}</legend>
      <form method="post" action="/public/preferences/privacy-requests${q}">
        <input type="hidden" name="kind" value="export" />
        <p><button type="submit">${x.requestExport}</button></p>
      </form>
      <form method="post" action="/public/preferences/privacy-requests${q}">
        <input type="hidden" name="kind" value="erasure" />
        <p><button type="submit" class="danger">${x.requestErasure}</button></p>
      </form>
    </fieldset>`;
  return page(m.locale, x.prefsTitle, body);
}

export function requestSentPage(locale: Locale): string {
  const x = texts(locale);
  return page(locale, x.requestSentTitle, p(x.requestSent));
}

export function exportPage(locale: Locale, campaign: string): string {
  const x = texts(locale);
  return page(locale, x.exportTitle, html`${p(x.exportPrompt(campaign))}${postButton(x.exportButton)}`);
}

export function erasePage(locale: Locale, campaign: string | null, done: boolean): string {
  const x = texts(locale);
  if (done) return page(locale, x.erasedTitle, p(x.erased));
  return page(
    locale,
    x.eraseTitle,
    html`${p(x.erasePrompt(campaign ?? ''))}${postButton(x.eraseButton, { confirm: 'true' }, true)}`,
  );
}

export function errorPage(locale: Locale, detail: string): string {
  const x = texts(locale);
  return page(locale, x.errorTitle, p(detail));
}
