import type { Locale } from '../../common/i18n.js';
import type { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import type { MailTemplate, RenderContext, RenderedMail } from '../mail/mail.types.js';
import { actionMail, t } from '../mail/templates/html.js';

export const SIGNATURE_CONFIRM_PURPOSE = 'signature-confirm';
export const SIGNATURE_CONFIRMATION_TEMPLATE = 'petitions.signature-confirmation';

/**
 * What the outbox row carries: ids and the petition's public text, never the signer's name or
 * email (those come from the Recipient at send time). The confirmation token is signed when the
 * message is rendered, so no usable link sits in the outbox table.
 */
export interface SignatureConfirmationData {
  signatureId: string;
  /** Petition title and target per locale (the petition's own text and its variants). */
  texts: Record<string, { title: string; target: string }>;
  /** Whether the signer asked to be listed by name. */
  listed: boolean;
  validDays: number;
  /** 'first' or 'reminder' (the same person signed again before confirming). */
  kind: 'first' | 'reminder';
  /** A "verify, then forget" petition: the mail says the signature will keep nothing of them. */
  forget?: boolean;
}

interface Strings {
  subject: (title: string) => string;
  greeting: (name: string | null) => string;
  intro: (title: string, target: string) => string;
  reminder: string;
  listed: string;
  anonymous: string;
  forget: string;
  valid: (days: number) => string;
  action: string;
  ignore: string;
}

const STRINGS: Record<Locale, Strings> = {
  en: {
    subject: (title) => `Confirm your signature: ${title}`,
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    intro: (title, target) =>
      `Thank you for signing “${title}”, addressed to ${target}. Your signature counts once you confirm it with the button below.`,
    reminder: 'You signed this petition again before confirming, so here is your confirmation link once more.',
    listed: 'You chose to be listed publicly by your first name and the initial of your last name.',
    anonymous: 'You chose not to be listed by name: you will be counted, and shown as “Anonymous”.',
    forget:
      'This petition counts you without keeping you: once you confirm, your name, your email address and anything derived from your IP address are deleted from the signature, and this message’s record no longer says whom it went to.',
    valid: (d) => `This link works for ${d} days.`,
    action: 'Confirm my signature',
    ignore: 'If you did not sign, ignore this message: nothing will be counted in your name.',
  },
  ar: {
    subject: (title) => `أكّد توقيعك: ${title}`,
    greeting: (n) => (n ? `مرحباً ${n}،` : 'مرحباً،'),
    intro: (title, target) => `شكراً لتوقيعك على «${title}» الموجّهة إلى ${target}. يُحتسب توقيعك بعد تأكيده بالزر أدناه.`,
    reminder: 'وقّعت على هذه العريضة مرة أخرى قبل التأكيد، لذا نرسل إليك رابط التأكيد من جديد.',
    listed: 'اخترت أن يظهر اسمك الأول والحرف الأول من اسم عائلتك في قائمة الموقّعين.',
    anonymous: 'اخترت ألا يظهر اسمك: سيُحتسب توقيعك ويظهر بصفة «مجهول».',
    forget:
      'هذه العريضة تحسبك دون أن تحتفظ ببياناتك: بعد التأكيد يُحذف من التوقيع اسمك وعنوان بريدك الإلكتروني وأي شيء مشتق من عنوان IP الخاص بك، ولا يعود سجل هذه الرسالة يذكر إلى من أُرسلت.',
    valid: (d) => `يعمل هذا الرابط لمدة ${d} يوماً.`,
    action: 'تأكيد توقيعي',
    ignore: 'إذا لم تقم بالتوقيع، تجاهل هذه الرسالة: لن يُحتسب شيء باسمك.',
  },
};

export function signatureConfirmationTemplate(signer: LinkSignerService): MailTemplate<SignatureConfirmationData> {
  return {
    name: SIGNATURE_CONFIRMATION_TEMPLATE,
    category: 'transactional',
    description: 'Double opt-in of a petition signature: the signature counts once the link is clicked.',
    sampleData: {
      signatureId: '00000000-0000-7000-8000-000000000000',
      texts: {
        en: { title: 'End the contracts', target: 'The CEO' },
        ar: { title: 'أنهوا العقود', target: 'المدير التنفيذي' },
      },
      listed: false,
      validDays: 14,
      kind: 'first',
    } satisfies SignatureConfirmationData,
    render(ctx: RenderContext<SignatureConfirmationData>): RenderedMail {
      const d = ctx.data;
      const s = t(ctx.locale, STRINGS);
      const text = d.texts[ctx.locale] ?? Object.values(d.texts)[0] ?? { title: '', target: '' };
      const token = signer.signFor(SIGNATURE_CONFIRM_PURPOSE, d.signatureId, d.validDays * 24 * 3600);
      const url = new URL('/public/signatures/confirm', ctx.publicUrl);
      url.searchParams.set('token', token);
      const link = url.toString();
      const subject = s.subject(text.title);
      const lines = [
        s.intro(text.title, text.target),
        ...(d.kind === 'reminder' ? [s.reminder] : []),
        d.forget ? s.forget : d.listed ? s.listed : s.anonymous,
        s.valid(d.validDays),
      ];
      return actionMail(ctx, {
        subject,
        greeting: s.greeting(ctx.recipient?.firstName ?? null),
        lines,
        action: { url: link, label: s.action },
        ignore: s.ignore,
      });
    },
  };
}
