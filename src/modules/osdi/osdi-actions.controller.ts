import { Controller, Get, Post, Req, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ClientIp } from '../../common/auth/auth.decorators.js';
import { IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { EventsService } from '../events/events.service.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { OsdiActivityWriterService } from './osdi-activity-writer.service.js';
import { OsdiErrorFilter } from './osdi-errors.js';
import { OsdiIdentifiersService } from './osdi-identifiers.service.js';
import { OsdiHelperActionsService } from './osdi-helper-actions.service.js';
import { OsdiPeopleReaderService, wholeList } from './osdi-people-reader.service.js';
import { campaignIdParam as campaignId, linksFor, OsdiFormAction, OsdiOperation } from './osdi-request.js';
import { eventResource, type Json, type OsdiLinks, petitionResource } from './osdi-resources.js';
import {
  attendanceHelperBody,
  type AttendanceHelperBody,
  collectionQuery,
  type CollectionQuery,
  osdiCollection,
  osdiEventResource,
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
    private readonly events: EventsService,
    private readonly writer: OsdiActivityWriterService,
    private readonly identifiers: OsdiIdentifiersService,
    private readonly reader: OsdiPeopleReaderService,
    private readonly actions: OsdiHelperActionsService,
  ) {}

  @Get('petitions')
  @OsdiOperation('OSDI petitions of a campaign, newest first', osdiCollection, 'viewer')
  petitionList(@campaignId id: string, @ValidQuery(collectionQuery) page: CollectionQuery, @Req() req: FastifyRequest) {
    return this.identified(req, id, page, 'petitions', (q) => this.petitions.list(id, q), petitionResource);
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

  @Post('petitions/:petitionId/record_signature_helper')
  @OsdiFormAction('osdi-sign', 'OSDI record_signature_helper: sign as the public form does (one signature per person)')
  async recordSignature(
    @campaignId id: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @ValidBody(signatureHelperBody) body: SignatureHelperBody,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
  ) {
    const caller = await this.actions.caller(req, id, body);
    const { petition, email } = await this.writer.sign(id, petitionId, body, ip, this.actions);
    const acted = { rel: 'osdi:petition', collection: 'petitions', id: petition.id };
    return this.actions.resolvePersonAndTag(req, id, caller, body, email, acted, {
      'groundswell:status': 'pending',
      comments: body.comments ?? undefined,
      referrer_data: body.referrer_data,
    });
  }

  @Get('events')
  @OsdiOperation('OSDI events of a campaign, newest first', osdiCollection, 'viewer')
  eventList(@campaignId id: string, @ValidQuery(collectionQuery) page: CollectionQuery, @Req() req: FastifyRequest) {
    return this.identified(req, id, page, 'events', (q) => this.events.list(id, q), eventResource);
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

  @Post('events/:eventId/record_attendance_helper')
  @OsdiFormAction('osdi-rsvp', 'OSDI record_attendance_helper: RSVP as the public form does (capacity, waitlist)')
  async recordAttendance(
    @campaignId id: string,
    @IdParam('eventId') eventId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @ValidBody(attendanceHelperBody) body: AttendanceHelperBody,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
  ) {
    const caller = await this.actions.caller(req, id, body);
    const { event, email, outcome } = await this.writer.rsvp(id, eventId, body, ip, caller, this.actions);
    const acted = { rel: 'osdi:event', collection: 'events', id: event.id };
    return this.actions.resolvePersonAndTag(req, id, caller, body, email, acted, {
      status: outcome.status === 'confirmed' ? 'accepted' : 'tentative',
      'groundswell:status': outcome.status,
      attended: false,
    });
  }

  // ---------------------------------------------------------------- shared

  /** A collection read whole (and served in pages), each member with the foreign identifiers clients gave it. */
  private async identified<T extends { id: string }>(
    req: FastifyRequest,
    campaignId: string,
    page: CollectionQuery,
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
    return this.reader.single(req, links, name, members, { query: page });
  }
}
