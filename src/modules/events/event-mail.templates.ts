import type { Locale } from '../../common/i18n.js';
import type { MailTemplate, RenderContext, RenderedMail } from '../mail/mail.types.js';
import { html, layout, paragraphs, safeUrl, type SafeHtml, t, textFooter } from '../mail/templates/html.js';
import type { ReminderKind } from './reminders.js';
import { formatLocalDateTime, formatLocalRange, formatLocalTime, zoneAbbreviation } from '../../common/zoned-time.js';

/**
 * The emails of the events module, one source per kind, English and Arabic. Every time is stated
 * in the event's own zone, with the zone named ("10:00 (BST, Europe/London)"), because attendees
 * travel to a place, not to a UTC offset. Template data never holds personal data: the greeting's
 * first name comes from the Recipient at send time.
 *
 * All of these are transactional: they are about an RSVP the person made (its confirmation, its
 * reminders, a change or cancellation of the event), not campaign news, so they reach people who
 * RSVPed without subscribing to updates. See docs/decisions/event-reminders.md.
 */

export interface EventMailData {
  eventId: string;
  rsvpId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  mapUrl: string | null;
  /** Only for confirmed attendees. */
  onlineUrl: string | null;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  guests: number;
  cancelUrl: string | null;
  /** iCalendar attachment (confirmed attendees: with the online link). */
  ics: string | null;
  icsFilename: string;
  scheduleVersion: number;
  /** Reminders: which one. */
  kind?: ReminderKind;
  /** Sent at once because the RSVP came inside the reminder window. */
  immediate?: boolean;
  /** Changes: what moved. */
  changes?: ('time' | 'place' | 'online')[];
  previousStartsAt?: string | null;
  previousLocation?: string | null;
  /** Cancellation of the event (organizer's words) */
  reason?: string | null;
  /** RSVP cancellations: who cancelled. */
  cancelledBy?: 'attendee' | 'organizer';
  waitlisted?: boolean;
}

const CALENDAR_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

function greeting(ctx: RenderContext<EventMailData>): string {
  const name = ctx.recipient?.firstName;
  return t(ctx.locale, { en: name ? `Hi ${name},` : 'Hello,', ar: name ? `مرحباً ${name}،` : 'مرحباً،' });
}

const LABELS: Record<Locale, Record<string, string>> = {
  en: {
    when: 'When',
    where: 'Where',
    online: 'Join online',
    map: 'Map',
    guests: 'Guests',
    contact: 'Questions? Contact',
    cancel: "Can't make it? Cancel your RSVP",
    cancelShort: 'Cancel my RSVP',
    calendar: 'The attached calendar file adds it to your calendar.',
    was: 'Previously',
  },
  ar: {
    when: 'الموعد',
    where: 'المكان',
    online: 'رابط المشاركة عبر الإنترنت',
    map: 'الخريطة',
    guests: 'الضيوف',
    contact: 'للاستفسار تواصل مع',
    cancel: 'لن تتمكن من الحضور؟ ألغِ تسجيلك',
    cancelShort: 'إلغاء تسجيلي',
    calendar: 'أضف الحدث إلى تقويمك عبر الملف المرفق.',
    was: 'سابقاً',
  },
};

function when(locale: Locale, d: EventMailData): string {
  return formatLocalRange(new Date(d.startsAt), new Date(d.endsAt), d.timeZone, locale);
}

/** The practical block: when, where, online link (confirmed only), guests, contact. */
function details(
  ctx: RenderContext<EventMailData>,
  d: EventMailData,
  options: { online: boolean },
): { html: SafeHtml; text: string[] } {
  const L = LABELS[ctx.locale] ?? LABELS.en;
  const rows: { label: string; value: SafeHtml | string; text: string }[] = [
    { label: L.when, value: when(ctx.locale, d), text: when(ctx.locale, d) },
  ];
  if (d.location) {
    const map = d.mapUrl ? html` (<a href="${safeUrl(d.mapUrl)}">${L.map}</a>)` : '';
    rows.push({
      label: L.where,
      value: html`${d.location}${map}`,
      text: d.location + (d.mapUrl ? ` (${d.mapUrl})` : ''),
    });
  }
  if (options.online && d.onlineUrl)
    rows.push({
      label: L.online,
      value: html`<a href="${safeUrl(d.onlineUrl)}">${d.onlineUrl}</a>`,
      text: d.onlineUrl,
    });
  if (d.guests > 0) rows.push({ label: L.guests, value: String(d.guests), text: String(d.guests) });
  if (d.contact && (d.contact.name || d.contact.email || d.contact.phone)) {
    const c = [d.contact.name, d.contact.email, d.contact.phone].filter(Boolean).join(' · ');
    rows.push({ label: L.contact, value: c, text: c });
  }
  return {
    html: html`<table
      role="presentation"
      cellpadding="0"
      cellspacing="0"
      style="margin:16px 0;border-collapse:collapse"
    >
      ${rows.map(
        (r) =>
          html`<tr>
            <td style="padding:4px 12px 4px 0;color:#6b7280;vertical-align:top;white-space:nowrap">${r.label}</td>
            <td style="padding:4px 0;font-weight:600">${r.value}</td>
          </tr>`,
      )}
    </table>`,
    text: rows.map((r) => `${r.label}: ${r.text}`),
  };
}

function cancelBlock(ctx: RenderContext<EventMailData>, d: EventMailData): { html: SafeHtml | string; text: string[] } {
  if (!d.cancelUrl) return { html: '', text: [] };
  const L = LABELS[ctx.locale] ?? LABELS.en;
  return {
    html: html`<p style="margin:24px 0 0;font-size:14px;color:#4b5563">
      ${L.cancel}: <a href="${safeUrl(d.cancelUrl)}">${L.cancelShort}</a>
    </p>`,
    text: ['', `${L.cancel}: ${d.cancelUrl}`],
  };
}

function attachment(d: EventMailData) {
  return d.ics ? [{ filename: d.icsFilename || 'event.ics', content: d.ics, contentType: CALENDAR_TYPE }] : undefined;
}

function compose(
  ctx: RenderContext<EventMailData>,
  subject: string,
  intro: SafeHtml,
  introText: string[],
  d: EventMailData,
  options: { online: boolean; cancel: boolean; extra?: { html: SafeHtml; text: string[] } },
): RenderedMail {
  const det = details(ctx, d, options);
  const cancel = options.cancel ? cancelBlock(ctx, d) : { html: '', text: [] };
  const L = LABELS[ctx.locale] ?? LABELS.en;
  const body = html`<p style="margin:0 0 16px">${greeting(ctx)}</p>
    ${intro}${det.html}${options.extra?.html ?? ''}${d.ics ? html`<p style="margin:0 0 8px;font-size:14px;color:#4b5563">${L.calendar}</p>` : ''}${cancel.html}`;
  const text = [
    greeting(ctx),
    '',
    ...introText,
    '',
    ...det.text,
    ...(options.extra?.text ?? []),
    ...(d.ics ? ['', L.calendar] : []),
    ...cancel.text,
  ].join('\n');
  return finish(ctx, subject, body, text, d);
}

/** An email whose intro is one paragraph, above the practical block. */
function composeOne(
  ctx: RenderContext<EventMailData>,
  subject: string,
  intro: string,
  d: EventMailData,
  options: { online: boolean; cancel: boolean },
): RenderedMail {
  return compose(ctx, subject, html`<p style="margin:0 0 16px">${intro}</p>`, [intro], d, options);
}

/** The finished email: the layout around the body, the footer under the text, the calendar file if any. */
function finish(
  ctx: RenderContext<EventMailData>,
  subject: string,
  body: SafeHtml,
  text: string,
  d: EventMailData,
): RenderedMail {
  return {
    subject,
    html: layout({
      locale: ctx.locale,
      title: subject,
      body,
      campaignName: ctx.campaign?.name ?? null,
      links: ctx.links,
    }),
    text: text + textFooter(ctx.locale, ctx.campaign?.name, ctx.links),
    attachments: attachment(d),
  };
}

const data = (ctx: RenderContext<EventMailData>) => ctx.data;

/** Preview data: an event on 30 March next year (always in the future, so the reminder renders). */
function sample(extra: Partial<EventMailData> = {}): EventMailData {
  const year = new Date().getUTCFullYear() + 1;
  const data: EventMailData = {
    eventId: '0190f0a0-0000-7000-8000-000000000001',
    rsvpId: '0190f0a0-0000-7000-8000-000000000002',
    title: 'Rally at the headquarters',
    startsAt: `${year}-03-30T09:00:00.000Z`,
    endsAt: `${year}-03-30T11:00:00.000Z`,
    timeZone: 'Europe/London',
    location: 'Parliament Square, London',
    mapUrl: 'https://www.openstreetmap.org/?mlat=51.50073&mlon=-0.12463#map=17/51.50073/-0.12463',
    onlineUrl: 'https://meet.example.org/rally',
    contact: { name: 'Field team', email: 'field@example.org', phone: null },
    guests: 1,
    cancelUrl: 'https://groundswell.example/public/event-rsvps/cancel?token=sample',
    ics: null,
    icsFilename: 'rally.ics',
    scheduleVersion: 1,
    kind: '24h',
    ...extra,
  };
  return data;
}

export const rsvpConfirmedTemplate: MailTemplate<EventMailData> = {
  name: 'event.rsvp-confirmed',
  category: 'transactional',
  description: 'Sent when someone RSVPs and has a place: details, online link, calendar file and cancel link.',
  get sampleData() {
    return sample();
  },
  render(ctx) {
    const d = data(ctx);
    const subject = t(ctx.locale, { en: `You're going: ${d.title}`, ar: `تم تأكيد حضورك: ${d.title}` });
    const intro = t(ctx.locale, {
      en: `Your place at "${d.title}" is confirmed.`,
      ar: `تم تأكيد مكانك في «${d.title}».`,
    });
    return composeOne(ctx, subject, intro, d, { online: true, cancel: true });
  },
};

export const rsvpWaitlistedTemplate: MailTemplate<EventMailData> = {
  name: 'event.rsvp-waitlisted',
  category: 'transactional',
  description: 'Sent when someone RSVPs to a full event with a waitlist.',
  get sampleData() {
    return sample({ onlineUrl: null, waitlisted: true });
  },
  render(ctx) {
    const d = data(ctx);
    const subject = t(ctx.locale, {
      en: `You're on the waitlist: ${d.title}`,
      ar: `أنت على قائمة الانتظار: ${d.title}`,
    });
    const intro = t(ctx.locale, {
      en: `"${d.title}" is full, so you are on the waitlist. Places are offered in the order people joined; we will email you as soon as one opens up for you.`,
      ar: `اكتمل العدد في «${d.title}»، لذا أُضفت إلى قائمة الانتظار. تُمنح الأماكن بحسب ترتيب التسجيل، وسنراسلك فور توفر مكان لك.`,
    });
    return composeOne(ctx, subject, intro, d, { online: false, cancel: true });
  },
};

export const rsvpPromotedTemplate: MailTemplate<EventMailData> = {
  name: 'event.rsvp-promoted',
  category: 'transactional',
  description: 'Sent when a place opens up and someone comes off the waitlist.',
  get sampleData() {
    return sample();
  },
  render(ctx) {
    const d = data(ctx);
    const subject = t(ctx.locale, {
      en: `A place opened up: you're going to ${d.title}`,
      ar: `توفر مكان: تم تأكيد حضورك في ${d.title}`,
    });
    const intro = t(ctx.locale, {
      en: `Good news: a place opened up at "${d.title}" and it is yours. You are no longer on the waitlist.`,
      ar: `خبر سار: توفر مكان في «${d.title}» وأصبح لك. لم تعد على قائمة الانتظار.`,
    });
    return composeOne(ctx, subject, intro, d, { online: true, cancel: true });
  },
};

export const reminderTemplate: MailTemplate<EventMailData> = {
  name: 'event.reminder',
  category: 'transactional',
  description:
    "Reminders 24 hours and 2 hours before the start (or at once for an RSVP inside the window), in the event's local time.",
  get sampleData() {
    return sample();
  },
  render(ctx) {
    const d = data(ctx);
    const start = new Date(d.startsAt);
    // The send-time guard: a reminder is never delivered once the event has started. Reminders of
    // cancelled RSVPs and events, or of a moved event, were cancelled in the outbox in the same
    // transaction; the housekeeping job cancels late ones before this would fire.
    if (Date.now() >= start.getTime()) throw new Error(`the event started at ${d.startsAt}; reminder not sent`);
    const time = `${formatLocalTime(start, d.timeZone, ctx.locale)} ${zoneAbbreviation(start, d.timeZone)}`;
    const subject =
      d.kind === '2h'
        ? t(ctx.locale, { en: `Starting soon: ${d.title} at ${time}`, ar: `يبدأ قريباً: ${d.title} الساعة ${time}` })
        : t(ctx.locale, {
            en: `Reminder: ${d.title} starts ${formatLocalDateTime(start, d.timeZone, 'en')}`,
            ar: `تذكير: ${d.title} يبدأ ${formatLocalDateTime(start, d.timeZone, 'ar')}`,
          });
    const intro =
      d.kind === '2h'
        ? t(ctx.locale, {
            en: `"${d.title}" starts at ${time} (${d.timeZone} time). See you there!`,
            ar: `يبدأ «${d.title}» الساعة ${time} (بتوقيت ${d.timeZone}). نراك هناك!`,
          })
        : t(ctx.locale, {
            en: `A reminder that you're going to "${d.title}".`,
            ar: `تذكير بأنك مسجل لحضور «${d.title}».`,
          });
    return composeOne(ctx, subject, intro, d, { online: true, cancel: true });
  },
};

export const eventChangedTemplate: MailTemplate<EventMailData> = {
  name: 'event.changed',
  category: 'transactional',
  description: 'Sent to everyone who RSVPed when the time or place of an event changes.',
  get sampleData() {
    return sample({ changes: ['time'], previousStartsAt: `${new Date().getUTCFullYear() + 1}-03-29T09:00:00.000Z` });
  },
  render(ctx) {
    const d = data(ctx);
    const changes = d.changes ?? [];
    const subject = changes.includes('time')
      ? t(ctx.locale, { en: `New time: ${d.title}`, ar: `موعد جديد: ${d.title}` })
      : t(ctx.locale, { en: `Updated details: ${d.title}`, ar: `تفاصيل محدثة: ${d.title}` });
    const intro = t(ctx.locale, {
      en: `The organizers changed the ${changes.includes('time') && (changes.includes('place') || changes.includes('online')) ? 'time and place' : changes.includes('time') ? 'time' : 'place'} of "${d.title}". Here are the new details.`,
      ar: `غيّر المنظمون ${changes.includes('time') && (changes.includes('place') || changes.includes('online')) ? 'الموعد والمكان' : changes.includes('time') ? 'الموعد' : 'المكان'} لـ«${d.title}». إليك التفاصيل الجديدة.`,
    });
    const L = LABELS[ctx.locale] ?? LABELS.en;
    const was: string[] = [];
    if (changes.includes('time') && d.previousStartsAt)
      was.push(formatLocalDateTime(new Date(d.previousStartsAt), d.timeZone, ctx.locale));
    if (changes.includes('place') && d.previousLocation) was.push(d.previousLocation);
    const extra = was.length
      ? {
          html: html`<p style="margin:0 0 16px;color:#6b7280;text-decoration:line-through">
            ${L.was}: ${was.join(' · ')}
          </p>`,
          text: ['', `${L.was}: ${was.join(' · ')}`],
        }
      : undefined;
    const still = d.waitlisted
      ? t(ctx.locale, { en: 'You are still on the waitlist.', ar: 'ما زلت على قائمة الانتظار.' })
      : t(ctx.locale, {
          en: 'Your RSVP still stands. If you can no longer come, please cancel so someone else can take your place.',
          ar: 'تسجيلك ما زال قائماً. إن لم تعد قادراً على الحضور، يرجى الإلغاء ليأخذ شخص آخر مكانك.',
        });
    return compose(
      ctx,
      subject,
      html`<p style="margin:0 0 16px">${intro}</p>
        <p style="margin:0 0 16px">${still}</p>`,
      [intro, still],
      d,
      { online: !d.waitlisted, cancel: true, extra },
    );
  },
};

export const eventCancelledTemplate: MailTemplate<EventMailData> = {
  name: 'event.cancelled',
  category: 'transactional',
  description: "Sent to everyone who RSVPed when an event is cancelled, with the organizers' reason.",
  get sampleData() {
    return sample({ reason: 'The permit was withdrawn; we will announce a new date.' });
  },
  render(ctx) {
    const d = data(ctx);
    const subject = t(ctx.locale, { en: `Cancelled: ${d.title}`, ar: `أُلغي: ${d.title}` });
    const intro = t(ctx.locale, {
      en: `"${d.title}", planned for ${formatLocalDateTime(new Date(d.startsAt), d.timeZone, 'en')}, has been cancelled.`,
      ar: `أُلغي «${d.title}» الذي كان مقرراً ${formatLocalDateTime(new Date(d.startsAt), d.timeZone, 'ar')}.`,
    });
    const reasonLabel = t(ctx.locale, { en: 'The organizers say:', ar: 'رسالة المنظمين:' });
    const body = html`<p style="margin:0 0 16px">${greeting(ctx)}</p>
      <p style="margin:0 0 16px">${intro}</p>
      ${
        d.reason
          ? html`<p style="margin:0 0 8px;font-weight:600">${reasonLabel}</p>
              <blockquote style="margin:0 0 16px;padding:0 12px;border-inline-start:3px solid #d1d5db">
                ${paragraphs(d.reason)}
              </blockquote>`
          : ''
      }`;
    const text = [greeting(ctx), '', intro, ...(d.reason ? ['', reasonLabel, d.reason] : [])].join('\n');
    return finish(ctx, subject, body, text, d);
  },
};

export const rsvpCancelledTemplate: MailTemplate<EventMailData> = {
  name: 'event.rsvp-cancelled',
  category: 'transactional',
  description: 'Confirms that an RSVP was cancelled (by the attendee through their link, or by an organizer).',
  get sampleData() {
    return sample({ cancelledBy: 'attendee', onlineUrl: null, cancelUrl: null });
  },
  render(ctx) {
    const d = data(ctx);
    const subject = t(ctx.locale, { en: `RSVP cancelled: ${d.title}`, ar: `أُلغي تسجيلك: ${d.title}` });
    const intro =
      d.cancelledBy === 'organizer'
        ? t(ctx.locale, {
            en: `The organizers cancelled your RSVP for "${d.title}".`,
            ar: `ألغى المنظمون تسجيلك في «${d.title}».`,
          })
        : t(ctx.locale, {
            en: `Your RSVP for "${d.title}" is cancelled. Thanks for letting us know: your place goes to the next person waiting.`,
            ar: `أُلغي تسجيلك في «${d.title}». شكراً لإبلاغنا: سيذهب مكانك إلى الشخص التالي في الانتظار.`,
          });
    return composeOne(ctx, subject, intro, { ...d, onlineUrl: null, guests: 0 }, { online: false, cancel: false });
  },
};

export const EVENT_TEMPLATES: MailTemplate<EventMailData>[] = [
  rsvpConfirmedTemplate,
  rsvpWaitlistedTemplate,
  rsvpPromotedTemplate,
  reminderTemplate,
  eventChangedTemplate,
  eventCancelledTemplate,
  rsvpCancelledTemplate,
];
