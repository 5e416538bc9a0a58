import { Controller, Delete, Get, Patch, Post, Put, Req, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { Auth, type AuthContext, ClientIp } from '../../common/auth/auth.decorators.js';
import { Problem } from '../../common/problem.js';
import { IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { EventRsvpsService } from '../events/event-rsvps.service.js';
import { EventsService } from '../events/events.service.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { SignatureModerationService } from '../petitions/signature-moderation.service.js';
import { SignatureReportsService } from '../petitions/signature-reports.service.js';
import { type LinkedBody, OsdiActivityWriterService } from './osdi-activity-writer.service.js';
import { OsdiErrorFilter } from './osdi-errors.js';
import { activityRanges } from './osdi-filter.js';
import { type Caller, OsdiHelperActionsService } from './osdi-helper-actions.service.js';
import { cursorPage } from './osdi-people-reader.service.js';
import { campaignIdParam as campaignId, linksFor, OsdiFormAction, OsdiOperation } from './osdi-request.js';
import { attendanceResource, signatureResource } from './osdi-resources.js';
import {
  attendanceCreateBody,
  type AttendanceCreateBody,
  attendanceUpdateBody,
  type AttendanceUpdateBody,
  collectionQuery,
  type CollectionQuery,
  osdiAttendanceResource,
  osdiCollection,
  osdiNotice,
  type OsdiPersonInput,
  osdiSignatureResource,
  signatureCreateBody,
  type SignatureCreateBody,
  tokenOnlyQuery,
} from './osdi.schemas.js';

const FILTERABLE = '; filterable by created_date and modified_date (gt ge lt le, joined by and)';
const signatureId = IdParam('signatureId');
const attendanceId = IdParam('attendanceId');

/**
 * Signatures and attendances as OSDI resources: collections (paged, filterable for incremental
 * sync), single resources, POST to the collections (the helpers' path: the public form's rules),
 * and what our domain allows of PUT and DELETE (see docs/decisions/osdi.md): an attendance can be
 * checked in or cancelled; a signature can be deleted, which invalidates it (kept for the record,
 * no longer counted), and is otherwise the signer's own words, so it takes no PUT.
 */
@ApiTags('osdi')
@Controller('osdi/v1/campaigns/:campaignId')
@UseFilters(OsdiErrorFilter)
export class OsdiActivitiesController {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly reports: SignatureReportsService,
    private readonly moderation: SignatureModerationService,
    private readonly events: EventsService,
    private readonly rsvps: EventRsvpsService,
    private readonly writer: OsdiActivityWriterService,
    private readonly actions: OsdiHelperActionsService,
  ) {}

  @Get('petitions/:petitionId/signatures')
  @OsdiOperation(`OSDI: a petition's signatures, newest first${FILTERABLE}`, osdiCollection, 'viewer')
  async signatureList(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(collectionQuery) q: CollectionQuery,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    const dates = q.filter ? activityRanges(q.filter) : undefined;
    await this.petitions.find(id, petitionId);
    const links = linksFor(req, id);
    return cursorPage(
      req,
      links,
      'signatures',
      q,
      await this.reports.count(petitionId, dates),
      (page) => this.reports.list(id, petitionId, auth.campaign!.role, page, dates),
      (s) => signatureResource(links, petitionId, s),
    );
  }

  @Post('petitions/:petitionId/signatures')
  @OsdiFormAction(
    'osdi-sign',
    'OSDI: record a signature of a linked or embedded person (the public form’s rules; pending until confirmed by email)',
    osdiSignatureResource,
    'organizer',
  )
  async createSignature(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @ValidBody(signatureCreateBody) raw: SignatureCreateBody,
    @ClientIp() ip: string,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    const s = await this.record(
      req,
      id,
      auth,
      raw,
      (body) => this.writer.sign(id, petitionId, body, ip, this.actions),
      (supporterId) => this.reports.one(id, petitionId, { supporterId }, auth.campaign!.role),
    );
    return signatureResource(linksFor(req, id), petitionId, s);
  }

  @Get('petitions/:petitionId/signatures/:signatureId')
  @OsdiOperation('OSDI: one signature (the signer linked for admins and owners)', osdiSignatureResource, 'viewer')
  async signature(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @signatureId sid: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    const s = await this.reports.one(id, petitionId, { id: sid }, auth.campaign!.role);
    if (!s) throw Problem.notFound('Signature');
    return signatureResource(linksFor(req, id), petitionId, s);
  }

  @Delete('petitions/:petitionId/signatures/:signatureId')
  @OsdiOperation(
    'OSDI: delete a signature, i.e. invalidate it (no longer counted, kept for the record, audited)',
    osdiNotice,
    'organizer',
  )
  async deleteSignature(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @signatureId sid: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @CurrentActor() actor: Actor,
  ) {
    const s = await this.reports.one(id, petitionId, { id: sid }, actor.role);
    if (!s) throw Problem.notFound('Signature');
    if (s.status !== 'invalidated')
      await this.moderation.invalidate(actor, id, petitionId, sid, 'Deleted through the OSDI API');
    return { notice: 'This signature was successfully deleted.' };
  }

  @Get('events/:eventId/attendances')
  @OsdiOperation(
    `OSDI: an event's attendances (RSVPs), newest first (owners, admins and the event's staff)${FILTERABLE}`,
    osdiCollection,
    'viewer',
  )
  async attendanceList(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @ValidQuery(collectionQuery) q: CollectionQuery,
    @CurrentActor() actor: Actor,
    @Req() req: FastifyRequest,
  ) {
    const dates = q.filter ? activityRanges(q.filter) : undefined;
    const event = await this.events.assertAttendeeAccess(id, eventId, actor);
    const links = linksFor(req, id);
    return cursorPage(
      req,
      links,
      'attendances',
      q,
      await this.rsvps.count(eventId, dates),
      (page) => this.rsvps.list(event, page, dates),
      (a) => attendanceResource(links, eventId, a),
    );
  }

  @Post('events/:eventId/attendances')
  @OsdiFormAction(
    'osdi-rsvp',
    'OSDI: record an attendance (RSVP) of a linked or embedded person (capacity and waitlist apply)',
    osdiAttendanceResource,
    'organizer',
  )
  async createAttendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @ValidBody(attendanceCreateBody) raw: AttendanceCreateBody,
    @ClientIp() ip: string,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    const a = await this.record(
      req,
      id,
      auth,
      raw,
      (body, caller) => this.writer.rsvp(id, eventId, body, ip, caller, this.actions),
      (supporterId) => this.rsvps.attendee(eventId, { supporterId }),
    );
    return attendanceResource(linksFor(req, id), eventId, a);
  }

  @Get('events/:eventId/attendances/:attendanceId')
  @OsdiOperation("OSDI: one attendance (owners, admins and the event's staff)", osdiAttendanceResource, 'viewer')
  async attendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @attendanceId aid: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @CurrentActor() actor: Actor,
    @Req() req: FastifyRequest,
  ) {
    await this.events.assertAttendeeAccess(id, eventId, actor);
    const a = await this.rsvps.attendee(eventId, aid);
    if (!a) throw Problem.notFound('Attendance');
    return attendanceResource(linksFor(req, id), eventId, a);
  }

  @Put('events/:eventId/attendances/:attendanceId')
  @OsdiOperation(
    'OSDI: update an attendance (merge): attended checks in, status "declined" cancels',
    osdiAttendanceResource,
    'viewer',
  )
  async updateAttendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @attendanceId aid: string,
    @ValidBody(attendanceUpdateBody) body: AttendanceUpdateBody,
    @CurrentActor() actor: Actor,
    @Req() req: FastifyRequest,
  ) {
    const event = await this.events.assertAttendeeAccess(id, eventId, actor);
    if (!(await this.rsvps.attendee(eventId, aid))) throw Problem.notFound('Attendance');
    if (body.status === 'declined' || body.status === 'cancelled') {
      // Cancelling is the organizer's removal, which the check-in staff may not do.
      if (actor.role === 'viewer') throw Problem.forbidden('Cancelling an attendance needs the organizer role.');
      await this.rsvps.remove(actor, event, aid, false);
    }
    if (body.attended !== undefined)
      await this.rsvps.checkIn(
        actor,
        event,
        aid,
        body.attended === null ? null : body.attended ? 'attended' : 'no_show',
      );
    return this.attendance(id, eventId, aid, {}, actor, req);
  }

  /** PATCH is PUT: OSDI defines PUT as a merge already. */
  @Patch('events/:eventId/attendances/:attendanceId')
  @OsdiOperation('OSDI: update an attendance (same merge as PUT)', osdiAttendanceResource, 'viewer')
  patchAttendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @attendanceId aid: string,
    @ValidBody(attendanceUpdateBody) body: AttendanceUpdateBody,
    @CurrentActor() actor: Actor,
    @Req() req: FastifyRequest,
  ) {
    return this.updateAttendance(id, eventId, aid, body, actor, req);
  }

  @Delete('events/:eventId/attendances/:attendanceId')
  @OsdiOperation(
    'OSDI: delete an attendance, i.e. cancel the RSVP (its seat goes to the waitlist; no email to the person)',
    osdiNotice,
    'organizer',
  )
  async deleteAttendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @attendanceId aid: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @CurrentActor() actor: Actor,
  ) {
    const event = await this.events.assertAttendeeAccess(id, eventId, actor);
    await this.rsvps.remove(actor, event, aid, false);
    return { notice: 'This attendance was successfully deleted.' };
  }

  /**
   * A POST to a signatures or attendances collection: the person (embedded or linked), the add_tags
   * checked before anything is written, the public form's action (`act`), then identifiers and
   * tags on the person who acted; what was recorded for them (`recorded`), or 409 when the public
   * form's per-address limit dropped the action.
   */
  private async record<B extends LinkedBody, T>(
    req: FastifyRequest,
    campaignId: string,
    auth: AuthContext,
    raw: B,
    act: (body: B & { person: OsdiPersonInput }, caller: Caller) => Promise<{ email: string }>,
    recorded: (supporterId: string) => Promise<T | null>,
  ): Promise<T> {
    const member = { organizerId: auth.organizerId, role: auth.campaign!.role };
    const body = { ...raw, person: await this.writer.personOf(req, campaignId, auth.organizerId, raw) };
    const caller = { member, tags: this.actions.tagsFor(req, campaignId, member, body) };
    const { email } = await act(body, caller);
    const person = await this.actions.apply(req, campaignId, member, body, caller.tags, email);
    const r = person && (await recorded(person.id));
    if (!r) throw notRecorded();
    return r;
  }
}

/** The public form's per-address limit or honeypot dropped the action: nothing was stored. */
const notRecorded = () =>
  Problem.conflict('not-recorded', 'Nothing was recorded for this person (the per-address limit applies); try later.');
