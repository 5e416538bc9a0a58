import { Controller, Get, Req, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ValidQuery } from '../../common/validation.js';
import { MilestonesService } from '../milestones/milestones.service.js';
import { StatementsService } from '../statements/statements.service.js';
import { OsdiErrorFilter } from './osdi-errors.js';
import { OsdiPeopleReaderService, wholeList } from './osdi-people-reader.service.js';
import { campaignIdParam as campaignId, linksFor, OsdiOperation } from './osdi-request.js';
import { milestoneResource, statementResource } from './osdi-resources.js';
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
  async statementList(
    @campaignId id: string,
    @ValidQuery(collectionQuery) query: CollectionQuery,
    @Req() req: FastifyRequest,
  ) {
    const links = linksFor(req, id);
    const all = await wholeList(
      (q) => this.statements.list(id, q),
      (items) => items.map((s) => statementResource(links, s)),
    );
    return this.reader.single(req, links, 'statements', all, { query, curie: 'groundswell' });
  }

  @Get('milestones')
  @OsdiOperation(
    'OSDI extension (groundswell:milestones): the campaign’s milestones, newest first',
    osdiCollection,
    'viewer',
  )
  async milestoneList(
    @campaignId id: string,
    @ValidQuery(collectionQuery) query: CollectionQuery,
    @Req() req: FastifyRequest,
  ) {
    const links = linksFor(req, id);
    const all = await wholeList(
      (q) => this.milestones.list(id, q),
      (items) => items.map((m) => milestoneResource(links, m)),
    );
    return this.reader.single(req, links, 'milestones', all, { query, curie: 'groundswell' });
  }
}
