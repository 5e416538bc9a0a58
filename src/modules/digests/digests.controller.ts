import { Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { pageOf, pageQuery } from '../../common/pagination.js';
import { ApiResult, IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { digestPreviewView, digestRunView, digestSettingsView, updateDigestSettingsBody } from './digests.schemas.js';
import { DigestsService } from './digests.service.js';

/**
 * Organizer API of digests. Viewers read settings and run history; admins change settings and
 * preview one supporter's next digest (it reveals which open petitions that person has not signed,
 * so it needs the role that may see supporters' personal data, and it is audited).
 */
@ApiTags('digests')
@Controller('campaigns/:campaignId/digests')
export class DigestsController {
  constructor(private readonly digests: DigestsService) {}

  @Get('settings')
  @CampaignAccess('viewer')
  @ApiResult(digestSettingsView, { description: 'Digest settings of the campaign (defaults when never changed).' })
  @ApiOperation({ summary: 'Get digest settings' })
  settings(@IdParam('campaignId') campaignId: string) {
    return this.digests.settings(campaignId);
  }

  @Patch('settings')
  @CampaignAccess('admin')
  @ApiResult(digestSettingsView, {
    description: "Changes apply from each supporter's next period: nobody gets a second digest in the current one.",
  })
  @ApiOperation({ summary: 'Update digest settings' })
  updateSettings(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(updateDigestSettingsBody) body: z.output<typeof updateDigestSettingsBody>,
  ) {
    return this.digests.updateSettings(actor, campaignId, body);
  }

  @Get('runs')
  @CampaignAccess('viewer')
  @ApiResult(pageOf(digestRunView), {
    description:
      'Scheduler runs that found supporters due, newest first, with counts (sent, skipped as empty, suppressed, failed, ...).',
  })
  @ApiOperation({ summary: 'List digest runs' })
  runs(@IdParam('campaignId') campaignId: string, @ValidQuery(pageQuery) query: z.output<typeof pageQuery>) {
    return this.digests.runs(campaignId, query);
  }

  @Get('runs/:runId')
  @CampaignAccess('viewer')
  @ApiResult(digestRunView)
  @ApiOperation({ summary: 'Get a digest run' })
  run(@IdParam('campaignId') campaignId: string, @IdParam('runId') runId: string) {
    return this.digests.run(campaignId, runId);
  }

  @Get('preview/:supporterId')
  @CampaignAccess('admin')
  @ApiResult(digestPreviewView, {
    description:
      "The supporter's next digest as it would be computed now: when it is due, whether it would be sent (nothing new: no digest), and the rendered message, greeting the supporter by their own name as the mail would (links are samples).",
  })
  @ApiOperation({ summary: "Preview a supporter's next digest" })
  @ApiResponse({ status: 422, description: 'This supporter does not get digests.' })
  preview(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('supporterId') supporterId: string,
  ) {
    return this.digests.previewFor(actor, campaignId, supporterId);
  }
}
