import { Controller, Get, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Auth, type AuthContext, ClientIp, Public } from '../../common/auth/auth.decorators.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { IdParam, parseOrThrow, ValidBody, ValidQuery } from '../../common/validation.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { EventRsvpsService } from '../events/event-rsvps.service.js';
import { rsvpBody } from '../events/events.schemas.js';
import { EventsService } from '../events/events.service.js';
import { signBody } from '../petitions/petitions.schemas.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { SignatureReportsService } from '../petitions/signature-reports.service.js';
import { SignaturesService } from '../petitions/signatures.service.js';
import { OsdiErrorFilter } from './osdi-errors.js';
import { OsdiIdentifiersService } from './osdi-identifiers.service.js';
import { OsdiHelperActionsService } from './osdi-helper-actions.service.js';
import { inOsdiTerms } from './osdi-person-input.js';
import { cursorPage, OsdiPeopleReaderService, wholeList } from './osdi-people-reader.service.js';
import { campaignIdParam as campaignId, linksFor, OsdiOperation } from './osdi-request.js';
import {
  attendanceResource,
  eventResource,
  type Json,
  type OsdiLinks,
  petitionResource,
  signatureResource,
} from './osdi-resources.js';
import {
  attendanceHelperBody,
  type AttendanceHelperBody,
  collectionQuery,
  type CollectionQuery,
  osdiCollection,
  osdiEventResource,
  osdiHelperResult,
  osdiPetitionResource,
  signatureHelperBody,
  type SignatureHelperBody,
  tokenOnlyQuery,
} from './osdi.schemas.js';

/**
 * Petitions and events, and the two helpers that act on them. The helpers call the same service
 * methods as the public forms (SignaturesService.sign, EventRsvpsService.rsvp), so screening, rate
 * limits, one signature per person, consent and the confirmation mail are exactly theirs.
 */
@ApiTags('osdi')
@Controller('osdi/v1/campaigns/:campaignId')
@UseFilters(OsdiErrorFilter)
export class OsdiActionsController {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly signatures: SignaturesService,
    private readonly signatureReports: SignatureReportsService,
    private readonly events: EventsService,
    private readonly rsvps: EventRsvpsService,
    private readonly campaigns: CampaignsService,
    private readonly identifiers: OsdiIdentifiersService,
    private readonly reader: OsdiPeopleReaderService,
    private readonly actions: OsdiHelperActionsService,
  ) {}

  @Get('petitions')
  @OsdiOperation('OSDI petitions of a campaign, newest first', osdiCollection, 'viewer')
  petitionList(@campaignId id: string, @ValidQuery(tokenOnlyQuery) _q: unknown, @Req() req: FastifyRequest) {
    return this.identified(req, id, 'petitions', (q) => this.petitions.list(id, q), petitionResource);
  }

  @Get('petitions/:petitionId')
  @OsdiOperation('OSDI: one petition, with total_signatures', osdiPetitionResource, 'viewer')
  async petition(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @Req() req: FastifyRequest,
  ) {
    const p = await this.petitions.get(id, petitionId);
    const foreign = await this.identifiers.forResources('petition', [p.id]);
    return petitionResource(linksFor(req, id), p, foreign.get(p.id));
  }

  @Get('petitions/:petitionId/signatures')
  @OsdiOperation(
    "OSDI: a petition's signatures, newest first (signer links for admins and owners)",
    osdiCollection,
    'viewer',
  )
  async signatureList(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(collectionQuery) q: CollectionQuery,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    await this.petitions.find(id, petitionId);
    const links = linksFor(req, id);
    return cursorPage(
      req,
      links,
      'signatures',
      q,
      await this.signatureReports.count(petitionId),
      (page) => this.signatureReports.list(id, petitionId, auth.campaign!.role, page),
      (s) => signatureResource(links, petitionId, s),
    );
  }

  @Post('petitions/:petitionId/record_signature_helper')
  @Public()
  @RateLimit({ name: 'osdi-sign', limit: 30, windowSeconds: 60 })
  @HttpCode(200)
  @OsdiOperation(
    'OSDI record_signature_helper: sign as the public form does (one signature per person)',
    osdiHelperResult,
  )
  async recordSignature(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @ValidBody(signatureHelperBody) body: SignatureHelperBody,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
  ) {
    const caller = await this.actions.caller(req, id, body);
    const [campaign, petition] = await Promise.all([this.campaigns.get(id), this.petitions.find(id, petitionId)]);
    const input = this.parse(signBody, {
      ...this.actions.formFields(body),
      ...(body.referrer_data?.url ? { referrer: body.referrer_data.url } : {}),
      ...(body.comments ? { comment: body.comments } : {}),
      ...(body['groundswell:show_name'] !== undefined ? { showName: body['groundswell:show_name'] } : {}),
    });
    await this.signatures.sign(campaign.slug, petition.slug, input, ip);
    const acted = { rel: 'osdi:petition', collection: 'petitions', id: petition.id };
    return this.actions.resolvePersonAndTag(req, id, caller, body, input.email, acted, {
      'groundswell:status': 'pending',
      comments: body.comments ?? undefined,
      referrer_data: body.referrer_data,
    });
  }

  @Get('events')
  @OsdiOperation('OSDI events of a campaign, newest first', osdiCollection, 'viewer')
  eventList(@campaignId id: string, @ValidQuery(tokenOnlyQuery) _q: unknown, @Req() req: FastifyRequest) {
    return this.identified(req, id, 'events', (q) => this.events.list(id, q), eventResource);
  }

  @Get('events/:eventId')
  @OsdiOperation('OSDI: one event, with capacity and total_accepted', osdiEventResource, 'viewer')
  async event(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @Req() req: FastifyRequest,
  ) {
    const e = await this.events.get(id, eventId);
    const foreign = await this.identifiers.forResources('event', [e.id]);
    return eventResource(linksFor(req, id), e, foreign.get(e.id));
  }

  @Get('events/:eventId/attendances')
  @OsdiOperation(
    "OSDI: an event's attendances (RSVPs), newest first (owners, admins and the event's staff)",
    osdiCollection,
    'viewer',
  )
  async attendanceList(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @ValidQuery(collectionQuery) q: CollectionQuery,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    const event = await this.events.assertAttendeeAccess(id, eventId, {
      organizerId: auth.organizerId,
      role: auth.campaign!.role,
    });
    const links = linksFor(req, id);
    return cursorPage(
      req,
      links,
      'attendances',
      q,
      await this.rsvps.count(eventId),
      (page) => this.rsvps.list(event, page),
      (a) => attendanceResource(links, eventId, a),
    );
  }

  @Post('events/:eventId/record_attendance_helper')
  @Public()
  @RateLimit({ name: 'osdi-rsvp', limit: 30, windowSeconds: 60 })
  @HttpCode(200)
  @OsdiOperation('OSDI record_attendance_helper: RSVP as the public form does (capacity, waitlist)', osdiHelperResult)
  async recordAttendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @ValidBody(attendanceHelperBody) body: AttendanceHelperBody,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
  ) {
    const caller = await this.actions.caller(req, id, body);
    const [campaign, event] = await Promise.all([this.campaigns.get(id), this.events.find(id, eventId)]);
    const input = this.parse(rsvpBody, {
      ...this.actions.formFields(body),
      ...(body['groundswell:guests'] !== undefined ? { guests: body['groundswell:guests'] } : {}),
    });
    // A token holder may RSVP people to a private event, as an organizer with its invitation link can.
    const access =
      caller.member && event.visibility === 'private' ? (await this.events.inviteLink(id, event.id)).access : undefined;
    const outcome = await this.rsvps.rsvp(campaign.slug, event.slug, access, input, ip);
    const acted = { rel: 'osdi:event', collection: 'events', id: event.id };
    return this.actions.resolvePersonAndTag(req, id, caller, body, input.email, acted, {
      status: outcome.status === 'confirmed' ? 'accepted' : 'tentative',
      'groundswell:status': outcome.status,
      attended: false,
    });
  }

  // ---------------------------------------------------------------- shared

  /** A collection read whole, each member with the foreign identifiers clients gave it. */
  private async identified<T extends { id: string }>(
    req: FastifyRequest,
    campaignId: string,
    name: 'petitions' | 'events',
    list: (query: { cursor?: string; limit: number }) => Promise<{ items: T[]; nextCursor: string | null }>,
    toResource: (links: OsdiLinks, item: T, foreign: string[] | undefined) => Json,
  ) {
    const links = linksFor(req, campaignId);
    const members = await wholeList(list, async (items) => {
      const foreign = await this.identifiers.forResources(
        name === 'petitions' ? 'petition' : 'event',
        items.map((i) => i.id),
      );
      return items.map((i) => toResource(links, i, foreign.get(i.id)));
    });
    return this.reader.single(req, links, name, members);
  }

  private parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
    try {
      return parseOrThrow(schema, value);
    } catch (err) {
      throw inOsdiTerms(err);
    }
  }
}
