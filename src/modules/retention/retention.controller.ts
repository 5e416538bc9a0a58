import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { ApiResult, IdParam, ValidBody } from '../../common/validation.js';
import { CampaignShutdownService } from './campaign-shutdown.service.js';
import {
  campaignShutdownState,
  campaignShutdownView,
  cancelShutdownBody,
  retentionExpiriesView,
  retentionPolicyView,
  scheduleShutdownBody,
  updateRetentionPolicyBody,
} from './retention.schemas.js';
import { RetentionService } from './retention.service.js';

/**
 * Organizer API of data retention: the campaign's rules (owners and admins change them), what will
 * expire when, and the owner-only campaign shutdown. See docs/decisions/retention.md.
 */
@ApiTags('retention')
@Controller('campaigns/:campaignId')
export class RetentionController {
  constructor(
    private readonly retention: RetentionService,
    private readonly shutdowns: CampaignShutdownService,
  ) {}

  @Get('retention')
  @CampaignAccess('viewer')
  @ApiResult(retentionPolicyView, {
    description: 'The retention rules of the campaign (the defaults when never changed).',
  })
  @ApiOperation({ summary: 'Get retention rules' })
  policy(@IdParam('campaignId') campaignId: string) {
    return this.retention.policy(campaignId);
  }

  @Patch('retention')
  @CampaignAccess('admin')
  @ApiResult(retentionPolicyView, { description: 'The daily job applies the new rules from its next run.' })
  @ApiOperation({ summary: 'Update retention rules' })
  updatePolicy(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(updateRetentionPolicyBody) body: z.output<typeof updateRetentionPolicyBody>,
  ) {
    return this.retention.updatePolicy(actor, campaignId, body);
  }

  @Get('retention/expiries')
  @CampaignAccess('viewer')
  @ApiResult(retentionExpiriesView, {
    description:
      'What will expire when: ended petitions and events whose people are still named, and old audit entries.',
  })
  @ApiOperation({ summary: 'List upcoming expiries' })
  expiries(@IdParam('campaignId') campaignId: string) {
    return this.retention.expiries(campaignId);
  }

  @Get('shutdown')
  @CampaignAccess('owner')
  @ApiResult(campaignShutdownState)
  @ApiOperation({ summary: 'Get the campaign shutdown state' })
  shutdown(@IdParam('campaignId') campaignId: string) {
    return this.shutdowns.state(campaignId);
  }

  @Post('shutdown')
  @CampaignAccess('owner')
  @ApiResult(campaignShutdownView, {
    status: 201,
    description:
      "Scheduled: after CAMPAIGN_SHUTDOWN_DELAY_SECONDS (24 hours) every supporter's personal data is erased, unless an owner cancels first. Owners are emailed.",
  })
  @ApiOperation({ summary: 'Schedule the campaign shutdown' })
  @ApiResponse({
    status: 409,
    description: 'Already scheduled (shutdown-scheduled) or shut down (campaign-shut-down).',
  })
  schedule(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(scheduleShutdownBody) body: z.output<typeof scheduleShutdownBody>,
  ) {
    return this.shutdowns.schedule(actor, campaignId, body.confirm);
  }

  @Post('shutdown/cancel')
  @CampaignAccess('owner')
  @HttpCode(200)
  @ApiResult(campaignShutdownView, { description: 'Cancelled: nothing is erased. Owners are emailed.' })
  @ApiOperation({ summary: 'Cancel the campaign shutdown' })
  @ApiResponse({
    status: 409,
    description: 'Nothing scheduled (no-shutdown-scheduled) or already due (shutdown-running).',
  })
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(cancelShutdownBody) _body: z.output<typeof cancelShutdownBody>,
  ) {
    return this.shutdowns.cancel(actor, campaignId);
  }
}
