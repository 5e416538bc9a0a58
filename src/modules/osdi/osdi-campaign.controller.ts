import { Controller, Get, Req, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ValidQuery } from '../../common/validation.js';
import { MilestonesService } from '../milestones/milestones.service.js';
import { StatementsService } from '../statements/statements.service.js';
import { OsdiErrorFilter } from './osdi-errors.js';
import { OsdiPeopleReaderService, wholeList } from './osdi-people-reader.service.js';
import { campaignIdParam as campaignId, linksFor, OsdiOperation } from './osdi-request.js';
import { type Json, milestoneResource, type OsdiLinks, statementResource } from './osdi-resources.js';
import { collectionQuery, type CollectionQuery, osdiCollection } from './osdi.schemas.js';

/** What OSDI has no resource for, under the groundswell: CURIE: statements and milestones (read only). */
@ApiTags('osdi')
@Controller('osdi/v1/campaigns/:campaignId')
@UseFilters(OsdiErrorFilter)
export class OsdiCampaignController {
  constructor(
    private readonly statements: StatementsService,
    private readonly milestones: MilestonesService,
    private readonly reader: OsdiPeopleReaderService,
  ) {}

  @Get('statements')
  @OsdiOperation(
    'OSDI extension (groundswell:statements): the campaign’s statements, newest first',
    osdiCollection,
    'viewer',
  )
  statementList(
    @campaignId id: string,
    @ValidQuery(collectionQuery) query: CollectionQuery,
    @Req() req: FastifyRequest,
  ) {
    return this.extension(req, id, query, 'statements', (q) => this.statements.list(id, q), statementResource);
  }

  @Get('milestones')
  @OsdiOperation(
    'OSDI extension (groundswell:milestones): the campaign’s milestones, newest first',
    osdiCollection,
    'viewer',
  )
  milestoneList(
    @campaignId id: string,
    @ValidQuery(collectionQuery) query: CollectionQuery,
    @Req() req: FastifyRequest,
  ) {
    return this.extension(req, id, query, 'milestones', (q) => this.milestones.list(id, q), milestoneResource);
  }

  /** A groundswell: collection, read whole and served in pages like the OSDI ones. */
  private async extension<T>(
    req: FastifyRequest,
    campaignId: string,
    query: CollectionQuery,
    name: 'statements' | 'milestones',
    list: (q: { cursor?: string; limit: number }) => Promise<{ items: T[]; nextCursor: string | null }>,
    toResource: (links: OsdiLinks, item: T) => Json,
  ) {
    const links = linksFor(req, campaignId);
    const all = await wholeList(list, (items) => items.map((item) => toResource(links, item)));
    return this.reader.single(req, links, name, all, { query, curie: 'groundswell' });
  }
}
