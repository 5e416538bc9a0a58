import { Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { pageQuery } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import {
  ApiRawResult,
  ApiResult,
  IdParam,
  jsonSchema,
  parseOrThrow,
  ValidBody,
  ValidQuery,
} from '../../common/validation.js';
import { AppConfig } from '../../config/config.js';
import { SupporterImportService } from './supporter-import.service.js';
import { SupporterPrivacyService } from './supporter-privacy.service.js';
import {
  editSupporterBody,
  erasePeek,
  eraseByOrganizerBody,
  erasurePage,
  exportView,
  importJsonBody,
  importQuery,
  importResult,
  listQuery,
  settingsBody,
  settingsView,
  statsQuery,
  statsView,
  supporterDetail,
  supporterFilter,
  supporterPage,
  tagBulkBody,
  tagBulkResult,
} from './supporters.schemas.js';
import { SupportersAdminService, type Viewer } from './supporters-admin.service.js';
import { SupporterSettingsService } from './supporter-settings.service.js';
import { AuditsPersonalData, itemsWith, oneWith, searchIfFiltered } from '../audit/personal-data-access.interceptor.js';

const ONE_SUPPORTER = { type: 'supporter', param: 'supporterId' };

/** Owners and admins see personal data; organizers and viewers see counts and non-personal fields. */
const viewer = (actor: Actor): Viewer => ({
  organizerId: actor.organizerId,
  personal: actor.role === 'owner' || actor.role === 'admin',
});

const importResultWithColumns = importResult.extend({
  ignoredColumns: z.array(z.string()).describe('CSV columns that were not recognised and were ignored.'),
});

/** The organizer API over a campaign's supporters. */
@ApiTags('supporters')
@Controller('campaigns/:campaignId/supporters')
export class SupportersController {
  constructor(
    private readonly admin: SupportersAdminService,
    private readonly supporterSettings: SupporterSettingsService,
    private readonly privacy: SupporterPrivacyService,
    private readonly importer: SupporterImportService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @CampaignAccess('viewer')
  @AuditsPersonalData({ what: 'supporters', access: searchIfFiltered, people: itemsWith('personal') })
  @ApiResult(supporterPage, {
    description:
      'Newest first. `personal` is present for owners and admins only; searching by email needs one of those roles.',
  })
  @ApiOperation({ summary: 'Search supporters' })
  list(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(listQuery) query: z.output<typeof listQuery>,
  ) {
    return this.admin.list(viewer(actor), campaignId, query);
  }

  @Get('stats')
  @CampaignAccess('viewer')
  @ApiResult(statsView, {
    description:
      'Signups per day in the campaign time zone, counts by status and the top sources. Erasures do not change counts.',
  })
  @ApiOperation({ summary: 'Supporter counts, signups per day and top sources' })
  stats(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(statsQuery) query: z.output<typeof statsQuery>,
  ) {
    return this.admin.stats(campaignId, query, actor.role);
  }

  @Get('erasures')
  @CampaignAccess('viewer')
  @ApiResult(erasurePage, { description: 'That erasures happened, when and at whose request; never who was erased.' })
  @ApiOperation({ summary: 'List erasures' })
  erasures(@IdParam('campaignId') campaignId: string, @ValidQuery(pageQuery) query: z.output<typeof pageQuery>) {
    return this.privacy.erasures(campaignId, query);
  }

  @Get('settings')
  @CampaignAccess('viewer')
  @ApiResult(settingsView)
  @ApiOperation({ summary: 'Get supporter form settings' })
  settings(@IdParam('campaignId') campaignId: string) {
    return this.supporterSettings.settings(campaignId);
  }

  @Patch('settings')
  @CampaignAccess('admin')
  @ApiResult(settingsView, {
    description: 'Where form posts that ask for a redirect go, and where the confirmation page sends people.',
  })
  @ApiOperation({ summary: 'Update supporter form settings' })
  updateSettings(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(settingsBody) body: z.output<typeof settingsBody>,
  ) {
    return this.supporterSettings.updateSettings(actor, campaignId, body);
  }

  @Get('export.csv')
  @CampaignAccess('organizer')
  @ApiRawResult(
    'text/csv',
    'Streamed CSV of the supporters matching the filter. Personal columns for owners and admins only.',
  )
  @ApiOperation({ summary: 'Export supporters as CSV' })
  async exportCsv(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(supporterFilter) filter: z.output<typeof supporterFilter>,
    @Res() reply: FastifyReply,
  ) {
    const stream = await this.admin.exportCsv(viewer(actor), campaignId, filter);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="supporters-${new Date().toISOString().slice(0, 10)}.csv"`)
      .header('cache-control', 'no-store')
      .send(stream);
  }

  @Post('import')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import supporters who consented (CSV streamed, or JSON rows)',
    description:
      'Send `text/csv` (header row with an `email` column; first_name, last_name, phone, postal_code, country, locale, tags are recognised) or JSON `{ rows: [...] }`. ' +
      'consentAsserted=true is required: you assert every person consented to the purposes. Rows are deduplicated like signups; bad rows are reported and skipped; people erased at their request are refused.',
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: jsonSchema(importJsonBody, 'input') },
        'text/csv': { schema: { type: 'string', description: 'UTF-8 CSV, `,` or `;` separated, streamed.' } },
      },
    },
  } as never)
  @ApiResult(importResultWithColumns)
  async import(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(importQuery) options: z.output<typeof importQuery>,
    @Req() req: FastifyRequest,
  ) {
    const type = String(req.headers['content-type'] ?? '').toLowerCase();
    if (type.startsWith('text/csv')) {
      const max = this.config.get('SUPPORTERS_IMPORT_MAX_BYTES');
      if (Number(req.headers['content-length'] ?? 0) > max)
        throw new Problem(
          413,
          'payload-too-large',
          'Payload too large',
          `The file is larger than ${max} bytes (SUPPORTERS_IMPORT_MAX_BYTES).`,
        );
      const body = req.body as AsyncIterable<Buffer> | undefined;
      if (!body || typeof (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function')
        throw Problem.field('(body)', 'the CSV body is missing');
      return this.importer.importCsv(actor.organizerId, campaignId, limitBytes(body, max), options);
    }
    const parsed = parseOrThrow(importJsonBody, req.body ?? {});
    return this.importer.importRows(actor.organizerId, campaignId, parsed.rows, options);
  }

  @Post('tags')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(tagBulkResult, {
    description: 'Adds and removes tags on the listed supporters, or on all matching a filter.',
  })
  @ApiOperation({ summary: 'Add or remove tags in bulk' })
  tags(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(tagBulkBody) body: z.output<typeof tagBulkBody>,
  ) {
    return this.admin.tagBulk(viewer(actor), campaignId, body);
  }

  @Get(':supporterId')
  @CampaignAccess('viewer')
  @AuditsPersonalData({ what: 'supporter', access: 'view', people: oneWith('personal'), entity: ONE_SUPPORTER })
  @ApiResult(supporterDetail, {
    description: 'One supporter with the consent log. `personal` for owners and admins only.',
  })
  @ApiOperation({ summary: "Get a supporter's profile" })
  get(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('supporterId') supporterId: string,
  ) {
    return this.admin.get(viewer(actor), campaignId, supporterId);
  }

  @Patch(':supporterId')
  @CampaignAccess('admin')
  @ApiResult(supporterDetail)
  @ApiOperation({ summary: 'Edit a supporter' })
  @ApiResponse({ status: 409, description: 'This supporter was erased (supporter-erased).' })
  edit(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('supporterId') supporterId: string,
    @ValidBody(editSupporterBody) body: z.output<typeof editSupporterBody>,
  ) {
    return this.admin.edit(viewer(actor), campaignId, supporterId, body);
  }

  @Get(':supporterId/export')
  @CampaignAccess('admin')
  @AuditsPersonalData({ what: 'supporter', access: 'export', people: () => 1, entity: ONE_SUPPORTER })
  @ApiResult(exportView, {
    description: 'Everything held about this supporter (for a subject access request). Audited.',
  })
  @ApiOperation({ summary: 'Export everything held about a supporter' })
  export(@IdParam('campaignId') campaignId: string, @IdParam('supporterId') supporterId: string) {
    return this.privacy.exportByOrganizer(campaignId, supporterId);
  }

  @Post(':supporterId/erase')
  @CampaignAccess('admin')
  @AuditsPersonalData({ what: 'supporter', access: 'erase', people: () => 1, entity: ONE_SUPPORTER })
  @HttpCode(200)
  @ApiResult(erasePeek.pick({ erased: true }), {
    description:
      'Erases personal data and consent details, keeps anonymous counts, records the erasure and suppresses the address. Send {"confirm":"erase"}.',
  })
  @ApiOperation({ summary: 'Erase a supporter' })
  async erase(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('supporterId') supporterId: string,
    @ValidBody(eraseByOrganizerBody) _body: unknown,
  ) {
    await this.privacy.erase(campaignId, supporterId, { kind: 'organizer', organizerId: actor.organizerId });
    return { erased: true };
  }
}

/** Passes a request stream through, failing with 413 once it exceeds `max` bytes. */
async function* limitBytes(source: AsyncIterable<Buffer>, max: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > max)
      throw new Problem(
        413,
        'payload-too-large',
        'Payload too large',
        `The file is larger than ${max} bytes (SUPPORTERS_IMPORT_MAX_BYTES).`,
      );
    yield chunk;
  }
}
