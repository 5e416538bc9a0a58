import type { Locale } from '../../common/i18n.js';
import type { AnyMailTemplate, MailTemplate, RenderContext, RenderedMail } from '../mail/mail.types.js';
import { actionMail, t } from '../mail/templates/html.js';

/**
 * The supporters module's messages: the double opt-in confirmation and the links for the
 * self-service export and erasure. All transactional (the person asked for them), in every locale.
 * `data` carries only links and numbers; the greeting name comes from the Recipient at send time.
 */

export interface ConfirmData {
  confirmUrl: string;
  validDays: number;
}

export interface PrivacyLinkData {
  url: string;
  validHours: number;
}

type AnyData = Partial<ConfirmData & PrivacyLinkData>;

interface Strings {
  subject: (campaign: string) => string;
  greeting: (name: string | null) => string;
  lines: (campaign: string, data: AnyData) => string[];
  action: string;
  ignore: string;
}

function render<D extends AnyData>(ctx: RenderContext<D>, table: Record<Locale, Strings>, url: string): RenderedMail {
  const s = t(ctx.locale, table);
  const campaign = ctx.campaign?.name ?? 'Groundswell';
  const subject = s.subject(campaign);
  const lines = s.lines(campaign, ctx.data);
  return actionMail(ctx, {
    subject,
    greeting: s.greeting(ctx.recipient?.firstName ?? null),
    lines,
    action: { url, label: s.action },
    ignore: s.ignore,
  });
}

const str = (v: unknown, fallback: string): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : fallback;

const CONFIRM: Record<Locale, Strings> = {
  en: {
    subject: (c) => `Please confirm you want to hear from ${c}`,
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    lines: (c, d) => [
      `Thank you for joining ${c}. Please confirm your email address so we can keep you informed.`,
      `This link works for ${str(d.validDays, '14')} days.`,
    ],
    action: 'Confirm my email address',
    ignore: 'If you did not sign up, ignore this message: you will not hear from us and your details will be deleted.',
  },
  ar: {
    subject: (c) => `يرجى تأكيد رغبتك في تلقي رسائل ${c}`,
    greeting: (n) => (n ? `مرحباً ${n}،` : 'مرحباً،'),
    lines: (c, d) => [
      `شكراً لانضمامك إلى ${c}. يرجى تأكيد بريدك الإلكتروني لنبقيك على اطلاع.`,
      `يعمل هذا الرابط لمدة ${str(d.validDays, '14')} يوماً.`,
    ],
    action: 'تأكيد بريدي الإلكتروني',
    ignore: 'إذا لم تقم بالتسجيل، تجاهل هذه الرسالة: لن تصلك رسائل منا وستُحذف بياناتك.',
  },
};

const EXPORT_LINK: Record<Locale, Strings> = {
  en: {
    subject: (c) => `Your data held by ${c}`,
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    lines: (c, d) => [
      `You asked for a copy of everything ${c} holds about you. Open the link below to download it.`,
      `For your safety the link works for ${str(d.validHours, '72')} hours.`,
    ],
    action: 'Download my data',
    ignore:
      'If you did not ask for this, ignore this message; nobody else can use the link without access to your inbox.',
  },
  ar: {
    subject: (c) => `بياناتك المحفوظة لدى ${c}`,
    greeting: (n) => (n ? `مرحباً ${n}،` : 'مرحباً،'),
    lines: (c, d) => [
      `طلبت نسخة من كل ما تحتفظ به ${c} عنك. افتح الرابط أدناه لتنزيلها.`,
      `حفاظاً على أمانك يعمل الرابط لمدة ${str(d.validHours, '72')} ساعة.`,
    ],
    action: 'تنزيل بياناتي',
    ignore: 'إذا لم تطلب ذلك، تجاهل هذه الرسالة؛ لا يمكن لأحد استخدام الرابط دون الوصول إلى بريدك.',
  },
};

const ERASE_LINK: Record<Locale, Strings> = {
  en: {
    subject: (c) => `Confirm: erase your data from ${c}`,
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    lines: (c, d) => [
      `You asked ${c} to erase everything it holds about you. Open the link below and confirm; this cannot be undone.`,
      `Anonymous counts (for example a petition's total) stay; your name, email and other details are deleted and you will receive no more mail. The link works for ${str(d.validHours, '72')} hours.`,
    ],
    action: 'Review and erase my data',
    ignore: 'If you did not ask for this, ignore this message and nothing will change.',
  },
  ar: {
    subject: (c) => `تأكيد: حذف بياناتك من ${c}`,
    greeting: (n) => (n ? `مرحباً ${n}،` : 'مرحباً،'),
    lines: (c, d) => [
      `طلبت من ${c} حذف كل ما تحتفظ به عنك. افتح الرابط أدناه وأكّد؛ لا يمكن التراجع عن ذلك.`,
      `تبقى الأعداد المجهولة (مثل إجمالي توقيعات عريضة)، أما اسمك وبريدك وبياناتك الأخرى فتُحذف ولن تصلك رسائل بعد الآن. يعمل الرابط لمدة ${str(d.validHours, '72')} ساعة.`,
    ],
    action: 'مراجعة بياناتي وحذفها',
    ignore: 'إذا لم تطلب ذلك، تجاهل هذه الرسالة ولن يتغير شيء.',
  },
};

export const confirmTemplate: MailTemplate<ConfirmData> = {
  name: 'supporters.confirm',
  category: 'transactional',
  description: 'Double opt-in: the link a new supporter clicks to confirm their address.',
  sampleData: { confirmUrl: 'https://example.org/public/confirm?token=sample', validDays: 14 },
  render: (ctx) => render(ctx, CONFIRM, str(ctx.data.confirmUrl, '#')),
};

function privacyLinkTemplate(
  name: string,
  description: string,
  table: Record<Locale, Strings>,
  path: string,
): MailTemplate<PrivacyLinkData> {
  return {
    name,
    category: 'transactional',
    description,
    sampleData: { url: `https://example.org${path}?token=sample`, validHours: 72 },
    render: (ctx) => render(ctx, table, str(ctx.data.url, '#')),
  };
}

export const exportLinkTemplate = privacyLinkTemplate(
  'supporters.export-link',
  'Self-service data export: a short-lived download link.',
  EXPORT_LINK,
  '/public/export',
);

export const eraseLinkTemplate = privacyLinkTemplate(
  'supporters.erase-link',
  'Self-service erasure: a short-lived link to the confirmation page.',
  ERASE_LINK,
  '/public/erase',
);

export const SUPPORTER_TEMPLATES: AnyMailTemplate[] = [confirmTemplate, exportLinkTemplate, eraseLinkTemplate];
