import type { Locale } from '../../common/i18n.js';
import type { MailTemplate } from '../mail/mail.types.js';
import { button, html, layout, noticeMail, t } from '../mail/templates/html.js';

/**
 * Mail to organizers about their own account. Link tokens are secret template variables
 * (`secrets.token`): stored encrypted in the outbox and erased once the message is sent.
 */

type LinkText = {
  subject: string;
  intro: string;
  expires: (minutes: number) => string;
  action: string;
  ignore: string;
};

const SIGN_IN: Record<Locale, LinkText> = {
  en: {
    subject: 'Your Groundswell sign-in link',
    intro:
      'Someone asked for a sign-in link for your Groundswell account. Sign-ins with a password alone are paused for your account after many failed attempts.',
    expires: (m) => `The link works once, within ${m} minutes, and still asks for your password.`,
    action: 'Sign in',
    ignore: 'If this was not you, ignore this email; nobody can use the link without it.',
  },
  ar: {
    subject: 'رابط تسجيل الدخول إلى Groundswell',
    intro:
      'طلب أحدهم رابط تسجيل دخول لحسابك على Groundswell. أُوقف تسجيل الدخول بكلمة المرور وحدها مؤقتًا بعد محاولات فاشلة كثيرة.',
    expires: (m) => `يعمل الرابط مرة واحدة خلال ${m} دقيقة، ويطلب كلمة مرورك أيضًا.`,
    action: 'تسجيل الدخول',
    ignore: 'إن لم تكن أنت من طلبه فتجاهل هذه الرسالة؛ لا يمكن لأحد استخدام الرابط من دونها.',
  },
};

const RESET: Record<Locale, LinkText> = {
  en: {
    subject: 'Reset your Groundswell password',
    intro: 'Someone asked to reset the password of your Groundswell account.',
    expires: (m) => `The link works once, within ${m} minutes. Resetting signs you out everywhere.`,
    action: 'Choose a new password',
    ignore: 'If this was not you, ignore this email: your password stays as it is.',
  },
  ar: {
    subject: 'إعادة تعيين كلمة مرور Groundswell',
    intro: 'طلب أحدهم إعادة تعيين كلمة مرور حسابك على Groundswell.',
    expires: (m) => `يعمل الرابط مرة واحدة خلال ${m} دقيقة. إعادة التعيين تُخرجك من كل الأجهزة.`,
    action: 'اختر كلمة مرور جديدة',
    ignore: 'إن لم تكن أنت من طلبه فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
  },
};

/** `token` is not data: it is a secret of the message, merged in at send time. */
export interface LinkData {
  minutes: number;
  token?: string;
}

export interface NewDeviceData {
  device: string;
  at: string;
}

function linkTemplate(
  name: string,
  description: string,
  path: string,
  text: Record<Locale, LinkText>,
): MailTemplate<LinkData> {
  return {
    name,
    category: 'transactional',
    sender: 'system',
    description,
    sampleData: { minutes: 30, token: 'gsl_sample-token' },
    render({ locale, data, publicUrl }) {
      const tx = t(locale, text);
      const token = String(data.token ?? '');
      if (!token) throw new Error(`${name}: the token is missing`);
      const link = new URL(`${path}?token=${encodeURIComponent(token)}`, publicUrl).toString();
      const minutes = Number(data.minutes ?? 30);
      return {
        subject: tx.subject,
        html: layout({
          locale,
          title: tx.subject,
          body: html`<p style="margin:0 0 16px">${tx.intro}</p>
            <p style="margin:0 0 16px">${tx.expires(minutes)}</p>
            ${button(link, tx.action)}
            <p style="margin:16px 0 0;color:#374151">${tx.ignore}</p>`,
        }),
        text: `${tx.intro}\n\n${tx.expires(minutes)}\n\n${link}\n\n${tx.ignore}\n`,
      };
    },
  };
}

export const signInLinkTemplate = linkTemplate(
  'auth.sign-in-link',
  'Emailed sign-in link for an organizer whose password sign-ins are throttled (secret token).',
  '/admin/sign-in/link',
  SIGN_IN,
);

export const passwordResetTemplate = linkTemplate(
  'auth.password-reset',
  'Password reset link for an organizer (secret token).',
  '/admin/password-reset',
  RESET,
);

const NEW_DEVICE: Record<Locale, { subject: string; intro: (device: string, when: string) => string; advice: string }> =
  {
    en: {
      subject: 'New sign-in to your Groundswell account',
      intro: (d, w) =>
        `Your Groundswell account was signed in to from a device it had not seen before (${d}) at ${w} UTC.`,
      advice:
        'If this was you, there is nothing to do. If not, change your password now and revoke the session under Account → Sessions in the console.',
    },
    ar: {
      subject: 'تسجيل دخول جديد إلى حسابك على Groundswell',
      intro: (d, w) => `سُجّل الدخول إلى حسابك على Groundswell من جهاز لم يُرَ من قبل (${d}) في ${w} بتوقيت UTC.`,
      advice: 'إن كنت أنت فلا شيء عليك. وإلا فغيّر كلمة مرورك الآن وألغِ الجلسة من الحساب ← الجلسات في لوحة التحكم.',
    },
  };

/** Sent when a session starts on a device the organizer has not used before (issue 17). */
export const newDeviceTemplate: MailTemplate<NewDeviceData> = {
  name: 'auth.new-device',
  category: 'transactional',
  sender: 'system',
  description: 'Tells an organizer their account was signed in to from a new device (data.device, data.at).',
  sampleData: { device: 'Firefox on Linux', at: '2026-01-01T12:00:00.000Z' },
  render({ locale, data }) {
    const tx = t(locale, NEW_DEVICE);
    const device = String(data.device ?? '?');
    const at = String(data.at ?? '')
      .replace('T', ' ')
      .slice(0, 16);
    return noticeMail(locale, tx.subject, [tx.intro(device, at), tx.advice]);
  },
};
