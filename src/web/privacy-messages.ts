import type { Locale } from '../common/i18n.js';
import type { Duration, FieldKeeping, PrivacyFact, PrivacyForm, RoleSight } from '../modules/privacy/privacy-facts.js';

type Fact<K extends PrivacyFact['kind']> = Extract<PrivacyFact, { kind: K }>;

/**
 * The text of the privacy page (src/web/pages/privacy.page.tsx), one entry per kind of fact, in
 * every locale. A new kind of fact (privacy-facts.ts) needs its sentence here in each language; the
 * type check fails until it has one.
 */
const en = {
  title: 'Privacy',
  linkText: 'How we handle your data',
  intro: (c: string) =>
    `What ${c} collects through its forms, how it is kept, who can see it and for how long, and how to get a copy or have it erased. This page is generated from the campaign's current settings.`,
  generated: (at: string) => `Generated from the settings in force on ${at}.`,
  formsTitle: 'What each form collects',
  form: { signup: 'Sign-up form', petition: 'Petition signature', rsvp: 'Event RSVP' } satisfies Record<
    PrivacyForm,
    string
  >,
  fieldHead: 'Field',
  requiredHead: 'Required?',
  keptHead: 'How it is kept',
  yes: 'required',
  no: 'optional',
  field: (name: string): string =>
    ({
      email: 'Email address',
      firstName: 'First name',
      lastName: 'Last name',
      phone: 'Phone',
      signalUsername: 'Signal username',
      postalCode: 'Postal code',
      comment: 'Comment',
      country: 'Country',
      locale: 'Language of the form',
      guests: 'Number of guests',
      source: 'Campaign channel (?source=)',
      ref: 'Referral code (?ref=)',
      referrer: 'The page you came from',
      showName: 'Show my name publicly',
      consentUpdates: 'Consent to updates',
      consentDigests: 'Consent to digests',
    })[name] ?? name,
  keeping: {
    encrypted: 'encrypted',
    plain: 'kept as given',
    reduced: 'only the site name, never the full address',
    choice: 'your choice, recorded with the date and the wording you saw',
  } satisfies Record<FieldKeeping, string>,
  storageTitle: 'How it is kept',
  encrypted: (fields: string) =>
    `Encrypted in the database (AES-256-GCM), so a copy of the database alone does not reveal them: ${fields}.`,
  neverKept: {
    'raw-ip': 'Your IP address is never stored.',
    'referrer-path': 'Of the page you came from, only the site name is kept, never the path or query.',
    cookies: 'These pages set no cookies.',
    'third-party-requests': 'These pages load nothing from other sites: no trackers, fonts or analytics.',
  } satisfies Record<Fact<'never-kept'>['what'], string>,
  ipHashConsent: (d: string) =>
    `With each consent we keep a keyed hash of the IP address (not the address itself) as evidence, for ${d}.`,
  ipHashSignature: (d: string) =>
    `A petition signature keeps a keyed hash of the IP address (not the address itself) to detect mass fake signatures, until the signature is anonymized ${d} after the petition is delivered or closed.`,
  retentionTitle: 'How long',
  retention: {
    'unconfirmed-signup': (d: string) => `A signup nobody confirms from the emailed link is deleted after ${d}.`,
    'privacy-link': (d: string) => `A link to download or erase your data works for ${d}.`,
    signer: (d: string) =>
      `${d} after a petition is delivered or closed, its signatures are anonymized: name, comment, IP hash and the link to the person are removed, counts stay. Someone on the list only because of that signature, who did not agree to updates, is erased.`,
    rsvp: (d: string) => `${d} after an event, its RSVPs are anonymized in the same way.`,
    'audit-naming-supporters': (d: string) => `After ${d}, the campaign's audit log stops naming supporters.`,
  } satisfies Record<Fact<'retention'>['what'], (d: string) => string>,
  shutdown: (at: string) =>
    `This campaign is scheduled to shut down on ${at}: then every supporter's data is erased and the forms close; counts and the public record stay.`,
  duration: (d: Duration) =>
    'months' in d
      ? d.months === 1
        ? '1 month'
        : `${d.months} months`
      : 'days' in d
        ? d.days === 1
          ? '1 day'
          : `${d.days} days`
        : d.hours === 1
          ? '1 hour'
          : `${d.hours} hours`,
  forgetTitle: (petition: string) => `“${petition}”: verify, then forget`,
  warningTitle: 'Work email addresses',
  employerWarning: {
    configured:
      'This campaign lists organizations it targets. If you enter an email address on one of their domains, the form warns you before anything is stored, so you can use a personal address instead.',
    none: 'This campaign lists no targeted organizations, so its forms give no warning about work email addresses. Consider using a personal address anyway.',
    unrecorded: 'Nothing about the warning is recorded: not your address, not the domain, not whether you continued.',
    safeMail:
      'Mail to an address on a targeted domain carries no tracking of any kind (no images from other sites, no tracking parameters on links) and opens with a safety note.',
  },
  rolesTitle: 'Who can see what',
  role: {
    public: 'Everyone',
    viewer: 'Campaign viewers',
    organizer: 'Campaign organizers',
    admin: 'Campaign admins',
    owner: 'Campaign owners',
  } satisfies Record<Fact<'role'>['role'], string>,
  sees: {
    'public-names-and-counts':
      'Counts, and the name ("First L.") and comment of signers who chose to be listed publicly.',
    'no-personal-data': 'Counts and non-personal details (status, country, source, dates); no names or addresses.',
    'no-personal-data-but-staffed-events':
      'Counts and non-personal details (status, country, source, dates); names and contacts only of the attendees of events they staff.',
    'personal-data': 'Names, email addresses, phone numbers and postal codes; they can export and erase them.',
  } satisfies Record<RoleSight, string>,
  smallGroups: (k: number) =>
    `Members who cannot see personal data see counts by country, postal area, source, referring site or email domain only for groups of at least ${k} people; smaller groups are merged into “other”, so a count never points at a few people.`,
  audited:
    'Every time a member of the campaign views, searches, exports or erases personal data, the audit log records who, when and how many people; the campaign’s owners and admins review it.',
  rightsTitle: 'Your data, your choice',
  rightExport: 'Get a copy of everything the campaign holds about you.',
  rightErase:
    'Have your data erased: your name, email and details are deleted and all mail stops; anonymous counts stay.',
  rightUnsubscribe: 'Every email has a link to unsubscribe or change your email preferences.',
  requestIntro: 'Enter your email address: if it is on the list, we send you a link (it works for a limited time).',
  email: 'Email address',
  requestExport: 'Email me a copy of my data',
  requestErase: 'Email me a link to erase my data',
  contactTitle: 'Contact',
  contact: (c: string) => `Questions about your data? Write to ${c} at:`,
  noContact: (c: string) =>
    `${c} has not given a contact address for privacy questions; the links above work without one.`,
};

export type PrivacyMessages = typeof en;

/** Arabic counts agree with the noun: شهر واحد، شهران، 3–10 أشهر، 11+ شهراً. */
const arMonths = (n: number) => (n === 1 ? 'شهر واحد' : n === 2 ? 'شهرين' : n <= 10 ? `${n} أشهر` : `${n} شهراً`);

const ar: PrivacyMessages = {
  title: 'الخصوصية',
  linkText: 'كيف نتعامل مع بياناتك',
  intro: (c) =>
    `ما تجمعه ${c} عبر نماذجها، وكيف يُحفظ، ومن يستطيع رؤيته وإلى متى، وكيف تحصل على نسخة منه أو تطلب حذفه. أُنشئت هذه الصفحة من إعدادات الحملة الحالية.`,
  generated: (at) => `أُنشئت من الإعدادات السارية في ${at}.`,
  formsTitle: 'ما يجمعه كل نموذج',
  form: { signup: 'نموذج الاشتراك', petition: 'التوقيع على عريضة', rsvp: 'التسجيل في فعالية' },
  fieldHead: 'الحقل',
  requiredHead: 'مطلوب؟',
  keptHead: 'كيف يُحفظ',
  yes: 'مطلوب',
  no: 'اختياري',
  field: (name) =>
    ({
      email: 'البريد الإلكتروني',
      firstName: 'الاسم الأول',
      lastName: 'اسم العائلة',
      phone: 'الهاتف',
      signalUsername: 'اسم المستخدم في Signal',
      postalCode: 'الرمز البريدي',
      comment: 'التعليق',
      country: 'البلد',
      locale: 'لغة النموذج',
      guests: 'عدد المرافقين',
      source: 'قناة الحملة (‎?source=‎)',
      ref: 'رمز الإحالة (‎?ref=‎)',
      referrer: 'الصفحة التي جئت منها',
      showName: 'إظهار اسمي للعموم',
      consentUpdates: 'الموافقة على الأخبار',
      consentDigests: 'الموافقة على الملخصات',
    })[name] ?? name,
  keeping: {
    encrypted: 'مشفّر',
    plain: 'يُحفظ كما هو',
    reduced: 'اسم الموقع فقط، لا العنوان الكامل أبداً',
    choice: 'اختيارك، يُسجَّل مع التاريخ والصياغة التي رأيتها',
  },
  storageTitle: 'كيف تُحفظ',
  encrypted: (fields) => `مشفّرة في قاعدة البيانات (AES-256-GCM)، فلا تكشفها نسخة من قاعدة البيانات وحدها: ${fields}.`,
  neverKept: {
    'raw-ip': 'لا نخزّن عنوان IP الخاص بك أبداً.',
    'referrer-path': 'من الصفحة التي جئت منها نحفظ اسم الموقع فقط، لا المسار ولا الاستعلام.',
    cookies: 'لا تضع هذه الصفحات ملفات تعريف الارتباط.',
    'third-party-requests': 'لا تحمّل هذه الصفحات شيئاً من مواقع أخرى: لا متتبعات ولا خطوط ولا إحصاءات.',
  },
  ipHashConsent: (d) => `مع كل موافقة نحفظ بصمة مشفّرة بمفتاح لعنوان IP (لا العنوان نفسه) كدليل، لمدة ${d}.`,
  ipHashSignature: (d) =>
    `يحفظ التوقيع على العريضة بصمة مشفّرة بمفتاح لعنوان IP (لا العنوان نفسه) لكشف التوقيعات المزيفة بالجملة، إلى أن يُجهَّل التوقيع بعد ${d} من تسليم العريضة أو إغلاقها.`,
  retentionTitle: 'إلى متى',
  retention: {
    'unconfirmed-signup': (d) => `يُحذف الاشتراك الذي لا يؤكده أحد من الرابط المرسل بالبريد بعد ${d}.`,
    'privacy-link': (d) => `يعمل رابط تنزيل بياناتك أو حذفها لمدة ${d}.`,
    signer: (d) =>
      `بعد ${d} من تسليم العريضة أو إغلاقها تُجهَّل توقيعاتها: يُحذف الاسم والتعليق وبصمة IP والصلة بالشخص، وتبقى الأعداد. ومن كان في القائمة بسبب ذلك التوقيع وحده ولم يوافق على الأخبار تُحذف بياناته.`,
    rsvp: (d) => `بعد ${d} من الفعالية تُجهَّل تسجيلاتها بالطريقة نفسها.`,
    'audit-naming-supporters': (d) => `بعد ${d} يتوقف سجل تدقيق الحملة عن ذكر أسماء المؤيدين.`,
  },
  shutdown: (at) =>
    `من المقرر إغلاق هذه الحملة في ${at}: عندها تُحذف بيانات كل المؤيدين وتُغلق النماذج؛ وتبقى الأعداد والسجل العام.`,
  duration: (d) => ('months' in d ? arMonths(d.months) : 'days' in d ? `${d.days} يوماً` : `${d.hours} ساعة`),
  forgetTitle: (petition) => `«${petition}»: تحقّق ثم انسَ`,
  warningTitle: 'عناوين البريد في العمل',
  employerWarning: {
    configured:
      'تحدد هذه الحملة جهات تستهدفها. إذا أدخلت بريداً على أحد نطاقاتها، ينبّهك النموذج قبل حفظ أي شيء، لتستخدم عنواناً شخصياً بدلاً منه.',
    none: 'لا تحدد هذه الحملة جهات مستهدفة، فلا تنبّه نماذجها بشأن عناوين بريد العمل. يُستحسن استخدام عنوان شخصي على أي حال.',
    unrecorded: 'لا يُسجَّل شيء عن التنبيه: لا عنوانك ولا النطاق ولا ما إذا تابعت.',
    safeMail:
      'الرسائل إلى عنوان على نطاق مستهدف لا تحمل أي تتبع (لا صور من مواقع أخرى ولا معاملات تتبع في الروابط) وتبدأ بملاحظة أمان.',
  },
  rolesTitle: 'من يرى ماذا',
  role: {
    public: 'الجميع',
    viewer: 'مشاهدو الحملة',
    organizer: 'منظمو الحملة',
    admin: 'مديرو الحملة',
    owner: 'مالكو الحملة',
  },
  sees: {
    'public-names-and-counts':
      'الأعداد، واسم («الاسم الأول والحرف الأول») وتعليق الموقّعين الذين اختاروا الظهور للعموم.',
    'no-personal-data': 'الأعداد والتفاصيل غير الشخصية (الحالة، البلد، المصدر، التواريخ)؛ لا أسماء ولا عناوين.',
    'no-personal-data-but-staffed-events':
      'الأعداد والتفاصيل غير الشخصية (الحالة، البلد، المصدر، التواريخ)؛ والأسماء ووسائل الاتصال لحضور الفعاليات التي يعملون فيها فقط.',
    'personal-data': 'الأسماء وعناوين البريد وأرقام الهواتف والرموز البريدية؛ ويمكنهم تصديرها وحذفها.',
  },
  smallGroups: (k) =>
    `لا يرى الأعضاء الذين لا يحق لهم رؤية البيانات الشخصية الأعداد حسب البلد أو المنطقة البريدية أو المصدر أو الموقع المحيل أو نطاق البريد إلا للمجموعات التي تضم ${k} أشخاص على الأقل؛ وتُدمج المجموعات الأصغر في «أخرى»، فلا يشير عدد إلى أشخاص قليلين.`,
  audited:
    'كلما عرض أحد أعضاء الحملة بيانات شخصية أو بحث فيها أو صدّرها أو حذفها، يسجّل سجل التدقيق من فعل ذلك ومتى وعدد الأشخاص؛ ويراجعه مالكو الحملة ومديروها.',
  rightsTitle: 'بياناتك، قرارك',
  rightExport: 'احصل على نسخة من كل ما تحتفظ به الحملة عنك.',
  rightErase: 'اطلب حذف بياناتك: يُحذف اسمك وبريدك وتفاصيلك وتتوقف كل الرسائل؛ وتبقى الأعداد المجهولة.',
  rightUnsubscribe: 'في كل رسالة رابط لإلغاء الاشتراك أو تغيير إعدادات البريد.',
  requestIntro: 'أدخل بريدك الإلكتروني: إن كان مسجلاً نرسل إليك رابطاً (يعمل لمدة محدودة).',
  email: 'البريد الإلكتروني',
  requestExport: 'أرسل لي نسخة من بياناتي',
  requestErase: 'أرسل لي رابطاً لحذف بياناتي',
  contactTitle: 'التواصل',
  contact: (c) => `أسئلة عن بياناتك؟ راسل ${c} على:`,
  noContact: (c) => `لم تحدد ${c} عنواناً للتواصل بشأن الخصوصية؛ والروابط أعلاه تعمل من دونه.`,
};

const ALL: Record<Locale, PrivacyMessages> = { en, ar };

export const privacyMessages = (locale: Locale): PrivacyMessages => ALL[locale];

export { privacyPagePath as privacyPath } from '../common/public-paths.js';
