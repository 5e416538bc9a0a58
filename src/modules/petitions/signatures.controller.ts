import { Controller, Get, HttpCode, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { pageOf } from '../../common/pagination.js';
import { ApiRawResult, ApiResult, IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { firstChunk } from './petitions.controller.js';
import {
  bulkInvalidateBody,
  bulkInvalidateResult,
  invalidateBody,
  signaturesQuery,
  signatureView,
  statsQuery,
  statsView,
  trendingQuery,
  trendingView,
} from './petitions.schemas.js';
import { SignatureReportsService } from './signature-reports.service.js';
import { SignatureModerationService } from './signature-moderation.service.js';
import { AuditsPersonalData, itemsWith, searchIfFiltered } from '../audit/personal-data-access.interceptor.js';

const reinstateBody = z.strictObject({
  note: z.string().trim().max(500).optional().describe('Why (kept in the audit log).'),
});

/**
 * Organizer API of signatures. Everyone in the campaign sees the list without personal data;
 * owners and admins also see each signer's email and names, and only they may export them.
 */
@ApiTags('petitions')
@Controller('campaigns/:campaignId/petitions/:petitionId')
export class SignaturesController {
  constructor(
    private readonly reports: SignatureReportsService,
    private readonly moderation: SignatureModerationService,
  ) {}

  @Get('signatures')
  @CampaignAccess('viewer')
  @AuditsPersonalData({ what: 'signatures', access: searchIfFiltered, people: itemsWith('signer') })
  @ApiResult(pageOf(signatureView), {
    description: 'Newest first. `signer` (email, names) and comments are filled for admins and owners only.',
  })
  @ApiOperation({ summary: 'List signatures' })
  list(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(signaturesQuery) query: z.output<typeof signaturesQuery>,
  ) {
    return this.reports.list(campaignId, petitionId, actor.role, query);
  }

  @Get('signatures.csv')
  @CampaignAccess('organizer')
  @ApiRawResult(
    'text/csv',
    'Every matching signature, streamed; email and name columns for admins and owners only. Audited.',
  )
  @ApiOperation({ summary: 'Export signatures as CSV' })
  async export(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(signaturesQuery.omit({ cursor: true, limit: true })) query: z.output<typeof signaturesQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const stream = await firstChunk(this.reports.exportCsv(actor, campaignId, petitionId, query));
    void reply.header('cache-control', 'private, no-store');
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="petition-${petitionId}-signatures.csv"`,
    });
  }

  @Get('stats')
  @CampaignAccess('viewer')
  @ApiResult(statsView, {
    description:
      'Exact counts by status, per day (campaign time zone), and confirmed signatures by source, country and postal-code prefix; ' +
      "below admin, groups smaller than the campaign's minGroupSize are merged into `other`.",
  })
  @ApiOperation({ summary: 'Signature counts by status, day and source' })
  stats(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(statsQuery) query: z.output<typeof statsQuery>,
  ) {
    return this.reports.stats(campaignId, petitionId, query, actor.role);
  }

  @Get('trending')
  @CampaignAccess('organizer')
  @ApiResult(trendingView, {
    description: 'For moderators: IP hashes and email domains signing most in the recent window.',
  })
  @ApiOperation({ summary: 'Trending IP hashes and email domains' })
  trending(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(trendingQuery) query: z.output<typeof trendingQuery>,
  ) {
    return this.reports.trending(campaignId, petitionId, query, actor.role);
  }

  @Post('signatures/:signatureId/invalidate')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(signatureView, {
    description: 'No longer counted (the public count follows within about 2 seconds); kept for the record.',
  })
  @ApiOperation({ summary: 'Invalidate a signature' })
  async invalidate(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @IdParam('signatureId') signatureId: string,
    @ValidBody(invalidateBody) body: z.output<typeof invalidateBody>,
  ) {
    const row = await this.moderation.invalidate(actor, campaignId, petitionId, signatureId, body.reason);
    return this.reports.view(row, false, null);
  }

  @Post('signatures/:signatureId/reinstate')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(signatureView, { description: 'Undoes an invalidation.' })
  @ApiOperation({ summary: 'Reinstate an invalidated signature' })
  async reinstate(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @IdParam('signatureId') signatureId: string,
    @ValidBody(reinstateBody) body: z.output<typeof reinstateBody>,
  ) {
    const row = await this.moderation.reinstate(actor, campaignId, petitionId, signatureId, body.note);
    return this.reports.view(row, false, null);
  }

  @Post('signatures/invalidate-matching')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(bulkInvalidateResult, {
    description:
      'Invalidates every signature from one IP hash or email domain in a window (default: the last 24 hours).',
  })
  @ApiOperation({ summary: 'Invalidate a burst of signatures' })
  invalidateMatching(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidBody(bulkInvalidateBody) body: z.output<typeof bulkInvalidateBody>,
  ) {
    return this.moderation.invalidateMatching(actor, campaignId, petitionId, body);
  }
}
