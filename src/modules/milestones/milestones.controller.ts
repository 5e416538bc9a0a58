import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { ApiResult, IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { okResult } from '../auth/auth.schemas.js';
import { alertPreviewView, alertProgressView } from '../mail/alert-broadcasts.js';
import { MilestoneAlertsService } from './milestone-alerts.service.js';
import {
  alertBody,
  createMilestoneBody,
  milestoneView,
  organizerTimelineQuery,
  previewQuery,
  updateMilestoneBody,
} from './milestones.schemas.js';
import { MilestonesService } from './milestones.service.js';

/** Organizer API for the timeline. Organizers record and edit; sending alerts and deleting need an admin. */
@ApiTags('milestones')
@Controller('campaigns/:campaignId/milestones')
export class MilestonesController {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly alerts: MilestoneAlertsService,
  ) {}

  @Post()
  @CampaignAccess('organizer')
  @ApiResult(milestoneView, {
    status: 201,
    description: 'Recorded; with notify (admins) the alert goes out now. Idempotent on key.',
  })
  @ApiOperation({ summary: 'Record a milestone' })
  create(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(createMilestoneBody) body: z.output<typeof createMilestoneBody>,
  ) {
    return this.milestones.create(actor, campaignId, body);
  }

  @Get()
  @CampaignAccess('viewer')
  @ApiResult(z.object({ items: z.array(milestoneView), nextCursor: z.string().nullable() }), {
    description: 'The timeline, oldest first.',
  })
  @ApiOperation({ summary: 'List the milestone timeline' })
  list(
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(organizerTimelineQuery) query: z.output<typeof organizerTimelineQuery>,
  ) {
    return this.milestones.list(campaignId, query);
  }

  @Get(':milestoneId')
  @CampaignAccess('viewer')
  @ApiResult(milestoneView)
  @ApiOperation({ summary: 'Get a milestone' })
  get(@IdParam('campaignId') campaignId: string, @IdParam('milestoneId') id: string) {
    return this.milestones.get(campaignId, id);
  }

  @Patch(':milestoneId')
  @CampaignAccess('organizer')
  @ApiResult(milestoneView, { description: 'Edits never re-send the alert.' })
  @ApiOperation({ summary: 'Edit a milestone' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('milestoneId') id: string,
    @ValidBody(updateMilestoneBody) body: z.output<typeof updateMilestoneBody>,
  ) {
    return this.milestones.update(actor, campaignId, id, body);
  }

  @Delete(':milestoneId')
  @CampaignAccess('admin')
  @ApiResult(okResult)
  @ApiOperation({ summary: 'Delete a milestone' })
  async remove(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('milestoneId') id: string,
  ) {
    await this.milestones.remove(actor, campaignId, id);
    return { ok: true as const };
  }

  @Get(':milestoneId/alert-preview')
  @CampaignAccess('organizer')
  @ApiResult(alertPreviewView, {
    description: 'The alert email as subscribers would get it, and how many would get it now.',
  })
  @ApiOperation({ summary: "Preview a milestone's alert email" })
  async preview(
    @IdParam('campaignId') campaignId: string,
    @IdParam('milestoneId') id: string,
    @ValidQuery(previewQuery) query: z.output<typeof previewQuery>,
  ) {
    return this.alerts.preview(await this.milestones.find(campaignId, id), query.locale);
  }

  @Post(':milestoneId/alert')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(milestoneView, { description: 'Sends the alert once (no-op when already sent, unless realert).' })
  @ApiOperation({ summary: "Send a milestone's alert" })
  alert(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('milestoneId') id: string,
    @ValidBody(alertBody) body: z.output<typeof alertBody>,
  ) {
    return this.milestones.alert(actor, campaignId, id, body.realert);
  }

  @Get(':milestoneId/alerts')
  @CampaignAccess('organizer')
  @ApiResult(z.object({ items: z.array(alertProgressView) }), {
    description: 'Alerts created for this milestone and their delivery progress.',
  })
  @ApiOperation({ summary: 'Alert delivery progress of a milestone' })
  async progress(@IdParam('campaignId') campaignId: string, @IdParam('milestoneId') id: string) {
    return { items: await this.alerts.progress(await this.milestones.find(campaignId, id)) };
  }
}
