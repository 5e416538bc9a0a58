import type { Locale } from '../../common/i18n.js';
import type { MailTemplate } from '../mail/mail.types.js';
import { noticeMail, t } from '../mail/templates/html.js';

export interface EndpointDisabledData {
  url: string;
  reason: string;
}

const TEXT: Record<Locale, { subject: (c: string) => string; intro: (c: string) => string; why: string; how: string }> =
  {
    en: {
      subject: (c) => `A webhook of "${c}" was disabled`,
      intro: (c) => `Groundswell stopped sending events of the campaign "${c}" to this webhook endpoint:`,
      why: 'Reason:',
      how: 'Events recorded while it was failing are kept. Fix the receiver, then re-enable the endpoint (PATCH enabled: true); its pending deliveries resume, and failed ones can be redelivered from the delivery log.',
    },
    ar: {
      subject: (c) => `تم تعطيل webhook لحملة «${c}»`,
      intro: (c) => `أوقف Groundswell إرسال أحداث حملة «${c}» إلى نقطة الاستقبال هذه:`,
      why: 'السبب:',
      how: 'الأحداث المسجلة أثناء الفشل محفوظة. أصلحوا المستقبِل ثم أعيدوا تفعيل نقطة الاستقبال (PATCH enabled: true)؛ تُستأنف عمليات التسليم المعلقة، ويمكن إعادة تسليم الفاشلة من سجل التسليم.',
    },
  };

/** To each owner of the campaign when an endpoint is disabled after a long run of failures. */
export const endpointDisabledTemplate: MailTemplate<EndpointDisabledData> = {
  name: 'webhooks.endpoint-disabled',
  category: 'transactional',
  sender: 'system',
  description: 'A webhook endpoint was disabled after failing too long (data.url, data.reason).',
  sampleData: { url: 'https://hooks.example.org/groundswell', reason: '100 consecutive failed attempts' },
  render({ locale, data, campaign }) {
    const tx = t(locale, TEXT);
    const name = campaign?.name ?? 'Groundswell';
    return noticeMail(locale, tx.subject(name), [
      tx.intro(name),
      { code: data.url },
      `${tx.why} ${data.reason}`,
      tx.how,
    ]);
  },
};
