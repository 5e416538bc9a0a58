import { Injectable } from '@nestjs/common';
import type { Event, EventRsvp } from '../../generated/prisma/client.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import type { Tx } from '../../infra/prisma/prisma.service.js';
import type { MailTemplate, OutgoingMail } from '../mail/mail.types.js';
import { SUPPORTED_LOCALES } from '../../common/i18n.js';
import { MailPreviewService, type Preview } from '../mail/mail-preview.service.js';
import { MailService } from '../mail/mail.service.js';
import { EventCalendarService, locationText, mapUrl } from './event-calendar.service.js';
import {
  eventCancelledTemplate,
  eventChangedTemplate,
  type EventMailData,
  reminderTemplate,
  rsvpCancelledTemplate,
  rsvpConfirmedTemplate,
  rsvpPromotedTemplate,
  rsvpWaitlistedTemplate,
} from './event-mail.templates.js';
import { planReminders, reminderKey, reminderKeys } from './reminders.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';

/** Purpose of the signed token in the "cancel my RSVP" link. */
export const RSVP_CANCEL_PURPOSE = 'rsvp-cancel';

/** The attendee of notice previews: no one's RSVP. */
const STAND_IN = { id: '00000000-0000-7000-8000-000000000000', guests: 0 } as EventRsvp;

/** What a change of an event tells attendees moved: the time, the place, the online link. */
export function changesOf(before: Event, after: Event): ('time' | 'place' | 'online')[] {
  const moved =
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.timeZone !== after.timeZone;
  const placeMoved =
    locationText(before) !== locationText(after) ||
    before.latitude !== after.latitude ||
    before.longitude !== after.longitude;
  return [
    ...(moved ? (['time'] as const) : []),
    ...(placeMoved ? (['place'] as const) : []),
    ...(before.onlineUrl !== after.onlineUrl ? (['online'] as const) : []),
  ];
}

/**
 * Everything the events module sends, through the mail outbox and always inside the caller's
 * transaction: a message commits with the RSVP or change that caused it, and reminders are
 * cancelled (MailService.cancelInTx) in the same commit as the cancellation or move that makes them
 * obsolete. Keys (see reminders.ts for reminder keys):
 *   event-rsvp-confirmed:<rsvpId>  event-rsvp-waitlisted:<rsvpId>  event-rsvp-promoted:<rsvpId>
 *   event-rsvp-cancelled:<rsvpId>  event-changed:<rsvpId>:<sequence>  event-cancelled:<rsvpId>
 * A cancelled RSVP that RSVPs again gets a new RSVP id, so its messages get new keys.
 */
@Injectable()
export class EventNotifierService {
  constructor(
    private readonly mail: MailService,
    private readonly signer: LinkSignerService,
    private readonly cal: EventCalendarService,
    private readonly webhooks: WebhooksService,
    private readonly preview: MailPreviewService,
  ) {}

  /**
   * The cancellation notice as attendees would get it (each language, a stand-in attendee), so the
   * organizer reads it before cancelling. Nothing is sent or saved.
   */
  previewCancelled(event: Event, reason: string): Promise<Preview[]> {
    const data: EventMailData = { ...this.data(event, STAND_IN, { confirmed: false }, null), cancelUrl: null, reason };
    return this.previews(event, eventCancelledTemplate, data);
  }

  /**
   * The change notice a confirmed attendee would get if `after` were saved (each language, a
   * stand-in attendee), so the organizer reads it before saving. Nothing is sent or saved.
   */
  previewChanged(before: Event, after: Event): Promise<Preview[]> {
    return this.previews(after, eventChangedTemplate, this.changedData(before, after, STAND_IN, true));
  }

  private previews(event: Event, template: MailTemplate<EventMailData>, data: EventMailData): Promise<Preview[]> {
    return Promise.all(SUPPORTED_LOCALES.map((l) => this.preview.render(event.campaignId, template.name, l, data)));
  }

  /** The attendance webhook event of an RSVP's change (`what`: confirmed, cancelled, checked-in ...). */
  attendance(tx: Tx, event: Pick<Event, 'id' | 'campaignId'>, rsvpId: string, what: string): Promise<void> {
    return this.webhooks.record(tx, {
      campaignId: event.campaignId,
      type: 'attendance',
      key: `attendance:${rsvpId}:${what}`,
      subjectId: rsvpId,
      parentId: event.id,
    });
  }

  cancelUrl(rsvpId: string): string {
    return this.signer.url('/public/event-rsvps/cancel', this.signer.signFor(RSVP_CANCEL_PURPOSE, rsvpId));
  }

  /** Confirmation (or promotion) email, then the reminders still ahead; inside a window, its reminder goes at once. */
  async rsvpConfirmed(tx: Tx, event: Event, rsvp: EventRsvp, now: Date, how: 'rsvp' | 'promoted'): Promise<void> {
    const data = this.data(event, rsvp, { confirmed: true });
    const confirmation = this.message(
      event,
      rsvp,
      how === 'promoted' ? rsvpPromotedTemplate : rsvpConfirmedTemplate,
      `event-rsvp-${how === 'promoted' ? 'promoted' : 'confirmed'}:${rsvp.id}`,
      data,
    );
    // one statement for the confirmation and the reminders: this runs while the event's row lock is held
    await this.mail.enqueueMany(tx, [confirmation, ...this.reminderMails(event, [rsvp], now, { catchUp: true })]);
    await this.attendance(tx, event, rsvp.id, 'confirmed');
  }

  async rsvpWaitlisted(tx: Tx, event: Event, rsvp: EventRsvp): Promise<void> {
    const data = { ...this.data(event, rsvp, { confirmed: false }), waitlisted: true };
    await this.mail.enqueue(
      tx,
      this.message(event, rsvp, rsvpWaitlistedTemplate, `event-rsvp-waitlisted:${rsvp.id}`, data),
    );
  }

  /** Reminders of this RSVP are cancelled in the same transaction; the attendee hears about it unless told not to. */
  async rsvpCancelled(
    tx: Tx,
    event: Event,
    rsvp: EventRsvp,
    by: 'attendee' | 'organizer',
    notify: boolean,
  ): Promise<void> {
    await this.mail.cancelInTx(tx, reminderKeys(rsvp.id, event.scheduleVersion), `rsvp cancelled by ${by}`);
    await this.attendance(tx, event, rsvp.id, 'cancelled');
    if (!notify) return;
    const data = { ...this.data(event, rsvp, { confirmed: false }), cancelUrl: null, cancelledBy: by };
    await this.mail.enqueue(
      tx,
      this.message(event, rsvp, rsvpCancelledTemplate, `event-rsvp-cancelled:${rsvp.id}`, data),
    );
  }

  /** Reminders of supporters who were erased: nothing to tell them, just stop. */
  async cancelReminders(tx: Tx, event: Event, rsvps: EventRsvp[], reason: string): Promise<void> {
    await this.mail.cancelInTx(
      tx,
      rsvps.flatMap((r) => reminderKeys(r.id, event.scheduleVersion)),
      reason,
    );
  }

  /** Outside any transaction: reminders of an event that has started (housekeeping). */
  async expireReminders(rsvpIds: string[], scheduleVersion: number): Promise<number> {
    return this.mail.cancel(
      rsvpIds.flatMap((id) => reminderKeys(id, scheduleVersion)),
      'event started',
    );
  }

  /**
   * The time or place changed (`after.scheduleVersion` is new): everyone with an active RSVP hears
   * about it; confirmed attendees get a fresh calendar file, and their old reminders are cancelled
   * and re-planned for the new time (passed ones skipped: this message is the news).
   */
  async eventChanged(tx: Tx, change: { before: Event; after: Event; now: Date }): Promise<void> {
    const { before, after, now } = change;
    const rsvps = await tx.eventRsvp.findMany({
      where: { eventId: after.id, status: { in: ['confirmed', 'waitlisted'] } },
      orderBy: { id: 'asc' },
    });
    if (rsvps.length === 0) return;
    const confirmed = rsvps.filter((r) => r.status === 'confirmed');
    await this.mail.cancelInTx(
      tx,
      confirmed.flatMap((r) => reminderKeys(r.id, before.scheduleVersion)),
      'event changed',
    );
    const ics = this.cal.attendeeIcs(after);
    await this.mail.enqueueMany(
      tx,
      rsvps.map((r) =>
        this.message(
          after,
          r,
          eventChangedTemplate,
          `event-changed:${r.id}:${after.sequence}`,
          this.changedData(before, after, r, r.status === 'confirmed', ics),
        ),
      ),
    );
    if (after.status === 'scheduled') await this.planReminders(tx, after, confirmed, now, { catchUp: false });
  }

  /** Everyone with an active RSVP is told, with the organizers' reason; reminders stop in the same commit. */
  async eventCancelled(tx: Tx, event: Event): Promise<void> {
    const rsvps = await tx.eventRsvp.findMany({
      where: { eventId: event.id, status: { in: ['confirmed', 'waitlisted'] } },
      orderBy: { id: 'asc' },
    });
    if (rsvps.length === 0) return;
    await this.mail.cancelInTx(
      tx,
      rsvps.flatMap((r) => reminderKeys(r.id, event.scheduleVersion)),
      'event cancelled',
    );
    const ics = this.cal.attendeeIcs(event);
    await this.mail.enqueueMany(
      tx,
      rsvps.map((r) => {
        const isConfirmed = r.status === 'confirmed';
        const data: EventMailData = {
          ...this.data(event, r, { confirmed: false }, isConfirmed ? ics : null),
          cancelUrl: null,
          reason: event.cancelReason,
        };
        return this.message(event, r, eventCancelledTemplate, `event-cancelled:${r.id}`, data);
      }),
    );
  }

  /** The change notice's data for one attendee (`ics`: the new calendar file, made once for all). */
  private changedData(
    before: Event,
    after: Event,
    rsvp: EventRsvp,
    confirmed: boolean,
    ics = this.cal.attendeeIcs(after),
  ): EventMailData {
    const changes = changesOf(before, after);
    return {
      ...this.data(after, rsvp, { confirmed }, confirmed ? ics : null),
      changes,
      previousStartsAt: changes.includes('time') ? before.startsAt.toISOString() : null,
      previousLocation: changes.includes('place') ? locationText(before) : null,
      waitlisted: !confirmed,
    };
  }

  private async planReminders(
    tx: Tx,
    event: Event,
    rsvps: EventRsvp[],
    now: Date,
    options: { catchUp: boolean },
  ): Promise<void> {
    const mails = this.reminderMails(event, rsvps, now, options);
    if (mails.length > 0) await this.mail.enqueueMany(tx, mails);
  }

  private reminderMails(
    event: Event,
    rsvps: EventRsvp[],
    now: Date,
    options: { catchUp: boolean },
  ): OutgoingMail<EventMailData>[] {
    const plan = planReminders(event.startsAt, now, options);
    const mails: OutgoingMail<EventMailData>[] = [];
    for (const r of rsvps) {
      const base = this.data(event, r, { confirmed: true }, null);
      for (const p of plan) {
        mails.push({
          ...this.message(event, r, reminderTemplate, reminderKey(r.id, p.kind, event.scheduleVersion), {
            ...base,
            kind: p.kind,
            immediate: p.immediate,
          }),
          sendAt: p.sendAt,
        });
      }
    }
    return mails;
  }

  private message(
    event: Event,
    rsvp: EventRsvp,
    template: MailTemplate<EventMailData>,
    key: string,
    data: EventMailData,
  ): OutgoingMail<EventMailData> {
    return {
      key,
      template,
      campaignId: event.campaignId,
      category: 'transactional',
      to: { supporterId: rsvp.supporterId },
      data,
    };
  }

  /** Template data: the event as it is now. The online link and calendar file only for confirmed attendees. */
  private data(event: Event, rsvp: EventRsvp, options: { confirmed: boolean }, ics?: string | null): EventMailData {
    return {
      eventId: event.id,
      rsvpId: rsvp.id,
      title: event.title,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      timeZone: event.timeZone,
      location: locationText(event),
      mapUrl: mapUrl(event),
      onlineUrl: options.confirmed ? event.onlineUrl : null,
      contact:
        event.contactName || event.contactEmail || event.contactPhone
          ? { name: event.contactName, email: event.contactEmail, phone: event.contactPhone }
          : null,
      guests: rsvp.guests,
      cancelUrl: this.cancelUrl(rsvp.id),
      ics: ics !== undefined ? ics : options.confirmed ? this.cal.attendeeIcs(event) : null,
      icsFilename: `${event.slug}.ics`,
      scheduleVersion: event.scheduleVersion,
    };
  }
}
