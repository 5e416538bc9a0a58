// Over 500 lines because: admission, the waitlist and cancellation share the event row lock
// and the seat count (`lockEvent`, `seatsTaken`, `admissionFor`), which must stay one rule. The next
// seam to split out is the organizer views and CSV (`views`, `csv`, about 170 lines).
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Locale } from '../../common/i18n.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import type { Event, EventAttendance, EventRsvp, EventRsvpStatus } from '../../generated/prisma/client.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import type { SupporterFormInput } from '../supporters/supporter-fields.js';
import { type ErasureReason, SupportersService, type SupporterDataHolder } from '../supporters/supporters.service.js';
import { admit, promotable, seatsLeft, seatsOf } from './capacity.js';
import { csvRow } from '../../common/csv.js';
import { PersonalDataExportsService } from '../campaigns/personal-data-exports.service.js';
import type { DateRanges } from '../../common/date-range.js';
import { rsvpDatesWhere } from './rsvp-dates.js';
import { EventNotifierService, RSVP_CANCEL_PURPOSE } from './event-notifier.service.js';
import { eventTransaction } from './event-transaction.js';
import { formatLocalDateTime } from '../../common/zoned-time.js';
import type { Actor } from '../../common/actor.js';

/** Purpose of the signed token that unlocks a private event's public pages. */
export const EVENT_ACCESS_PURPOSE = 'event-access';

export type RsvpInput = SupporterFormInput & { guests?: number };

export interface RsvpOutcome {
  status: 'confirmed' | 'waitlisted';
  locale: Locale;
  thankYouUrl: string | null;
  event: { title: string; localStartText: string };
}

const EXPORT_BATCH = 500;
/** How far back the housekeeping job looks for started events with reminders still queued. */
const REMINDER_EXPIRY_WINDOW_MS = 6 * 3600_000;

/**
 * RSVPs: capacity, waitlist and attendees. Every change to who holds a seat takes a row lock on the
 * event first (SELECT ... FOR UPDATE), so concurrent RSVPs and cancellations of one event run one at
 * a time and seats are counted and taken in the same transaction: capacity is never exceeded.
 * Guests count toward capacity. The waitlist is strictly first in, first out (capacity.ts).
 */
@Injectable()
export class EventRsvpsService implements OnModuleInit {
  private readonly log = new Logger('events');

  constructor(
    private readonly prisma: PrismaService,
    private readonly supporters: SupportersService,
    private readonly campaigns: CampaignsService,
    private readonly notifier: EventNotifierService,
    private readonly signer: LinkSignerService,
    private readonly audit: AuditService,
    private readonly exports: PersonalDataExportsService,
  ) {}

  onModuleInit(): void {
    this.supporters.registerDataHolder(this.dataHolder);
  }

  // ---------- public ----------

  /**
   * A public RSVP. Answers exactly as for a newcomer whether or not the address had RSVPed before
   * (an existing active RSVP is left as it is), so the endpoint tells nobody who is coming.
   */
  async rsvp(
    slug: string,
    eventSlug: string,
    access: string | undefined,
    input: RsvpInput,
    ip: string,
  ): Promise<RsvpOutcome> {
    const campaign = await this.campaigns.getPublicBySlug(slug);
    this.campaigns.assertTakesSignups(campaign);
    const found = await this.prisma.event.findUnique({
      where: { campaignId_slug: { campaignId: campaign.id, slug: eventSlug } },
    });
    if (!found || (found.visibility === 'private' && !this.validAccess(access, found.id)))
      throw Problem.notFound('Event');
    const guests = input.guests ?? 0;
    if (guests > found.maxGuests)
      throw Problem.field(
        'guests',
        found.maxGuests === 0 ? 'this event does not take guests' : `at most ${found.maxGuests} guests per RSVP`,
        'too-many-guests',
      );
    this.assertOpen(found, new Date());
    const locale = (input.locale ?? campaign.defaultLocale) as Locale;
    const thankYouUrl = input.redirect ? await this.supporters.thankYouUrl(campaign.id) : null;
    const eventRef = {
      title: found.title,
      localStartText: formatLocalDateTime(found.startsAt, found.timeZone, locale),
    };

    await this.supporters.warnIfTargeted(campaign.id, input);
    const screen = await this.supporters.screenForm(input, ip, 'event-rsvp');
    if (!screen.accept) {
      // Honeypot or per-address limit: store nothing, send nothing, answer as a real RSVP would.
      const admission = await this.admissionFor(this.prisma, found, guests);
      if (admission === 'full') throw this.fullProblem();
      return { status: admission, locale, thankYouUrl, event: eventRef };
    }

    const status = await eventTransaction(this.prisma, async (tx) => {
      const person = await this.supporters.upsertFromForm(tx, campaign.id, input, {
        ip,
        sourceFormId: `event:${found.id}`,
        campaignDefaultLocale: campaign.defaultLocale,
        // Campaign mail needs double opt-in; an RSVP alone only gets its own (transactional) emails.
        sendConfirmation: !!(input.consentUpdates || input.consentDigests),
      });
      const event = await this.lockEvent(tx, found.id);
      const now = new Date();
      this.assertOpen(event, now);
      const existing = await tx.eventRsvp.findUnique({
        where: { eventId_supporterId: { eventId: event.id, supporterId: person.supporterId } },
      });
      const admission = await this.admissionFor(tx, event, guests);
      if (admission === 'full') throw this.fullProblem();
      // Someone already holding an RSVP: nothing changes, and the answer is the one a newcomer would
      // get right now (not their own status), so nobody can probe whether an address is coming.
      if (existing && existing.status !== 'cancelled') return admission;
      // A cancelled RSVP is replaced by a new one (new id), so its messages and reminders get fresh keys.
      if (existing) await tx.eventRsvp.delete({ where: { id: existing.id } });

      const rsvp = await tx.eventRsvp.create({
        data: {
          eventId: event.id,
          campaignId: event.campaignId,
          supporterId: person.supporterId,
          status: admission,
          guests,
          confirmedAt: admission === 'confirmed' ? now : null,
          waitlistedAt: admission === 'waitlisted' ? now : null,
          source: input.source ?? input.utmSource ?? null,
          ref: input.ref ?? null,
        },
      });
      if (admission === 'confirmed') await this.notifier.rsvpConfirmed(tx, event, rsvp, now, 'rsvp');
      else await this.notifier.rsvpWaitlisted(tx, event, rsvp);
      return admission;
    });
    return { status, locale, thankYouUrl, event: eventRef };
  }

  /** What the cancel page shows before the click (a GET never changes anything: mail scanners follow links). */
  async peekCancel(token: string) {
    const rsvpId = this.signer.verify(RSVP_CANCEL_PURPOSE, token);
    const rsvp = await this.prisma.eventRsvp.findUnique({ where: { id: rsvpId }, include: { event: true } });
    if (!rsvp) throw Problem.field('token', 'is no longer valid (the RSVP was replaced or removed)', 'invalid-token');
    return { rsvp, event: rsvp.event, locale: await this.localeOf(rsvp) };
  }

  /** Cancels through the signed link in the attendee's emails. Idempotent. */
  async cancelByToken(
    token: string,
  ): Promise<{ status: 'cancelled' | 'already-cancelled'; event: Event; locale: Locale }> {
    const rsvpId = this.signer.verify(RSVP_CANCEL_PURPOSE, token);
    const first = await this.prisma.eventRsvp.findUnique({ where: { id: rsvpId } });
    if (!first) throw Problem.field('token', 'is no longer valid (the RSVP was replaced or removed)', 'invalid-token');
    const locale = await this.localeOf(first);
    return eventTransaction(this.prisma, async (tx) => {
      const event = await this.lockEvent(tx, first.eventId);
      const rsvp = await tx.eventRsvp.findUnique({ where: { id: rsvpId } });
      if (!rsvp) throw Problem.field('token', 'is no longer valid (the RSVP was replaced or removed)', 'invalid-token');
      if (rsvp.status === 'cancelled' || event.status === 'cancelled')
        return { status: 'already-cancelled' as const, event, locale };
      const now = new Date();
      if (now >= event.startsAt)
        throw Problem.conflict('event-started', 'This event has already started; the RSVP can no longer be cancelled.');
      await this.cancelLocked(tx, event, rsvp, 'attendee', true, now);
      return { status: 'cancelled' as const, event, locale };
    });
  }

  // ---------- organizer ----------

  async list(
    event: Event,
    query: { cursor?: string; limit?: number; status?: EventRsvpStatus },
    dates?: DateRanges,
  ): Promise<Page<AttendeeView>> {
    const after = decodeCursor(query.cursor);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.prisma.eventRsvp.findMany({
      where: {
        eventId: event.id,
        ...rsvpDatesWhere(dates),
        ...(query.status ? { status: query.status } : {}),
        ...(after ? { id: { lt: after } } : {}),
      },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    const views = await this.views(event, items);
    return {
      items: views,
      nextCursor: rows.length > limit ? Buffer.from(items[items.length - 1].id).toString('base64url') : null,
    };
  }

  /**
   * One attendee as the organizer list shows it, by RSVP id or by the person (one RSVP per person
   * and event), or null (outbound webhook payloads, OSDI single attendances).
   */
  async attendee(eventId: string, by: string | { supporterId: string }): Promise<AttendeeView | null> {
    const rsvp = await this.prisma.eventRsvp.findFirst({
      where: { eventId, ...(typeof by === 'string' ? { id: by } : by) },
      include: { event: true },
    });
    return rsvp ? (await this.views(rsvp.event, [rsvp]))[0] : null;
  }

  /** How many RSVPs an event has, in every status (the OSDI collection's total_records). */
  count(eventId: string, dates?: DateRanges): Promise<number> {
    return this.prisma.eventRsvp.count({ where: { eventId, ...rsvpDatesWhere(dates) } });
  }

  /** The attendee list as CSV, streamed in batches (memory stays flat), UTF-8 with BOM for spreadsheets. */
  async *csv(actor: Actor, event: Event): AsyncGenerator<string> {
    const head = await this.exports.start(actor, {
      campaignId: event.campaignId,
      what: 'attendees',
      people: await this.count(event.id),
      entityType: 'event',
      entityId: event.id,
    });
    yield (
      head +
      csvRow([
        'rsvp_id',
        'status',
        'waitlist_position',
        'first_name',
        'last_name',
        'email',
        'phone',
        'signal_username',
        'guests',
        'attendance',
        'checked_in_at',
        'source',
        'ref',
        'rsvp_at',
        'confirmed_at',
        'cancelled_at',
      ])
    );
    let after: string | undefined;
    for (;;) {
      const rows = await this.prisma.eventRsvp.findMany({
        where: { eventId: event.id, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: EXPORT_BATCH,
      });
      if (rows.length === 0) return;
      const views = await this.views(event, rows);
      yield views
        .map((v) =>
          csvRow([
            v.id,
            v.status,
            v.waitlistPosition,
            v.firstName,
            v.lastName,
            v.email,
            v.phone,
            v.signalUsername,
            v.guests,
            v.attendance,
            v.checkedInAt,
            v.source,
            v.ref,
            v.createdAt,
            v.confirmedAt,
            v.cancelledAt,
          ]),
        )
        .join('');
      after = rows[rows.length - 1].id;
    }
  }

  async checkIn(actor: Actor, event: Event, rsvpId: string, attendance: EventAttendance | null): Promise<AttendeeView> {
    const rsvp = await this.prisma.eventRsvp.findFirst({ where: { id: rsvpId, eventId: event.id } });
    if (!rsvp) throw Problem.notFound('Attendee');
    if (attendance !== null && rsvp.status === 'cancelled')
      throw Problem.conflict('rsvp-cancelled', 'This RSVP was cancelled; it cannot be checked in.');
    const updated = await this.prisma.$transaction(async (tx) => {
      const row = await tx.eventRsvp.update({
        where: { id: rsvpId },
        data: {
          attendance,
          checkedInAt: attendance ? new Date() : null,
          checkedInBy: attendance ? actor.organizerId : null,
        },
      });
      await this.audit.record(tx, {
        campaignId: event.campaignId,
        actor,
        action: 'event.attendee-checked-in',
        entityType: 'event-rsvp',
        entityId: rsvpId,
        details: { eventId: event.id, attendance },
      });
      await this.notifier.attendance(tx, event, rsvpId, `check-in:${attendance ?? 'none'}:${Date.now()}`);
      return row;
    });
    return (await this.views(event, [updated]))[0];
  }

  /** An organizer removes someone; their seat goes to the waitlist. */
  async remove(actor: Actor, event: Event, rsvpId: string, notify: boolean): Promise<AttendeeView> {
    const updated = await eventTransaction(this.prisma, async (tx) => {
      const locked = await this.lockEvent(tx, event.id);
      const rsvp = await tx.eventRsvp.findFirst({ where: { id: rsvpId, eventId: event.id } });
      if (!rsvp) throw Problem.notFound('Attendee');
      if (rsvp.status === 'cancelled') return rsvp;
      const row = await this.cancelLocked(tx, locked, rsvp, 'organizer', notify, new Date());
      await this.audit.record(tx, {
        campaignId: event.campaignId,
        actor,
        action: 'event.attendee-removed',
        entityType: 'event-rsvp',
        entityId: rsvpId,
        details: { eventId: event.id, notify },
      });
      return row;
    });
    return (await this.views(event, [updated]))[0];
  }

  /**
   * An organizer confirms one waitlisted person, out of turn if they choose: the same email and
   * reminders as the automatic promotion. A party that does not fit in the seats left is refused
   * unless `overCapacity` says the organizer knowingly goes over (Mobilize allows the same); the
   * seats are counted under the event's row lock, so two promotions of the last seat cannot both fit.
   */
  async promote(actor: Actor, event: Event, rsvpId: string, overCapacity: boolean): Promise<AttendeeView> {
    const updated = await eventTransaction(this.prisma, async (tx) => {
      const locked = await this.lockEvent(tx, event.id);
      const rsvp = await tx.eventRsvp.findFirst({ where: { id: rsvpId, eventId: event.id } });
      if (!rsvp) throw Problem.notFound('Attendee');
      if (rsvp.status !== 'waitlisted')
        throw Problem.conflict('not-waitlisted', `This RSVP is ${rsvp.status}, not on the waitlist.`);
      const now = new Date();
      if (locked.status !== 'scheduled')
        throw Problem.conflict(`event-${locked.status}`, `This event is ${locked.status}; nobody can be promoted.`);
      if (now >= locked.startsAt)
        throw Problem.conflict('event-started', 'This event has already started; nobody can be promoted.');
      const taken = await this.seatsTaken(tx, event.id);
      const over = admit({ capacity: locked.capacity, taken, seats: seatsOf(rsvp), waitlistEnabled: false }) === 'full';
      if (over && !overCapacity)
        throw Problem.conflict(
          'over-capacity',
          `This party needs ${seatsOf(rsvp)} seats and ${seatsLeft(locked.capacity, taken)} are left. Send overCapacity: true to go over the capacity of ${locked.capacity} knowingly.`,
          { seatsNeeded: seatsOf(rsvp), seatsLeft: seatsLeft(locked.capacity, taken), capacity: locked.capacity },
        );
      const row = await tx.eventRsvp.update({
        where: { id: rsvp.id },
        data: { status: 'confirmed', confirmedAt: now },
      });
      await this.notifier.rsvpConfirmed(tx, locked, row, now, 'promoted');
      await this.audit.record(tx, {
        campaignId: event.campaignId,
        actor,
        action: 'event.attendee-promoted',
        entityType: 'event-rsvp',
        entityId: rsvpId,
        details: { eventId: event.id, overCapacity: over, seatsTaken: taken + seatsOf(rsvp) },
      });
      return row;
    });
    return (await this.views(event, [updated]))[0];
  }

  /**
   * Fills free seats from the waitlist, first in first out, each promoted attendee emailed (with
   * reminders planned). The caller holds the event's row lock.
   */
  async promoteWaitlist(tx: Tx, event: Event, now: Date): Promise<number> {
    if (event.status !== 'scheduled' || now >= event.startsAt) return 0;
    const waitlist = await tx.eventRsvp.findMany({
      where: { eventId: event.id, status: 'waitlisted' },
      orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
    });
    if (waitlist.length === 0) return 0;
    const ids = promotable(event.capacity, await this.seatsTaken(tx, event.id), waitlist);
    for (const id of ids) {
      const rsvp = await tx.eventRsvp.update({ where: { id }, data: { status: 'confirmed', confirmedAt: now } });
      await this.notifier.rsvpConfirmed(tx, event, rsvp, now, 'promoted');
    }
    if (ids.length > 0) this.log.log(`event ${event.id}: ${ids.length} promoted from the waitlist`);
    return ids.length;
  }

  /**
   * Reminders of events that started in the last REMINDER_EXPIRY_WINDOW_MS and were not sent yet
   * are cancelled: a reminder after the start is noise. (The reminder template refuses to render
   * after the start as the last guard; this keeps such messages cancelled rather than failed.)
   */
  async expireStartedReminders(now: Date): Promise<number> {
    const events = await this.prisma.event.findMany({
      where: { startsAt: { lte: now, gt: new Date(now.getTime() - REMINDER_EXPIRY_WINDOW_MS) } },
      select: { id: true, scheduleVersion: true },
    });
    let cancelled = 0;
    for (const e of events) {
      const rsvps = await this.prisma.eventRsvp.findMany({
        where: { eventId: e.id, status: 'confirmed' },
        select: { id: true },
      });
      for (let i = 0; i < rsvps.length; i += 1000) {
        cancelled += await this.notifier.expireReminders(
          rsvps.slice(i, i + 1000).map((r) => r.id),
          e.scheduleVersion,
        );
      }
    }
    return cancelled;
  }

  // ---------- helpers ----------

  /** The attendee's mail language (pages reached from their emails use it), else the campaign's. */
  private async localeOf(rsvp: EventRsvp): Promise<Locale> {
    const person = (await this.supporters.supporterSummary([rsvp.supporterId])).get(rsvp.supporterId);
    if (person?.locale === 'en' || person?.locale === 'ar') return person.locale;
    return (await this.campaigns.get(rsvp.campaignId)).defaultLocale as Locale;
  }

  private async cancelLocked(
    tx: Tx,
    event: Event,
    rsvp: EventRsvp,
    by: 'attendee' | 'organizer',
    notify: boolean,
    now: Date,
  ): Promise<EventRsvp> {
    const row = await tx.eventRsvp.update({
      where: { id: rsvp.id },
      data: { status: 'cancelled', cancelledAt: now, cancelledBy: by },
    });
    await this.notifier.rsvpCancelled(
      tx,
      event,
      rsvp,
      by,
      notify && event.status === 'scheduled' && now < event.endsAt,
    );
    if (rsvp.status === 'confirmed') await this.promoteWaitlist(tx, event, now);
    return row;
  }

  /** What an RSVP of `1 + guests` seats would get now. While anyone is waiting, newcomers queue behind them. */
  private async admissionFor(
    db: Tx | PrismaService,
    event: Event,
    guests: number,
  ): Promise<'confirmed' | 'waitlisted' | 'full'> {
    // one round trip: this runs while the event's row lock is held
    const [seats] = await db.$queryRaw<{ taken: number; waiting: number }[]>`
      SELECT coalesce(sum(1 + guests) FILTER (WHERE status = 'confirmed'), 0)::int AS taken,
             count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
        FROM event_rsvps
       WHERE event_id = ${event.id}::uuid AND status IN ('confirmed', 'waitlisted')`;
    const admission = admit({
      capacity: event.capacity,
      taken: seats.taken,
      seats: 1 + guests,
      waitlistEnabled: event.waitlistEnabled,
    });
    if (admission === 'confirmed' && event.waitlistEnabled && seats.waiting > 0) return 'waitlisted';
    return admission;
  }

  async lockEvent(tx: Tx, eventId: string): Promise<Event> {
    await tx.$queryRaw`SELECT id FROM events WHERE id = ${eventId}::uuid FOR UPDATE`;
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw Problem.notFound('Event');
    return event;
  }

  async seatsTaken(db: Tx | PrismaService, eventId: string): Promise<number> {
    const agg = await db.eventRsvp.aggregate({
      where: { eventId, status: 'confirmed' },
      _count: { _all: true },
      _sum: { guests: true },
    });
    return agg._count._all + (agg._sum.guests ?? 0);
  }

  validAccess(access: string | undefined, eventId: string): boolean {
    if (!access) return false;
    try {
      return this.signer.verify(EVENT_ACCESS_PURPOSE, access, 'access') === eventId;
    } catch {
      return false;
    }
  }

  private assertOpen(e: Event, now: Date): void {
    if (e.status === 'cancelled') throw Problem.conflict('event-cancelled', 'This event has been cancelled.');
    if (e.status === 'completed' || now >= e.endsAt) throw Problem.conflict('event-over', 'This event is over.');
    if (now >= (e.rsvpDeadline ?? e.startsAt))
      throw Problem.conflict('rsvp-closed', 'RSVPs for this event are closed.');
  }

  private fullProblem(): Problem {
    // Worded for everyone: someone who had already RSVPed and tries again keeps their place.
    return Problem.conflict(
      'event-full',
      'This event is full. If you had already RSVPed, your place is kept: see your email.',
    );
  }

  private async views(event: Event, rows: EventRsvp[]): Promise<AttendeeView[]> {
    const people = await this.supporters.supporterSummary(
      rows.map((r) => r.supporterId),
      { personal: true },
    );
    const positions = new Map<string, number>();
    if (rows.some((r) => r.status === 'waitlisted')) {
      const waitlist = await this.prisma.eventRsvp.findMany({
        where: { eventId: event.id, status: 'waitlisted' },
        orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
        select: { id: true },
      });
      waitlist.forEach((w, i) => positions.set(w.id, i + 1));
    }
    return rows.map((r) => {
      const p = people.get(r.supporterId);
      return {
        id: r.id,
        supporterId: r.supporterId,
        email: p?.email ?? null,
        firstName: p?.firstName ?? null,
        lastName: p?.lastName ?? null,
        phone: p?.phone ?? null,
        signalUsername: p?.signalUsername ?? null,
        status: r.status,
        guests: r.guests,
        waitlistPosition: positions.get(r.id) ?? null,
        attendance: r.attendance,
        checkedInAt: r.checkedInAt,
        source: r.source,
        ref: r.ref,
        createdAt: r.createdAt,
        confirmedAt: r.confirmedAt,
        cancelledAt: r.cancelledAt,
      };
    });
  }

  /**
   * Export and erasure of a supporter's RSVPs (registered with SupportersService). RSVP rows hold
   * no personal data themselves, only the supporter id; an erased person's upcoming RSVPs are
   * cancelled (their seats go to the waitlist, their reminders stop), past ones stay as anonymous
   * attendance counts.
   */
  readonly dataHolder: SupporterDataHolder = {
    name: 'eventRsvps',
    /**
     * Supporters the events module still needs: those with an active RSVP to an event that has not
     * ended (their reminders and any change notice go to them). An RSVP alone leaves someone
     * "pending" (it is no consent to campaign mail), so the purge of unconfirmed signups skips
     * these ids until the event is over.
     */
    retains: async (supporterIds: string[]) => {
      if (supporterIds.length === 0) return [];
      const rows = await this.prisma.eventRsvp.findMany({
        where: {
          supporterId: { in: supporterIds },
          status: { in: ['confirmed', 'waitlisted'] },
          event: { status: 'scheduled', endsAt: { gt: new Date() } },
        },
        select: { supporterId: true },
        distinct: ['supporterId'],
      });
      return rows.map((r) => r.supporterId);
    },
    export: async (supporterId: string) => {
      const rows = await this.prisma.eventRsvp.findMany({
        where: { supporterId },
        include: { event: true },
        orderBy: { id: 'asc' },
      });
      return rows.map((r) => ({
        event: r.event.title,
        startsAt: r.event.startsAt,
        timeZone: r.event.timeZone,
        status: r.status,
        guests: r.guests,
        attendance: r.attendance,
        rsvpAt: r.createdAt,
        cancelledAt: r.cancelledAt,
      }));
    },
    erase: async (tx: Tx, supporterIds: string[], reason: ErasureReason) => {
      // Retention erases only people whose RSVPs are all past the rule (ended events), and unlinks
      // those RSVPs itself (RsvpRetentionService): nothing to cancel, no count may move.
      if (supporterIds.length === 0 || reason === 'retention') return;
      const now = new Date();
      const active = await tx.eventRsvp.findMany({
        where: {
          supporterId: { in: supporterIds },
          status: { in: ['confirmed', 'waitlisted'] },
          event: { endsAt: { gt: now } },
        },
        select: { eventId: true },
        distinct: ['eventId'],
      });
      // lock in id order so two erasures cannot deadlock on the same events
      for (const eventId of active.map((a) => a.eventId).sort()) {
        const event = await this.lockEvent(tx, eventId);
        const rsvps = await tx.eventRsvp.findMany({
          where: { eventId, supporterId: { in: supporterIds }, status: { in: ['confirmed', 'waitlisted'] } },
        });
        await tx.eventRsvp.updateMany({
          where: { id: { in: rsvps.map((r) => r.id) } },
          data: { status: 'cancelled', cancelledAt: now, cancelledBy: 'erasure' },
        });
        await this.notifier.cancelReminders(tx, event, rsvps, 'supporter erased');
        if (rsvps.some((r) => r.status === 'confirmed')) await this.promoteWaitlist(tx, event, now);
      }
      await tx.eventRsvp.updateMany({
        where: { supporterId: { in: supporterIds } },
        data: { source: null, ref: null },
      });
    },
  };
}

export interface AttendeeView {
  id: string;
  supporterId: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  signalUsername: string | null;
  status: EventRsvpStatus;
  guests: number;
  waitlistPosition: number | null;
  attendance: EventAttendance | null;
  checkedInAt: Date | null;
  source: string | null;
  ref: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}
