import { Controller, Get, Header, Req, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { ApiResult, IdParam, ValidQuery } from '../../common/validation.js';
import { MilestonesService } from '../milestones/milestones.service.js';
import { StatementsService } from '../statements/statements.service.js';
import { OsdiErrorFilter } from './osdi-errors.js';
import { OsdiPeopleReaderService } from './osdi-people-reader.service.js';
import { linksFor } from './osdi-request.js';
import { type Json, milestoneResource, statementResource } from './osdi-resources.js';
import { osdiCollection, tokenOnlyQuery } from './osdi.schemas.js';

const HAL = 'application/hal+json; charset=utf-8';
const campaignId = IdParam('campaignId');
/** Statements and milestones are few per campaign: read whole, in pages of the owner's list. */
const LIST_PAGE = 200;

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
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({ summary: 'OSDI extension (groundswell:statements): the campaign’s statements, newest first' })
  @ApiResult(osdiCollection)
  async statementList(@campaignId id: string, @ValidQuery(tokenOnlyQuery) _q: unknown, @Req() req: FastifyRequest) {
    const links = linksFor(req, id);
    const all: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.statements.list(id, { limit: LIST_PAGE, cursor });
      all.push(...page.items.map((s) => statementResource(links, s)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return this.reader.single(req, links, 'statements', all, 'groundswell');
  }

  @Get('milestones')
  @CampaignAccess('viewer')
  @Header('content-type', HAL)
  @ApiOperation({ summary: 'OSDI extension (groundswell:milestones): the campaign’s milestones, newest first' })
  @ApiResult(osdiCollection)
  async milestoneList(@campaignId id: string, @ValidQuery(tokenOnlyQuery) _q: unknown, @Req() req: FastifyRequest) {
    const links = linksFor(req, id);
    const all: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.milestones.list(id, { limit: LIST_PAGE, cursor });
      all.push(...page.items.map((m) => milestoneResource(links, m)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return this.reader.single(req, links, 'milestones', all, 'groundswell');
  }
}
