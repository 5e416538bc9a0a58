import { Controller, Get, Header, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Auth, type AuthContext, CampaignAccess, ClientIp, Public } from '../../common/auth/auth.decorators.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, IdParam, parseOrThrow, ValidBody, ValidQuery } from '../../common/validation.js';
import { AuthService } from '../auth/auth.service.js';
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
import { formFieldsOf, inOsdiTerms } from './osdi-person-input.js';
import { cursorPage, OsdiPeopleReaderService } from './osdi-people-reader.service.js';
import { linksFor, optionalMember } from './osdi-request.js';
import { attendanceResource, eventResource, type Json, petitionResource, signatureResource } from './osdi-resources.js';
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

const HAL = 'application/hal+json; charset=utf-8';
const campaignId = IdParam('campaignId');
/** A campaign's petitions and events are few: their collections are read whole, in pages of the owner's list. */
const LIST_PAGE = 200;

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
    private readonly auth: AuthService,
    private readonly identifiers: OsdiIdentifiersService,
    private readonly reader: OsdiPeopleReaderService,
    private readonly actions: OsdiHelperActionsService,
  ) {}

  @Get('petitions')
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({ summary: 'OSDI petitions of a campaign, newest first' })
  @ApiResult(osdiCollection)
  async petitionList(@campaignId id: string, @ValidQuery(tokenOnlyQuery) _q: unknown, @Req() req: FastifyRequest) {
    const all: Json[] = [];
    const links = linksFor(req, id);
    let cursor: string | undefined;
    do {
      const page = await this.petitions.list(id, { limit: LIST_PAGE, cursor });
      const foreign = await this.identifiers.forResources(
        'petition',
        page.items.map((p) => p.id),
      );
      all.push(...page.items.map((p) => petitionResource(links, p, foreign.get(p.id))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return this.reader.single(req, links, 'petitions', all);
  }

  @Get('petitions/:petitionId')
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({ summary: 'OSDI: one petition, with total_signatures' })
  @ApiResult(osdiPetitionResource)
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
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({ summary: "OSDI: a petition's signatures, newest first (signer links for admins and owners)" })
  @ApiResult(osdiCollection)
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
  @Header('content-type', HAL)
  @HttpCode(200)
  @ApiOperation({ summary: 'OSDI record_signature_helper: sign as the public form does (one signature per person)' })
  @ApiResult(osdiHelperResult)
  async recordSignature(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @ValidBody(signatureHelperBody) body: SignatureHelperBody,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
  ) {
    const member = await optionalMember(req, id, this.auth, this.campaigns, 'organizer');
    const tags = this.actions.tagsFor(req, id, member, body);
    const [campaign, petition] = await Promise.all([this.campaigns.get(id), this.petitions.find(id, petitionId)]);
    const subscribe = body.person.email_addresses?.some((e) => e.status === 'subscribed') ?? false;
    const input = this.parse(signBody, {
      ...formFieldsOf(body.person),
      ...(body.referrer_data?.source ? { source: body.referrer_data.source } : {}),
      ...(body.referrer_data?.url ? { referrer: body.referrer_data.url } : {}),
      ...(body.comments ? { comment: body.comments } : {}),
      ...(body['groundswell:show_name'] !== undefined ? { showName: body['groundswell:show_name'] } : {}),
      ...(subscribe
        ? { consentUpdates: true, consentTextVersion: body['groundswell:consent_text_version'] ?? 'osdi' }
        : {}),
      formId: 'osdi',
    });
    await this.signatures.sign(campaign.slug, petition.slug, input, ip);
    if (!member) return {};
    const person = await this.actions.apply(req, id, member, body, tags, input.email);
    const links = linksFor(req, id);
    return {
      origin_system: 'Groundswell',
      action_date: new Date().toISOString(),
      'groundswell:status': 'pending',
      comments: body.comments ?? undefined,
      referrer_data: body.referrer_data,
      _links: {
        'osdi:petition': { href: links.item('petitions', petition.id) },
        ...(person ? { 'osdi:person': { href: links.item('people', String(person.id)) } } : {}),
      },
      _embedded: person ? { 'osdi:person': person.resource } : {},
    };
  }

  @Get('events')
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({ summary: 'OSDI events of a campaign, newest first' })
  @ApiResult(osdiCollection)
  async eventList(@campaignId id: string, @ValidQuery(tokenOnlyQuery) _q: unknown, @Req() req: FastifyRequest) {
    const all: Json[] = [];
    const links = linksFor(req, id);
    let cursor: string | undefined;
    do {
      const page = await this.events.list(id, { limit: LIST_PAGE, cursor });
      const foreign = await this.identifiers.forResources(
        'event',
        page.items.map((e) => e.id),
      );
      all.push(...page.items.map((e) => eventResource(links, e, foreign.get(e.id))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return this.reader.single(req, links, 'events', all);
  }

  @Get('events/:eventId')
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({ summary: 'OSDI: one event, with capacity and total_accepted' })
  @ApiResult(osdiEventResource)
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
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({
    summary: "OSDI: an event's attendances (RSVPs), newest first (owners, admins and the event's staff)",
  })
  @ApiResult(osdiCollection)
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
  @Header('content-type', HAL)
  @HttpCode(200)
  @ApiOperation({ summary: 'OSDI record_attendance_helper: RSVP as the public form does (capacity, waitlist)' })
  @ApiResult(osdiHelperResult)
  async recordAttendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @ValidBody(attendanceHelperBody) body: AttendanceHelperBody,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
  ) {
    const member = await optionalMember(req, id, this.auth, this.campaigns, 'organizer');
    const tags = this.actions.tagsFor(req, id, member, body);
    const [campaign, event] = await Promise.all([this.campaigns.get(id), this.events.find(id, eventId)]);
    const subscribe = body.person.email_addresses?.some((e) => e.status === 'subscribed') ?? false;
    const input = this.parse(rsvpBody, {
      ...formFieldsOf(body.person),
      ...(body.referrer_data?.source ? { source: body.referrer_data.source } : {}),
      ...(body['groundswell:guests'] !== undefined ? { guests: body['groundswell:guests'] } : {}),
      ...(subscribe
        ? { consentUpdates: true, consentTextVersion: body['groundswell:consent_text_version'] ?? 'osdi' }
        : {}),
      formId: 'osdi',
    });
    // A token holder may RSVP people to a private event, as an organizer with its invitation link can.
    const access =
      member && event.visibility === 'private' ? (await this.events.inviteLink(id, event.id)).access : undefined;
    const outcome = await this.rsvps.rsvp(campaign.slug, event.slug, access, input, ip);
    if (!member) return {};
    const person = await this.actions.apply(req, id, member, body, tags, input.email);
    const links = linksFor(req, id);
    return {
      origin_system: 'Groundswell',
      action_date: new Date().toISOString(),
      status: outcome.status === 'confirmed' ? 'accepted' : 'tentative',
      'groundswell:status': outcome.status,
      attended: false,
      _links: {
        'osdi:event': { href: links.item('events', event.id) },
        ...(person ? { 'osdi:person': { href: links.item('people', String(person.id)) } } : {}),
      },
      _embedded: person ? { 'osdi:person': person.resource } : {},
    };
  }

  // ---------------------------------------------------------------- shared

  private parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
    try {
      return parseOrThrow(schema, value);
    } catch (err) {
      throw inOsdiTerms(err);
    }
  }
}
