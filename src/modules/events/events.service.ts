// Over 500 lines because: an event's lifecycle (create, update, cancel, complete), its staff and its
// public reads share one row lock (`lock`), one view builder (`viewWith`, `publicView`) and one set of
// consistency checks (`assertConsistent`). The next seam to split out is the public reads
// (`listPublic` to `upcomingPublic`, about 120 lines), into an event pages service, once src/web's
// callers can move with it.
import { Injectable, Logger } from '@nestjs/common';
import type { Locale } from '../../common/i18n.js';
import { type PageQuery, pageArgs, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import { UUID_RE } from '../../common/ids.js';
import { AppConfig } from '../../config/config.js';
import { type Event, Prisma } from '../../generated/prisma/client.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { type CampaignOrSlug, CampaignsService } from '../campaigns/campaigns.service.js';
import { seatsLeft } from './capacity.js';
import { EventCalendarService } from './event-calendar.service.js';
import { BULK_TX, eventTransaction } from './event-transaction.js';
import { changesOf, EventNotifierService } from './event-notifier.service.js';
import { EVENT_ACCESS_PURPOSE, EventRsvpsService } from './event-rsvps.service.js';
import { resolveDateTime, timesOf } from './event-times.js';
import type {
  ChangePreview,
  CreateEventInput,
  EventView,
  PublicEventView,
  UpdateEventInput,
} from './events.schemas.js';
import { formatLocalDateTime, toLocalIso } from '../../common/zoned-time.js';
import type { Actor } from '../../common/actor.js';
import { isUniqueViolation } from '../../infra/prisma/errors.js';

const MAX_DURATION_MS = 31 * 86_400_000;
/** How far back the campaign calendar feed reaches, so a subscriber sees recent events and cancellations. */
const FEED_PAST_MS = 180 * 86_400_000;
const FEED_MAX_EVENTS = 500;

export interface EventCounts {
  confirmed: number;
  seatsTaken: number;
  seatsLeft: number | null;
  waitlisted: number;
  attended: number;
  noShow: number;
}

/** An upcoming public event as other modules (digests) need it. No attendee data. */
export interface UpcomingPublicEvent {
  id: string;
  campaignId: string;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  localStart: string;
  location: {
    name: string | null;
    locality: string | null;
    region: string | null;
    postalCode: string | null;
    country: string | null;
  } | null;
  online: boolean;
  seatsLeft: number | null;
  publicUrl: string;
  calendarUrl: string;
  /** When the event was created (digests: "new since the last digest"). */
  createdAt: Date;
}

/** Fields whose change attendees must hear about (time or place). */
const LOGISTICS_FIELDS = [
  'startsAt',
  'endsAt',
  'timeZone',
  'locationName',
  'address',
  'locality',
  'region',
  'postalCode',
  'country',
  'latitude',
  'longitude',
  'onlineUrl',
] as const;
/** Fields a calendar shows: a change bumps SEQUENCE so clients replace their copy. */
const CALENDAR_FIELDS = [...LOGISTICS_FIELDS, 'title', 'description'] as const;

/**
 * Rally events: organizer CRUD, staff assignments, the public read model and calendars. RSVPs,
 * capacity and attendees live in EventRsvpsService; emails and reminders in EventNotifierService.
 */
@Injectable()
export class EventsService {
  private readonly log = new Logger('events');

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly auth: AuthService,
    private readonly rsvps: EventRsvpsService,
    private readonly notifier: EventNotifierService,
    private readonly signer: LinkSignerService,
    private readonly cal: EventCalendarService,
    private readonly config: AppConfig,
  ) {}

  // ---------- organizer ----------

  async create(actor: Actor, campaignId: string, input: CreateEventInput): Promise<EventView> {
    const campaign = await this.campaigns.get(campaignId);
    const data = this.eventData(input, input.timeZone);
    this.assertConsistent({
      ...data,
      locationName: data.locationName ?? null,
      address: data.address ?? null,
      onlineUrl: data.onlineUrl ?? null,
    });
    const baseSlug = input.slug ?? slugify(input.title);
    for (let attempt = 0; ; attempt++) {
      const slug =
        input.slug || attempt === 0 ? baseSlug : `${baseSlug.slice(0, 70)}-${Math.random().toString(36).slice(2, 7)}`;
      try {
        const event = await this.prisma.$transaction(async (tx) => {
          const created = await tx.event.create({
            data: {
              ...data,
              campaignId,
              slug,
              title: input.title,
              createdBy: actor.organizerId,
            } as Prisma.EventUncheckedCreateInput,
          });
          await this.audit.record(tx, {
            campaignId,
            actor,
            action: 'event.created',
            entityType: 'event',
            entityId: created.id,
            details: { visibility: created.visibility, capacity: created.capacity, waitlist: created.waitlistEnabled },
          });
          return created;
        });
        return this.view(event, campaign.slug);
      } catch (err) {
        if (isUniqueViolation(err)) {
          if (input.slug)
            throw Problem.conflict('slug-taken', 'Another event of this campaign already uses this slug.', {
              errors: [{ path: 'slug', message: 'is already taken', code: 'taken' }],
            });
          if (attempt < 5) continue;
        }
        throw err;
      }
    }
  }

  async list(campaignId: string, query: PageQuery & { status?: Event['status']; from?: string; to?: string }) {
    const campaign = await this.campaigns.get(campaignId);
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.event.findMany({
      where: {
        ...where,
        campaignId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.from ? { endsAt: { gte: new Date(query.from) } } : {}),
        ...(query.to ? { startsAt: { lt: new Date(query.to) } } : {}),
      },
      orderBy,
      take,
    });
    const page = toPage(rows, limit);
    const counts = await this.countsFor(page.items);
    return {
      items: page.items.map((e) => this.viewWith(e, campaign.slug, counts.get(e.id))),
      nextCursor: page.nextCursor,
    };
  }

  async get(campaignId: string, eventId: string): Promise<EventView> {
    const event = await this.find(campaignId, eventId);
    const campaign = await this.campaigns.get(campaignId);
    return this.view(event, campaign.slug);
  }

  async update(actor: Actor, campaignId: string, eventId: string, input: UpdateEventInput): Promise<EventView> {
    return this.underLock(campaignId, eventId, async (tx, before, now) => {
      const { data, changed, logistics, calendar, moved } = this.planChange(before, input, now);
      if (changed.length === 0) return before;
      const updated = await tx.event.update({
        where: { id: eventId },
        data: {
          ...data,
          ...(calendar ? { sequence: { increment: 1 } } : {}),
          // reminders carry the time and place: any logistics change re-plans them under a new version
          ...(logistics ? { scheduleVersion: { increment: 1 } } : {}),
          ...(input.status === 'completed' && before.status !== 'completed' ? { completedAt: now } : {}),
          ...(input.status === 'scheduled' ? { completedAt: null } : {}),
        },
      });
      if (logistics) await this.notifier.eventChanged(tx, { before, after: updated, now });
      // more seats (or no limit any more) can let the waitlist in
      const capacityGrew =
        'capacity' in data &&
        (updated.capacity === null || (before.capacity !== null && updated.capacity > before.capacity));
      if (capacityGrew) await this.rsvps.promoteWaitlist(tx, updated, now);
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'event.updated',
        entityType: 'event',
        entityId: eventId,
        details: { fields: changed, moved, sequence: updated.sequence },
      });
      return updated;
    }).catch((err: unknown) => {
      if (isUniqueViolation(err))
        throw Problem.conflict('slug-taken', 'Another event of this campaign already uses this slug.', {
          errors: [{ path: 'slug', message: 'is already taken', code: 'taken' }],
        });
      throw err;
    });
  }

  /**
   * What saving `input` would email, without saving or sending anything: the same checks as
   * `update` (so the same 400s and 409s), then the change notice in each language and how many
   * people it would reach now. Someone may RSVP between the preview and the save; the count is of now.
   */
  async previewChange(campaignId: string, eventId: string, input: UpdateEventInput): Promise<ChangePreview> {
    const before = await this.find(campaignId, eventId);
    const { after, logistics } = this.planChange(before, input, new Date());
    const recipients = logistics
      ? await this.prisma.eventRsvp.count({ where: { eventId, status: { in: ['confirmed', 'waitlisted'] } } })
      : 0;
    if (recipients === 0) return { notify: false, recipients: 0, changes: [], items: [] };
    // as `update` would save it: calendars see a new SEQUENCE, reminders a new schedule version
    const saved = { ...after, sequence: before.sequence + 1, scheduleVersion: before.scheduleVersion + 1 };
    return {
      notify: true,
      recipients,
      changes: changesOf(before, saved),
      items: await this.notifier.previewChanged(before, saved),
    };
  }

  async cancel(actor: Actor, campaignId: string, eventId: string, reason: string): Promise<EventView> {
    return this.underLock(campaignId, eventId, async (tx, before, now) => {
      if (before.status === 'cancelled') return before;
      if (before.status === 'completed')
        throw Problem.conflict('event-completed', 'A completed event cannot be cancelled.');
      const event = await tx.event.update({
        where: { id: eventId },
        data: { status: 'cancelled', cancelReason: reason, cancelledAt: now, sequence: { increment: 1 } },
      });
      await this.notifier.eventCancelled(tx, event);
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'event.cancelled',
        entityType: 'event',
        entityId: eventId,
        details: { sequence: event.sequence },
      });
      return event;
    });
  }

  /**
   * A change of the event under its row lock, in one transaction roomy enough for an outbox row per
   * attendee (BULK_TX); answers the event as the change left it.
   */
  private async underLock(
    campaignId: string,
    eventId: string,
    change: (tx: Tx, before: Event, now: Date) => Promise<Event>,
  ): Promise<EventView> {
    const campaign = await this.campaigns.get(campaignId);
    const now = new Date();
    const event = await eventTransaction(
      this.prisma,
      async (tx) => change(tx, await this.lock(tx, campaignId, eventId), now),
      BULK_TX,
    );
    return this.view(event, campaign.slug);
  }

  /** The one reading of an edit, shared by `update` and `previewChange`: what changes, and whether attendees hear of it. */
  private planChange(before: Event, input: UpdateEventInput, now: Date) {
    if (before.status === 'cancelled')
      throw Problem.conflict('event-cancelled', 'A cancelled event cannot be changed.');
    const data = this.updateData(before, input, input.timeZone ?? before.timeZone);
    const after = { ...before, ...data } as Event;
    this.assertConsistent(after);
    if (input.status === 'completed' && after.startsAt > now)
      throw Problem.field('status', 'an event can be marked completed only once it has started', 'not-started');
    const changed = Object.keys(data).filter(
      (k) => !sameValue((before as Record<string, unknown>)[k], (data as Record<string, unknown>)[k]),
    );
    return {
      data,
      after,
      changed,
      moved: before.startsAt.getTime() !== after.startsAt.getTime(),
      logistics: changed.some((k) => (LOGISTICS_FIELDS as readonly string[]).includes(k)),
      calendar: changed.some((k) => (CALENDAR_FIELDS as readonly string[]).includes(k)),
    };
  }

  /** A private event's invitation link (any event's, in fact: for unlisted and public ones it is simply the page). */
  async inviteLink(campaignId: string, eventId: string) {
    const event = await this.find(campaignId, eventId);
    const campaign = await this.campaigns.get(campaignId);
    const access = this.signer.signFor(EVENT_ACCESS_PURPOSE, event.id);
    const url = new URL(this.cal.pagePath(campaign.slug, event.slug), this.config.get('PUBLIC_URL'));
    url.searchParams.set('access', access);
    return { url: url.toString(), access };
  }

  // ---------- staff: per-event access to attendees for members below admin ----------

  async listStaff(campaignId: string, eventId: string) {
    await this.find(campaignId, eventId);
    const rows = await this.prisma.eventStaff.findMany({ where: { eventId }, orderBy: { createdAt: 'asc' } });
    const people = new Map((await this.auth.findOrganizers(rows.map((r) => r.organizerId))).map((o) => [o.id, o]));
    const roles = await Promise.all(rows.map((r) => this.campaigns.roleOf(campaignId, r.organizerId)));
    return rows.map((r, i) => ({
      organizerId: r.organizerId,
      name: people.get(r.organizerId)?.name ?? '',
      email: people.get(r.organizerId)?.email ?? '',
      role: roles[i],
      createdAt: r.createdAt,
    }));
  }

  async addStaff(actor: Actor, campaignId: string, eventId: string, organizerId: string) {
    await this.find(campaignId, eventId);
    if (!(await this.campaigns.roleOf(campaignId, organizerId)))
      throw Problem.field('organizerId', 'is not a member of this campaign', 'not-member');
    try {
      await this.prisma.$transaction(async (tx) => {
        await tx.eventStaff.upsert({
          where: { eventId_organizerId: { eventId, organizerId } },
          create: { eventId, organizerId, addedBy: actor.organizerId },
          update: {},
        });
        await this.audit.record(tx, {
          campaignId,
          actor,
          action: 'event.staff-added',
          entityType: 'event',
          entityId: eventId,
          details: { organizerId },
        });
      });
    } catch (err) {
      // A parallel identical request assigned them first: the assignment exists, as asked.
      if (!isUniqueViolation(err)) throw err;
    }
    return (await this.listStaff(campaignId, eventId)).find((s) => s.organizerId === organizerId)!;
  }

  async removeStaff(actor: Actor, campaignId: string, eventId: string, organizerId: string): Promise<void> {
    await this.find(campaignId, eventId);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.eventStaff.deleteMany({ where: { eventId, organizerId } });
      if (count === 0) throw Problem.notFound('Staff assignment');
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'event.staff-removed',
        entityType: 'event',
        entityId: eventId,
        details: { organizerId },
      });
    });
  }

  /**
   * Attendees are personal data: owners and admins see every event's; any other member only the
   * events they are assigned to as staff. Everyone else gets 403 (they can see the event exists).
   */
  async assertAttendeeAccess(campaignId: string, eventId: string, actor: Actor): Promise<Event> {
    const event = await this.find(campaignId, eventId);
    if (actor.role === 'owner' || actor.role === 'admin') return event;
    const staff = await this.prisma.eventStaff.findUnique({
      where: { eventId_organizerId: { eventId, organizerId: actor.organizerId } },
    });
    if (!staff)
      throw Problem.forbidden(
        "Attendees are personal data: only owners, admins and this event's assigned staff see them.",
      );
    return event;
  }

  // ---------- public ----------

  async listPublic(
    campaignOrSlug: CampaignOrSlug,
    query: { from?: string; to?: string; limit?: number; cursor?: string; locale?: Locale },
  ) {
    const campaign = await this.campaigns.publicCampaign(campaignOrSlug);
    const from = query.from ? new Date(query.from) : new Date();
    const limit = query.limit ?? 50;
    const after = decodeStartCursor(query.cursor);
    const rows = await this.prisma.event.findMany({
      where: {
        campaignId: campaign.id,
        visibility: 'public',
        status: 'scheduled',
        endsAt: { gte: from },
        ...(query.to ? { startsAt: { lt: new Date(query.to) } } : {}),
        ...(after
          ? { OR: [{ startsAt: { gt: after.startsAt } }, { startsAt: after.startsAt, id: { gt: after.id } }] }
          : {}),
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    const counts = await this.countsFor(items);
    const last = items[items.length - 1];
    return {
      items: items.map((e) =>
        this.publicView(
          e,
          campaign.slug,
          counts.get(e.id) ?? emptyCounts(e),
          query.locale ?? (campaign.defaultLocale as Locale),
        ),
      ),
      nextCursor:
        rows.length > limit && last
          ? Buffer.from(`${last.startsAt.toISOString()}|${last.id}`).toString('base64url')
          : null,
    };
  }

  async getPublic(
    slug: CampaignOrSlug,
    eventSlug: string,
    access: string | undefined,
    locale?: Locale,
  ): Promise<PublicEventView> {
    const { event, campaign } = await this.findPublic(slug, eventSlug, access);
    const counts = (await this.countsFor([event])).get(event.id) ?? emptyCounts(event);
    return this.publicView(event, campaign.slug, counts, locale ?? (campaign.defaultLocale as Locale), access);
  }

  /** One event's public calendar (no online link: that goes only to confirmed attendees). */
  async publicIcs(
    slug: string,
    eventSlug: string,
    access: string | undefined,
  ): Promise<{ filename: string; body: string }> {
    const { event } = await this.findPublic(slug, eventSlug, access);
    return { filename: `${event.slug}.ics`, body: this.cal.publicIcs(event) };
  }

  /** The campaign's calendar feed: public events, including recent past and cancelled ones. */
  async campaignFeed(slug: string): Promise<{ filename: string; body: string }> {
    const campaign = await this.campaigns.getPublicBySlug(slug);
    const events = await this.prisma.event.findMany({
      where: { campaignId: campaign.id, visibility: 'public', endsAt: { gte: new Date(Date.now() - FEED_PAST_MS) } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: FEED_MAX_EVENTS,
    });
    return {
      filename: `${campaign.slug}-events.ics`,
      body: this.cal.feed(
        { name: `${campaign.name}: events`, description: campaign.summary || undefined, refreshMinutes: 60 },
        events,
      ),
    };
  }

  /** For the digests module: public, scheduled events of a campaign starting in [from, to), soonest first. */
  async upcomingPublic(campaignId: string, from: Date, to: Date, limit = 50): Promise<UpcomingPublicEvent[]> {
    const campaign = await this.campaigns.get(campaignId);
    const rows = await this.prisma.event.findMany({
      where: { campaignId, visibility: 'public', status: 'scheduled', startsAt: { gte: from, lt: to } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
    const counts = await this.countsFor(rows);
    return rows.map((e) => ({
      id: e.id,
      campaignId: e.campaignId,
      slug: e.slug,
      title: e.title,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timeZone: e.timeZone,
      localStart: toLocalIso(e.startsAt, e.timeZone),
      location:
        e.locationName || e.locality || e.country
          ? {
              name: e.locationName,
              locality: e.locality,
              region: e.region,
              postalCode: e.postalCode,
              country: e.country,
            }
          : null,
      online: !!e.onlineUrl,
      seatsLeft: seatsLeft(e.capacity, counts.get(e.id)?.seatsTaken ?? 0),
      publicUrl: this.cal.absolute(this.cal.pagePath(campaign.slug, e.slug)),
      calendarUrl: this.cal.absolute(`${this.cal.publicPath(campaign.slug, e.slug)}/calendar.ics`),
      createdAt: e.createdAt,
    }));
  }

  /** Scheduled events that have ended become completed (worker job). */
  async completeEnded(now = new Date()): Promise<number> {
    const { count } = await this.prisma.event.updateMany({
      where: { status: 'scheduled', endsAt: { lt: now } },
      data: { status: 'completed', completedAt: now },
    });
    if (count > 0) this.log.log(`${count} ended events marked completed`);
    return count;
  }

  // ---------- shared helpers ----------

  /** For the seed and imports: an event by its slug within a campaign, or null. */
  async findBySlug(campaignId: string, slug: string): Promise<Event | null> {
    return this.prisma.event.findUnique({ where: { campaignId_slug: { campaignId, slug } } });
  }

  async find(campaignId: string, eventId: string): Promise<Event> {
    const event = await this.prisma.event.findFirst({ where: { id: eventId, campaignId } });
    if (!event) throw Problem.notFound('Event');
    return event;
  }

  /** Row lock on the event: RSVPs, cancellations and edits of one event run one at a time. */
  private async lock(tx: Tx, campaignId: string, eventId: string): Promise<Event> {
    await tx.$queryRaw`SELECT id FROM events WHERE id = ${eventId}::uuid AND campaign_id = ${campaignId}::uuid FOR UPDATE`;
    const event = await tx.event.findFirst({ where: { id: eventId, campaignId } });
    if (!event) throw Problem.notFound('Event');
    return event;
  }

  /** Public lookup: archived campaigns, and private events without a valid access token, are 404. */
  async findPublic(campaignOrSlug: CampaignOrSlug, eventSlug: string, access: string | undefined) {
    const campaign = await this.campaigns.publicCampaign(campaignOrSlug);
    const event = await this.prisma.event.findUnique({
      where: { campaignId_slug: { campaignId: campaign.id, slug: eventSlug } },
    });
    if (!event) throw Problem.notFound('Event');
    if (event.visibility === 'private' && !this.rsvps.validAccess(access, event.id)) throw Problem.notFound('Event');
    return { event, campaign };
  }

  async countsFor(events: Pick<Event, 'id' | 'capacity'>[]): Promise<Map<string, EventCounts>> {
    const out = new Map<string, EventCounts>();
    if (events.length === 0) return out;
    const ids = events.map((e) => e.id);
    const [byStatus, byAttendance] = await Promise.all([
      this.prisma.eventRsvp.groupBy({
        by: ['eventId', 'status'],
        where: { eventId: { in: ids } },
        _count: { _all: true },
        _sum: { guests: true },
      }),
      this.prisma.eventRsvp.groupBy({
        by: ['eventId', 'attendance'],
        where: { eventId: { in: ids }, attendance: { not: null } },
        _count: { _all: true },
      }),
    ]);
    for (const e of events) out.set(e.id, emptyCounts(e));
    for (const row of byStatus) {
      const c = out.get(row.eventId)!;
      if (row.status === 'confirmed') {
        c.confirmed = row._count._all;
        c.seatsTaken = row._count._all + (row._sum.guests ?? 0);
      } else if (row.status === 'waitlisted') c.waitlisted = row._count._all;
    }
    for (const row of byAttendance) {
      const c = out.get(row.eventId)!;
      if (row.attendance === 'attended') c.attended = row._count._all;
      else if (row.attendance === 'no_show') c.noShow = row._count._all;
    }
    for (const e of events) {
      const c = out.get(e.id)!;
      c.seatsLeft = seatsLeft(e.capacity, c.seatsTaken);
    }
    return out;
  }

  private async view(e: Event, campaignSlug: string): Promise<EventView> {
    const counts = (await this.countsFor([e])).get(e.id);
    return this.viewWith(e, campaignSlug, counts);
  }

  private viewWith(e: Event, campaignSlug: string, counts: EventCounts | undefined): EventView {
    const path = this.cal.publicPath(campaignSlug, e.slug);
    const listed = e.visibility !== 'private';
    return {
      id: e.id,
      campaignId: e.campaignId,
      slug: e.slug,
      title: e.title,
      description: e.description,
      ...timesOf(e),
      location: locationOf(e),
      onlineUrl: e.onlineUrl,
      visibility: e.visibility,
      capacity: e.capacity,
      waitlistEnabled: e.waitlistEnabled,
      maxGuests: e.maxGuests,
      rsvpDeadline: e.rsvpDeadline,
      status: e.status,
      cancelReason: e.cancelReason,
      contact:
        e.contactName || e.contactEmail || e.contactPhone
          ? { name: e.contactName, email: e.contactEmail, phone: e.contactPhone, public: e.contactPublic }
          : null,
      sequence: e.sequence,
      counts: counts ?? emptyCounts(e),
      publicUrl: listed ? this.cal.absolute(this.cal.pagePath(campaignSlug, e.slug)) : null,
      calendarUrl: listed ? this.cal.absolute(`${path}/calendar.ics`) : null,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      cancelledAt: e.cancelledAt,
      completedAt: e.completedAt,
    };
  }

  private publicView(
    e: Event,
    campaignSlug: string,
    counts: EventCounts,
    locale: Locale,
    access?: string,
  ): PublicEventView {
    const path = this.cal.publicPath(campaignSlug, e.slug);
    const q = e.visibility === 'private' && access ? `?access=${encodeURIComponent(access)}` : '';
    return {
      slug: e.slug,
      title: e.title,
      description: e.description,
      ...timesOf(e),
      localStartText: formatLocalDateTime(e.startsAt, e.timeZone, locale),
      location: locationOf(e),
      online: !!e.onlineUrl,
      status: e.status,
      cancelReason: e.status === 'cancelled' ? e.cancelReason : null,
      capacity: e.capacity,
      seatsLeft: counts.seatsLeft,
      waitlistEnabled: e.waitlistEnabled,
      maxGuests: e.maxGuests,
      rsvpOpen: rsvpOpen(e, new Date()),
      rsvpDeadline: e.rsvpDeadline,
      contact:
        e.contactPublic && (e.contactName || e.contactEmail || e.contactPhone)
          ? { name: e.contactName, email: e.contactEmail, phone: e.contactPhone }
          : null,
      url: this.cal.absolute(`${this.cal.pagePath(campaignSlug, e.slug)}${q}`),
      calendarUrl: this.cal.absolute(`${path}/calendar.ics${q}`),
      rsvpUrl: this.cal.absolute(`${path}/rsvp${q}`),
    };
  }

  private eventData(input: CreateEventInput, timeZone: string) {
    const startsAt = resolveDateTime(input.startsAt, timeZone, 'startsAt');
    const endsAt = resolveDateTime(input.endsAt, timeZone, 'endsAt');
    return {
      description: input.description ?? '',
      startsAt,
      endsAt,
      timeZone,
      ...locationColumns(input.location ?? null),
      onlineUrl: input.onlineUrl ?? null,
      visibility: input.visibility ?? 'public',
      capacity: input.capacity ?? null,
      waitlistEnabled: input.waitlistEnabled ?? false,
      maxGuests: input.maxGuests ?? 0,
      rsvpDeadline: input.rsvpDeadline ? resolveDateTime(input.rsvpDeadline, timeZone, 'rsvpDeadline') : null,
      ...contactColumns(input.contact ?? null),
    };
  }

  private updateData(before: Event, input: UpdateEventInput, timeZone: string): Partial<Event> {
    const data: Partial<Event> = {};
    if (input.slug !== undefined) data.slug = input.slug;
    if (input.title !== undefined) data.title = input.title;
    if (input.description !== undefined) data.description = input.description;
    if (input.timeZone !== undefined) data.timeZone = input.timeZone;
    // A new zone without new times keeps the wall times the organizer entered (the zone was wrong, not the hour).
    const rezone = (field: 'startsAt' | 'endsAt' | 'rsvpDeadline', value: Date | null) =>
      value === null ? null : resolveDateTime(toLocalIso(value, before.timeZone), timeZone, field);
    if (input.startsAt !== undefined) data.startsAt = resolveDateTime(input.startsAt, timeZone, 'startsAt');
    else if (input.timeZone !== undefined) data.startsAt = rezone('startsAt', before.startsAt)!;
    if (input.endsAt !== undefined) data.endsAt = resolveDateTime(input.endsAt, timeZone, 'endsAt');
    else if (input.timeZone !== undefined) data.endsAt = rezone('endsAt', before.endsAt)!;
    if (input.rsvpDeadline !== undefined)
      data.rsvpDeadline =
        input.rsvpDeadline === null ? null : resolveDateTime(input.rsvpDeadline, timeZone, 'rsvpDeadline');
    else if (input.timeZone !== undefined) data.rsvpDeadline = rezone('rsvpDeadline', before.rsvpDeadline);
    if (input.location !== undefined) Object.assign(data, locationColumns(input.location));
    if (input.onlineUrl !== undefined) data.onlineUrl = input.onlineUrl;
    if (input.visibility !== undefined) data.visibility = input.visibility;
    if (input.capacity !== undefined) data.capacity = input.capacity;
    if (input.waitlistEnabled !== undefined) data.waitlistEnabled = input.waitlistEnabled;
    if (input.maxGuests !== undefined) data.maxGuests = input.maxGuests;
    if (input.contact !== undefined) Object.assign(data, contactColumns(input.contact));
    if (input.status !== undefined) data.status = input.status;
    return data;
  }

  private assertConsistent(e: {
    startsAt: Date;
    endsAt: Date;
    rsvpDeadline: Date | null;
    locationName: string | null;
    address: string | null;
    onlineUrl: string | null;
  }): void {
    if (e.endsAt.getTime() <= e.startsAt.getTime()) throw Problem.field('endsAt', 'must be after startsAt');
    if (e.endsAt.getTime() - e.startsAt.getTime() > MAX_DURATION_MS)
      throw Problem.field('endsAt', 'an event may last at most 31 days');
    if (e.rsvpDeadline && e.rsvpDeadline.getTime() > e.endsAt.getTime())
      throw Problem.field('rsvpDeadline', 'must not be after the event ends');
    if (!e.locationName && !e.address && !e.onlineUrl)
      throw Problem.field('location', 'give a location (name or address) or an onlineUrl', 'required');
  }
}

// ---------- pure helpers ----------

export function rsvpOpen(e: Pick<Event, 'status' | 'startsAt' | 'endsAt' | 'rsvpDeadline'>, now: Date): boolean {
  if (e.status !== 'scheduled') return false;
  const closes = e.rsvpDeadline ?? e.startsAt;
  return now.getTime() < closes.getTime() && now.getTime() < e.endsAt.getTime();
}

function locationOf(e: Event) {
  if (!e.locationName && !e.address && !e.locality && e.latitude === null) return null;
  return {
    name: e.locationName,
    address: e.address,
    locality: e.locality,
    region: e.region,
    postalCode: e.postalCode,
    country: e.country,
    latitude: e.latitude,
    longitude: e.longitude,
  };
}

function locationColumns(l: CreateEventInput['location'] | null) {
  return {
    locationName: l?.name ?? null,
    address: l?.address ?? null,
    locality: l?.locality ?? null,
    region: l?.region ?? null,
    postalCode: l?.postalCode ?? null,
    country: l?.country ?? null,
    latitude: l?.latitude ?? null,
    longitude: l?.longitude ?? null,
  };
}

function contactColumns(c: CreateEventInput['contact'] | null) {
  return {
    contactName: c?.name ?? null,
    contactEmail: c?.email ?? null,
    contactPhone: c?.phone ?? null,
    contactPublic: c?.public ?? false,
  };
}

function emptyCounts(e: Pick<Event, 'capacity'>): EventCounts {
  return { confirmed: 0, seatsTaken: 0, seatsLeft: seatsLeft(e.capacity, 0), waitlisted: 0, attended: 0, noShow: 0 };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s.length >= 3 ? s : `event-${Date.now().toString(36)}`;
}

function decodeStartCursor(cursor: string | undefined): { startsAt: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startsAt = new Date(iso ?? '');
  if (!id || !UUID_RE.test(id) || Number.isNaN(startsAt.getTime()))
    throw Problem.field('cursor', 'is not a cursor this list produced');
  return { startsAt, id };
}
