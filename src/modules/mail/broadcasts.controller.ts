import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { Problem } from '../../common/problem.js';
import { pageOf } from '../../common/pagination.js';
import { ApiResult, IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { BroadcastTestsService } from './broadcast-tests.service.js';
import { BroadcastsService } from './broadcasts.service.js';
import { MailTemplatesService } from './mail-templates.service.js';
import {
  broadcastDetailView,
  broadcastsQuery,
  broadcastView,
  createBroadcastBody,
  createBroadcastResult,
  broadcastTestResult,
  emptyBody,
  previewView,
  resendUnconfirmedResult,
  scheduleBroadcastBody,
} from './mail.schemas.js';
import type { AudienceFilter } from './recipient-directory.js';

/**
 * Broadcasts: create a draft (audience count and rendered previews come back), then start, pause,
 * resume or cancel it; progress is counted from the messages themselves, so it is exact.
 */
@ApiTags('broadcasts')
@Controller('campaigns/:campaignId/broadcasts')
export class BroadcastsController {
  constructor(
    private readonly broadcasts: BroadcastsService,
    private readonly tests: BroadcastTestsService,
    private readonly templates: MailTemplatesService,
  ) {}

  @Post()
  @CampaignAccess('organizer')
  @ApiResult(createBroadcastResult, {
    status: 201,
    description: 'A draft: check the audience and previews, then start it.',
  })
  @ApiOperation({ summary: 'Create a broadcast draft' })
  @ApiResponse({ status: 409, description: 'Another campaign already used this idempotency key (key-taken).' })
  async create(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(createBroadcastBody) body: z.output<typeof createBroadcastBody>,
  ) {
    const template = this.templates.get(body.template);
    if (!template || template.category !== 'campaign')
      throw Problem.field('template', 'must be a registered campaign template');
    const data = body.template === 'campaign.update' ? { subject: body.subject, body: body.body } : (body.data ?? {});
    const filter = body.filter as AudienceFilter;
    const { broadcast } = await this.broadcasts.create(undefined, {
      campaignId,
      key: body.key,
      name: body.name,
      template: body.template,
      data,
      locale: body.locale ?? null,
      filter,
      createdBy: actor.organizerId,
    });
    if (broadcast.campaignId !== campaignId)
      throw Problem.conflict('key-taken', 'Another campaign already used this key.');
    const [audience, previews] = await Promise.all([
      this.broadcasts.audienceCount(campaignId, filter),
      this.broadcasts.previews(broadcast),
    ]);
    return { broadcast, audience, previews };
  }

  @Get()
  @CampaignAccess('organizer')
  @ApiResult(pageOf(broadcastView))
  @ApiOperation({ summary: 'List broadcasts' })
  list(
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(broadcastsQuery) query: z.output<typeof broadcastsQuery>,
  ) {
    return this.broadcasts.list(campaignId, query);
  }

  @Get(':broadcastId')
  @CampaignAccess('organizer')
  @ApiResult(broadcastDetailView, {
    description: 'The broadcast with its progress (total, sent, failed, suppressed, ...).',
  })
  @ApiOperation({ summary: 'Get a broadcast with its progress' })
  async get(@IdParam('campaignId') campaignId: string, @IdParam('broadcastId') broadcastId: string) {
    const b = await this.broadcasts.get(campaignId, broadcastId);
    return { ...b, progress: await this.broadcasts.progress(b) };
  }

  @Get(':broadcastId/preview')
  @CampaignAccess('organizer')
  @ApiResult(z.object({ items: z.array(previewView) }))
  @ApiOperation({ summary: 'Preview a broadcast in each language' })
  async preview(@IdParam('campaignId') campaignId: string, @IdParam('broadcastId') broadcastId: string) {
    return { items: await this.broadcasts.previews(await this.broadcasts.get(campaignId, broadcastId)) };
  }

  @Post(':broadcastId/test')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(broadcastTestResult, {
    description:
      "The broadcast in each of its languages, sent to the signed-in organizer's own address only (any state).",
  })
  @ApiOperation({ summary: 'Send a test of a broadcast to myself' })
  sendTest(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(emptyBody) _body: object,
  ) {
    return this.tests.sendToSelf(actor, campaignId, broadcastId);
  }

  @Post(':broadcastId/start')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(broadcastView)
  @ApiOperation({ summary: 'Start sending a broadcast' })
  @ApiResponse({ status: 409, description: "The broadcast's state does not allow this (broadcast-state)." })
  start(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(emptyBody) _body: object,
  ) {
    return this.broadcasts.start(actor, campaignId, broadcastId);
  }

  @Post(':broadcastId/schedule')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(broadcastView, {
    description:
      'The draft starts by itself at `at` (within a few seconds); until then it can be rescheduled, unscheduled or cancelled.',
  })
  @ApiOperation({ summary: 'Schedule a broadcast' })
  @ApiResponse({ status: 409, description: "The broadcast's state does not allow this (broadcast-state)." })
  schedule(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(scheduleBroadcastBody) body: z.output<typeof scheduleBroadcastBody>,
  ) {
    return this.broadcasts.schedule(actor, campaignId, broadcastId, body.at);
  }

  @Post(':broadcastId/unschedule')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(broadcastView, { description: 'Back to a plain draft, started by hand.' })
  @ApiOperation({ summary: 'Unschedule a broadcast' })
  @ApiResponse({ status: 409, description: "The broadcast's state does not allow this (broadcast-state)." })
  unschedule(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(emptyBody) _body: object,
  ) {
    return this.broadcasts.unschedule(actor, campaignId, broadcastId);
  }

  @Post(':broadcastId/pause')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(broadcastView)
  @ApiOperation({ summary: 'Pause a broadcast' })
  @ApiResponse({ status: 409, description: "The broadcast's state does not allow this (broadcast-state)." })
  pause(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(emptyBody) _body: object,
  ) {
    return this.broadcasts.pause(actor, campaignId, broadcastId);
  }

  @Post(':broadcastId/resume')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(broadcastView)
  @ApiOperation({ summary: 'Resume a paused broadcast' })
  @ApiResponse({ status: 409, description: "The broadcast's state does not allow this (broadcast-state)." })
  resume(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(emptyBody) _body: object,
  ) {
    return this.broadcasts.resume(actor, campaignId, broadcastId);
  }

  @Post(':broadcastId/resend-unconfirmed')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Resend the messages recorded as sent, unconfirmed',
    description:
      'A worker that dies after the end of data and before the server replies leaves its message recorded as sent, ' +
      'unconfirmed (progress.unconfirmed): most of these were delivered, a few may not have been. This queues them ' +
      'again, knowingly giving most of their recipients a second copy (with the same Message-ID, which many ' +
      'receivers deduplicate). Audited; each message is resent this way at most once, so repeating the call is safe. ' +
      '409 while the broadcast is a draft or paused.',
  })
  @ApiResult(resendUnconfirmedResult)
  resendUnconfirmed(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(emptyBody) _body: object,
  ) {
    return this.broadcasts.resendUnconfirmed(actor, campaignId, broadcastId);
  }

  @Post(':broadcastId/cancel')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(broadcastView)
  @ApiOperation({ summary: 'Cancel a broadcast' })
  @ApiResponse({ status: 409, description: "The broadcast's state does not allow this (broadcast-state)." })
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('broadcastId') broadcastId: string,
    @ValidBody(emptyBody) _body: object,
  ) {
    return this.broadcasts.cancel(actor, campaignId, broadcastId);
  }
}
