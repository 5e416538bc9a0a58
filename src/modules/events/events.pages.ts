import { type Locale, RTL_LOCALES } from '../../common/i18n.js';
import { escapeHtml } from '../mail/templates/html.js';

/**
 * The few HTML pages this module serves: the answer to a plain HTML form RSVP and the cancel page
 * behind the emailed link (a GET shows a button; only the POST cancels, because mail scanners
 * follow links). Every value is escaped.
 */

const STRINGS = {
  en: {
    confirmedTitle: "You're going!",
    confirmed: (title: string, when: string) =>
      `Your place at “${title}” (${when}) is confirmed. We emailed you the details and a calendar file.`,
    waitlistedTitle: "You're on the waitlist",
    waitlisted: (title: string) =>
      `“${title}” is full, so you are on the waitlist. We will email you if a place opens up for you. (If you had already RSVPed, your earlier RSVP stands: see your email.)`,
    cancelTitle: 'Cancel your RSVP?',
    cancelPrompt: (title: string, when: string) =>
      `You are about to cancel your RSVP for “${title}” (${when}). Your place will go to the next person waiting.`,
    cancelButton: 'Cancel my RSVP',
    cancelledTitle: 'RSVP cancelled',
    cancelled: (title: string) => `Your RSVP for “${title}” is cancelled. Thank you for letting us know.`,
    alreadyTitle: 'Nothing to cancel',
    already: (title: string) =>
      `There is no active RSVP for “${title}” on this link any more (it was already cancelled, or the event was).`,
    invalidTitle: 'Link not valid',
    invalid: 'This link is not valid any more.',
    startedTitle: 'The event has started',
    started: 'This event has already started, so the RSVP can no longer be cancelled.',
  },
  ar: {
    confirmedTitle: 'تم تأكيد حضورك!',
    confirmed: (title: string, when: string) =>
      `تم تأكيد مكانك في «${title}» (${when}). أرسلنا إليك التفاصيل وملف التقويم بالبريد الإلكتروني.`,
    waitlistedTitle: 'أنت على قائمة الانتظار',
    waitlisted: (title: string) =>
      `اكتمل العدد في «${title}»، لذا أنت على قائمة الانتظار. سنراسلك إن توفر مكان لك. (إن كنت قد سجلت من قبل فتسجيلك السابق قائم: راجع بريدك.)`,
    cancelTitle: 'إلغاء تسجيلك؟',
    cancelPrompt: (title: string, when: string) =>
      `أنت على وشك إلغاء تسجيلك في «${title}» (${when}). سيذهب مكانك إلى الشخص التالي في الانتظار.`,
    cancelButton: 'إلغاء تسجيلي',
    cancelledTitle: 'أُلغي التسجيل',
    cancelled: (title: string) => `أُلغي تسجيلك في «${title}». شكراً لإبلاغنا.`,
    alreadyTitle: 'لا شيء لإلغائه',
    already: (title: string) => `لا يوجد تسجيل قائم في «${title}» على هذا الرابط (أُلغي من قبل، أو أُلغي الحدث).`,
    invalidTitle: 'الرابط غير صالح',
    invalid: 'لم يعد هذا الرابط صالحاً.',
    startedTitle: 'بدأ الحدث',
    started: 'بدأ هذا الحدث بالفعل، لذا لم يعد بالإمكان إلغاء التسجيل.',
  },
} as const;

export function pageStrings(locale: string) {
  return STRINGS[locale === 'ar' ? 'ar' : 'en'];
}

export function simplePage(locale: Locale, title: string, message: string, extra = ''): string {
  const dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body style="font-family:-apple-system,'Segoe UI',Tahoma,Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#111827">
<main><h1 style="font-size:1.5rem">${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${extra}</main>
</body>
</html>`;
}

/** The page behind the emailed cancel link: one button that POSTs the token back. */
export function cancelForm(locale: Locale, title: string, when: string, token: string): string {
  const s = pageStrings(locale);
  const form = `<form method="post" action="/public/event-rsvps/cancel"><input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="format" value="html"><button type="submit" style="font-size:1.1rem;padding:.6rem 1.2rem">${escapeHtml(s.cancelButton)}</button></form>`;
  return simplePage(locale, s.cancelTitle, s.cancelPrompt(title, when), form);
}
