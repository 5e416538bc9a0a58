import type { Locale } from '../../common/i18n.js';
import type { MailTemplate } from '../mail/mail.types.js';
import { noticeMail, t } from '../mail/templates/html.js';

export interface ShutdownNoticeData {
  stage: 'scheduled' | 'cancelled' | 'completed';
  /** ISO instant the erasure runs (scheduled) or ran (completed). */
  at: string;
  supportersErased?: number;
}

const TEXT: Record<
  Locale,
  {
    subject: Record<ShutdownNoticeData['stage'], (c: string) => string>;
    body: Record<ShutdownNoticeData['stage'], (c: string, at: string, n: number) => string>;
    kept: string;
  }
> = {
  en: {
    subject: {
      scheduled: (c) => `"${c}" will be shut down`,
      cancelled: (c) => `The shutdown of "${c}" was cancelled`,
      completed: (c) => `"${c}" has been shut down`,
    },
    body: {
      scheduled: (c, at) =>
        `An owner asked to shut down the campaign "${c}". At ${at} (UTC) every supporter's personal data will be erased for good: names, email addresses, phone numbers, signatures' names and comments, RSVPs, the consent log and mail recipients. Any owner can cancel it until then in the campaign's settings.`,
      cancelled: (c) => `The shutdown of the campaign "${c}" was cancelled. Nothing was erased.`,
      completed: (c, at, n) =>
        `The campaign "${c}" was shut down at ${at} (UTC). The personal data of ${n} supporters was erased and its forms are closed.`,
    },
    kept: 'Counts and the public record (statements, timeline, petition totals) remain.',
  },
  ar: {
    subject: {
      scheduled: (c) => `سيتم إيقاف حملة «${c}»`,
      cancelled: (c) => `أُلغي إيقاف حملة «${c}»`,
      completed: (c) => `تم إيقاف حملة «${c}»`,
    },
    body: {
      scheduled: (c, at) =>
        `طلب أحد المالكين إيقاف حملة «${c}». في ${at} (UTC) ستُمحى البيانات الشخصية لجميع المؤيدين نهائيًا: الأسماء وعناوين البريد وأرقام الهواتف وأسماء الموقّعين وتعليقاتهم وتسجيلات الحضور وسجل الموافقات ومستلمو البريد. يمكن لأي مالك إلغاء ذلك قبل هذا الموعد من إعدادات الحملة.`,
      cancelled: (c) => `أُلغي إيقاف حملة «${c}». لم يُمحَ شيء.`,
      completed: (c, at, n) =>
        `تم إيقاف حملة «${c}» في ${at} (UTC). مُحيت البيانات الشخصية لـ ${n} من المؤيدين وأُغلقت نماذجها.`,
    },
    kept: 'تبقى الأعداد والسجل العام (البيانات والخط الزمني وإجماليات العرائض).',
  },
};

/** To each owner of a campaign when its shutdown is scheduled, cancelled and done. */
export const shutdownNoticeTemplate: MailTemplate<ShutdownNoticeData> = {
  name: 'retention.shutdown-notice',
  category: 'transactional',
  sender: 'system',
  description: 'Campaign shutdown scheduled, cancelled or done (data.stage, data.at, data.supportersErased).',
  sampleData: { stage: 'scheduled', at: '2027-01-01T12:00:00.000Z' },
  render({ locale, data, campaign }) {
    const tx = t(locale, TEXT);
    const name = campaign?.name ?? 'Groundswell';
    const at = String(data.at).replace('T', ' ').slice(0, 16);
    const subject = tx.subject[data.stage](name);
    const body = tx.body[data.stage](name, at, data.supportersErased ?? 0);
    return noticeMail(locale, subject, [body, tx.kept]);
  },
};
