import { Problem } from '../../common/problem.js';

/**
 * What a confirmed signature keeps about its signer, in plain words: shown to organizers in the
 * petition's settings (API `signerDataKept`) and to signers on the form, from this one source so
 * the two cannot drift apart. See docs/decisions/supporter-privacy.md.
 */

type Lang = 'en' | 'ar';

const FORGET: Record<Lang, string[]> = {
  en: [
    'A keyed hash of your email address, usable only on this petition, so that each person is counted once',
    'Your country and the first part of your postal code, if you give them',
    'The language of the form and when you signed and confirmed',
  ],
  ar: [
    'بصمة مشفّرة بمفتاح لعنوان بريدك الإلكتروني، لا تصلح إلا لهذه العريضة، كي يُحسب كل شخص مرة واحدة',
    'بلدك والجزء الأول من رمزك البريدي، إن أدخلتهما',
    'لغة النموذج ووقت التوقيع والتأكيد',
  ],
};

const FORGET_NOT: Record<Lang, string> = {
  en: 'Not kept once you confirm: your name, your email address, your comment, anything derived from your IP address. Until you confirm, your address is held encrypted only to send the confirmation email; unconfirmed signatures are deleted when the link expires.',
  ar: 'لا يُحفظ بعد التأكيد: اسمك وعنوان بريدك الإلكتروني وتعليقك وأي شيء مشتق من عنوان IP الخاص بك. قبل التأكيد يُحفظ عنوانك مشفّرًا فقط لإرسال رسالة التأكيد، وتُحذف التوقيعات غير المؤكدة عند انتهاء صلاحية الرابط.',
};

const JOIN: Record<Lang, string> = {
  en: 'Join the campaign’s supporter list and get updates by email. This keeps your name and email address (encrypted) as a supporter; your signature itself stays unnamed.',
  ar: 'انضم إلى قائمة مؤيدي الحملة وتلقَّ الأخبار بالبريد الإلكتروني. هذا يحفظ اسمك وعنوان بريدك الإلكتروني (مشفّرين) كمؤيد، ويبقى توقيعك نفسه بلا اسم.',
};

const HEADING: Record<Lang, string> = {
  en: 'This petition counts you without keeping you. Once you confirm by email, your signature keeps only:',
  ar: 'هذه العريضة تحسبك دون أن تحتفظ ببياناتك. بعد أن تؤكد عبر البريد الإلكتروني، لا يحفظ توقيعك إلا:',
};

const LABEL: Record<Lang, string> = { en: 'Verified signer (not kept)', ar: 'موقّع مؤكَّد (لم تُحفظ بياناته)' };

const STANDARD_EN = [
  'Your supporter record: email address, name and postal code, encrypted',
  'Your first name and initial if you choose to be listed, and your comment, encrypted',
  'Country, postal code prefix, email domain, the link source and a keyed hash of your IP address',
];

const lang = (locale: string | undefined): Lang => (locale === 'ar' ? 'ar' : 'en');

/** The list organizers see in the petition's settings (English, as the rest of the API). */
export function signerDataKept(verifyThenForget: boolean): string[] {
  return verifyThenForget ? [...FORGET.en, FORGET_NOT.en] : STANDARD_EN;
}

/** The form's statement of a "verify, then forget" petition, in the page's language. */
export function forgetNotice(locale: string | undefined) {
  const l = lang(locale);
  return { heading: HEADING[l], kept: FORGET[l], notKept: FORGET_NOT[l], join: JOIN[l], signerLabel: LABEL[l] };
}

/**
 * "Verify, then forget" is fixed once anyone has signed: switching it on would let earlier signers
 * sign a second time (they are known by supporter, the new ones by keyed hash), and switching it off
 * would break the promise the form made to those who signed under it.
 */
export function modeFixedProblem(): Problem {
  return Problem.conflict('petition-has-signatures', 'verifyThenForget can only be changed before anyone has signed.', {
    errors: [{ path: 'verifyThenForget', message: 'cannot change once the petition has signatures' }],
  });
}
