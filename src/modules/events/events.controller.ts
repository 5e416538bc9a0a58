import { Controller, Delete, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { ApiRawResult, ApiResult, IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { previewView } from '../mail/mail.schemas.js';
import { EventNotifierService } from './event-notifier.service.js';
import { EventRsvpsService } from './event-rsvps.service.js';
import {
  attendeeListQuery,
  attendeePage,
  attendeeView,
  cancelEventBody,
  changePreviewView,
  checkInBody,
  createEventBody,
  eventListQuery,
  eventPage,
  eventView,
  inviteLinkView,
  promoteAttendeeBody,
  removeAttendeeBody,
  staffBody,
  staffView,
  updateEventBody,
} from './events.schemas.js';
import { EventsService } from './events.service.js';
import { AuditsPersonalData, itemsWith, searchIfFiltered } from '../audit/personal-data-access.interceptor.js';

/**
 * Organizer API for rally events. Events themselves are visible to every member; attendees are
 * personal data, visible to owners and admins, and to a member assigned as staff of that one event.
 */
@ApiTags('events')
@Controller('campaigns/:campaignId/events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly rsvps: EventRsvpsService,
    private readonly notifier: EventNotifierService,
  ) {}

  @Post()
  @CampaignAccess('organizer')
  @ApiResult(eventView, {
    status: 201,
    description: 'The new event. Times may be given as local wall time in timeZone.',
  })
  @ApiOperation({ summary: 'Create an event' })
  @ApiResponse({ status: 409, description: 'Another event of this campaign already uses this slug (slug-taken).' })
  create(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(createEventBody) body: z.output<typeof createEventBody>,
  ) {
    return this.events.create(actor, campaignId, body);
  }

  @Get()
  @CampaignAccess('viewer')
  @ApiResult(eventPage, { description: 'Events of the campaign, newest first, with seat counts (no attendee data).' })
  @ApiOperation({ summary: 'List events' })
  list(@IdParam('campaignId') campaignId: string, @ValidQuery(eventListQuery) query: z.output<typeof eventListQuery>) {
    return this.events.list(campaignId, query);
  }

  @Get(':eventId')
  @CampaignAccess('viewer')
  @ApiResult(eventView)
  @ApiOperation({ summary: 'Get an event' })
  get(@IdParam('campaignId') campaignId: string, @IdParam('eventId') eventId: string) {
    return this.events.get(campaignId, eventId);
  }

  @Patch(':eventId')
  @CampaignAccess('organizer')
  @ApiResult(eventView, {
    description:
      'Changing the time or place emails everyone who RSVPed, re-plans their reminders and bumps the calendar SEQUENCE; more capacity promotes the waitlist.',
  })
  @ApiOperation({ summary: 'Edit an event (notifies attendees of changes)' })
  @ApiResponse({ status: 409, description: 'The event is cancelled, or the slug is taken.' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @ValidBody(updateEventBody) body: z.output<typeof updateEventBody>,
  ) {
    return this.events.update(actor, campaignId, eventId, body);
  }

  @Post(':eventId/cancel')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(eventView, {
    description:
      'Cancels the event: everyone who RSVPed is emailed the reason, reminders stop, calendars show it cancelled. Idempotent.',
  })
  @ApiOperation({ summary: 'Cancel an event' })
  @ApiResponse({ status: 409, description: 'A completed event cannot be cancelled (event-completed).' })
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @ValidBody(cancelEventBody) body: z.output<typeof cancelEventBody>,
  ) {
    return this.events.cancel(actor, campaignId, eventId, body.reason);
  }

  @Post(':eventId/cancel-preview')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(z.object({ items: z.array(previewView) }), {
    description: 'The notice a cancellation with this reason would email, in each language. Sends nothing.',
  })
  @ApiOperation({ summary: 'Preview the cancellation notice' })
  async cancelPreview(
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @ValidBody(cancelEventBody) body: z.output<typeof cancelEventBody>,
  ) {
    return { items: await this.notifier.previewCancelled(await this.events.find(campaignId, eventId), body.reason) };
  }

  @Post(':eventId/change-preview')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(changePreviewView, {
    description:
      'Takes the body of the edit (PATCH) and answers whether saving it would email the people who RSVPed, how many, and the notice in each language. Saves and sends nothing.',
  })
  @ApiOperation({ summary: 'Preview the change notice of an edit' })
  @ApiResponse({ status: 409, description: 'The event is cancelled (event-cancelled).' })
  changePreview(
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @ValidBody(updateEventBody) body: z.output<typeof updateEventBody>,
  ) {
    return this.events.previewChange(campaignId, eventId, body);
  }

  @Get(':eventId/invite-link')
  @CampaignAccess('organizer')
  @ApiResult(inviteLinkView, { description: "The signed link that opens a private event's public page and RSVP form." })
  @ApiOperation({ summary: "Get a private event's invitation link" })
  inviteLink(@IdParam('campaignId') campaignId: string, @IdParam('eventId') eventId: string) {
    return this.events.inviteLink(campaignId, eventId);
  }

  // ---------- attendees ----------

  @Get(':eventId/attendees')
  @CampaignAccess('viewer')
  @AuditsPersonalData({ what: 'attendees', access: searchIfFiltered, people: itemsWith('email') })
  @ApiResult(attendeePage, { description: 'Owners and admins, or staff of this event. Newest RSVP first.' })
  @ApiOperation({ summary: 'List attendees' })
  async attendees(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @ValidQuery(attendeeListQuery) query: z.output<typeof attendeeListQuery>,
  ) {
    const event = await this.events.assertAttendeeAccess(campaignId, eventId, actor);
    return this.rsvps.list(event, query);
  }

  @Get(':eventId/attendees.csv')
  @CampaignAccess('viewer')
  @ApiRawResult(
    'text/csv',
    'All RSVPs of the event as CSV (streamed; owners and admins, or staff of this event). Audited.',
  )
  @ApiOperation({ summary: 'Export attendees as CSV' })
  async attendeesCsv(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @Res() reply: FastifyReply,
  ) {
    const event = await this.events.assertAttendeeAccess(campaignId, eventId, actor);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${event.slug}-attendees.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(this.rsvps.csv(actor, event)));
  }

  @Post(':eventId/attendees/:rsvpId/check-in')
  @CampaignAccess('viewer')
  @HttpCode(200)
  @ApiResult(attendeeView, {
    description: 'Record attended or no-show (null clears it). Owners, admins, or staff of this event.',
  })
  @ApiOperation({ summary: 'Check an attendee in' })
  @ApiResponse({ status: 409, description: 'The RSVP was cancelled (rsvp-cancelled).' })
  async checkIn(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @IdParam('rsvpId') rsvpId: string,
    @ValidBody(checkInBody) body: z.output<typeof checkInBody>,
  ) {
    const event = await this.events.assertAttendeeAccess(campaignId, eventId, actor);
    return this.rsvps.checkIn(actor, event, rsvpId, body.attendance);
  }

  @Post(':eventId/attendees/:rsvpId/cancel')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(attendeeView, {
    description: 'Cancels an RSVP (its seat goes to the waitlist). Owners, admins, or staff of this event.',
  })
  @ApiOperation({ summary: "Cancel an attendee's RSVP" })
  async removeAttendee(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @IdParam('rsvpId') rsvpId: string,
    @ValidBody(removeAttendeeBody) body: z.output<typeof removeAttendeeBody>,
  ) {
    const event = await this.events.assertAttendeeAccess(campaignId, eventId, actor);
    return this.rsvps.remove(actor, event, rsvpId, body.notify ?? true);
  }

  @Post(':eventId/attendees/:rsvpId/promote')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(attendeeView, {
    description:
      'Confirms one waitlisted person, out of turn if need be, and emails them that they have a place (as a freed seat would). Owners, admins, or staff of this event. Audited.',
  })
  @ApiOperation({ summary: 'Promote one person from the waitlist' })
  @ApiResponse({
    status: 409,
    description:
      'The RSVP is not waitlisted (not-waitlisted); their party does not fit in the seats left and overCapacity was not true (over-capacity, with seatsNeeded and seatsLeft); or the event is cancelled, completed or has started (event-cancelled, event-completed, event-started).',
  })
  async promote(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @IdParam('rsvpId') rsvpId: string,
    @ValidBody(promoteAttendeeBody) body: z.output<typeof promoteAttendeeBody>,
  ) {
    const event = await this.events.assertAttendeeAccess(campaignId, eventId, actor);
    return this.rsvps.promote(actor, event, rsvpId, body.overCapacity ?? false);
  }

  // ---------- staff ----------

  @Get(':eventId/staff')
  @CampaignAccess('admin')
  @ApiResult(z.object({ items: z.array(staffView) }), {
    description: 'Members assigned to this event, who see its attendees.',
  })
  @ApiOperation({ summary: 'List event staff' })
  async staff(@IdParam('campaignId') campaignId: string, @IdParam('eventId') eventId: string) {
    return { items: await this.events.listStaff(campaignId, eventId) };
  }

  @Post(':eventId/staff')
  @CampaignAccess('admin')
  @ApiResult(staffView, {
    status: 201,
    description: 'Assigns a campaign member to this event: they see and check in its attendees only.',
  })
  @ApiOperation({ summary: 'Assign staff to an event' })
  addStaff(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @ValidBody(staffBody) body: z.output<typeof staffBody>,
  ) {
    return this.events.addStaff(actor, campaignId, eventId, body.organizerId);
  }

  @Delete(':eventId/staff/:organizerId')
  @CampaignAccess('admin')
  @ApiResult(z.object({ ok: z.literal(true) }))
  @ApiOperation({ summary: 'Remove staff from an event' })
  async removeStaff(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('eventId') eventId: string,
    @IdParam('organizerId') organizerId: string,
  ) {
    await this.events.removeStaff(actor, campaignId, eventId, organizerId);
    return { ok: true as const };
  }
}
