import type { Locale } from '../../common/i18n.js';
import { RTL_LOCALES } from '../../common/i18n.js';
import { escapeHtml } from '../mail/templates/html.js';

/**
 * The printable delivery document handed to the target (an organizer download, streamed row by row
 * for petitions with many signers, so it is built as strings rather than with the web layer's
 * components). Every value is escaped; the petition body is already sanitized HTML (renderMarkdown).
 */

type Strings = {
  signedBy: (total: string, listed: string) => string;
  to: string;
  name: string;
  country: string;
  date: string;
  comment: string;
  delivered: string;
  anonymousNote: string;
  notKept: (n: string) => string;
};

const STRINGS: Record<Locale, Strings> = {
  en: {
    signedBy: (total, listed) => `${total} people signed this petition. ${listed} chose to be listed by name.`,
    to: 'To',
    name: 'Name',
    country: 'Country',
    date: 'Signed on',
    comment: 'Comment',
    delivered: 'Delivered',
    anonymousNote: 'Signers who did not choose to be listed are counted but not named.',
    notKept: (n) => `${n} of them are verified signers who chose not to be kept: counted, never named.`,
  },
  ar: {
    signedBy: (total, listed) => `وقّع ${total} شخصًا على هذه العريضة. اختار ${listed} منهم إظهار أسمائهم.`,
    to: 'إلى',
    name: 'الاسم',
    country: 'البلد',
    date: 'تاريخ التوقيع',
    comment: 'تعليق',
    delivered: 'سُلّمت',
    anonymousNote: 'الموقّعون الذين لم يختاروا إظهار أسمائهم محسوبون دون ذكر أسمائهم.',
    notKept: (n) => `منهم ${n} موقّعًا مؤكَّدًا اختاروا ألّا تُحفظ بياناتهم: محسوبون دون ذكر أسمائهم أبدًا.`,
  },
};

export function strings(locale: string): Strings {
  return STRINGS[(locale as Locale) in STRINGS ? (locale as Locale) : 'en'];
}

const dirOf = (locale: string) => (RTL_LOCALES.includes(locale as Locale) ? 'rtl' : 'ltr');
const number = (locale: string, n: number) => new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en').format(n);

export function formatDay(date: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(date);
}

export interface DeliveryHeader {
  locale: string;
  campaignName: string;
  title: string;
  target: string;
  bodyHtml: string;
  total: number;
  listed: number;
  /** Confirmed "verify, then forget" signatures (counted, never named). */
  notKept?: number;
  timeZone: string;
  deliveredAt: Date | null;
  deliveryNote: string | null;
  generatedAt: Date;
}

export interface DeliverySigner {
  name: string;
  country: string | null;
  signedAt: Date;
  comment: string | null;
}

/** The printable document handed to the target: the text, the total, and the signers who chose to be named. */
export function deliveryHead(h: DeliveryHeader): string {
  const s = strings(h.locale);
  const dir = dirOf(h.locale);
  const delivered = h.deliveredAt
    ? `<p class="meta">${escapeHtml(s.delivered)}: ${escapeHtml(formatDay(h.deliveredAt, h.timeZone, h.locale))}${h.deliveryNote ? ` · ${escapeHtml(h.deliveryNote)}` : ''}</p>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(h.locale)}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(h.title)}</title>
<style>
body{font-family:Georgia,'Times New Roman',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#000;line-height:1.45}
h1{font-size:1.8rem;margin-bottom:.25rem} .meta{color:#333;margin:.25rem 0} .total{font-size:1.2rem;font-weight:bold;margin:1.5rem 0 .5rem}
table{width:100%;border-collapse:collapse;font-size:.9rem} th,td{border-bottom:1px solid #bbb;padding:.3rem .4rem;text-align:start;vertical-align:top}
thead{display:table-header-group} tr{page-break-inside:avoid} .body{margin:1.5rem 0;border-block:1px solid #000;padding:1rem 0}
@media print{body{margin:0;max-width:none} a{color:#000;text-decoration:none}}
</style></head><body>
<header><p class="meta">${escapeHtml(h.campaignName)}</p><h1>${escapeHtml(h.title)}</h1>
<p class="meta"><strong>${escapeHtml(s.to)}:</strong> ${escapeHtml(h.target)}</p>${delivered}</header>
<section class="body">${h.bodyHtml}</section>
<p class="total">${escapeHtml(s.signedBy(number(h.locale, h.total), number(h.locale, h.listed)))}</p>
<p class="meta">${escapeHtml(s.anonymousNote)}</p>${h.notKept ? `\n<p class="meta not-kept">${escapeHtml(s.notKept(number(h.locale, h.notKept)))}</p>` : ''}
<table><thead><tr><th>#</th><th>${escapeHtml(s.name)}</th><th>${escapeHtml(s.country)}</th><th>${escapeHtml(s.date)}</th><th>${escapeHtml(s.comment)}</th></tr></thead><tbody>
`;
}

export function deliveryRow(index: number, signer: DeliverySigner, timeZone: string, locale: string): string {
  return `<tr><td>${index}</td><td>${escapeHtml(signer.name)}</td><td>${escapeHtml(signer.country ?? '')}</td><td>${escapeHtml(formatDay(signer.signedAt, timeZone, locale))}</td><td>${escapeHtml(signer.comment ?? '')}</td></tr>\n`;
}

export function deliveryTail(generatedAt: Date): string {
  return `</tbody></table>\n<footer><p class="meta"><small>${escapeHtml(generatedAt.toISOString())}</small></p></footer></body></html>\n`;
}
