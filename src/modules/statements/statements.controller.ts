import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { pageOf } from '../../common/pagination.js';
import { ApiResult, IdParam, PathParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { okResult } from '../auth/auth.schemas.js';
import { alertPreviewView, alertProgressView } from '../mail/alert-broadcasts.js';
import { StatementAlertsService } from './statement-alerts.service.js';
import {
  createStatementBody,
  diffQuery,
  diffView,
  listStatementsQuery,
  noteBody,
  previewQuery,
  publishBody,
  retractBody,
  revisionView,
  scheduleBody,
  statementSummaryView,
  statementView,
  updateStatementBody,
} from './statements.schemas.js';
import { StatementsService } from './statements.service.js';

const revisionNumber = z
  .string()
  .regex(/^\d{1,7}$/, 'must be a revision number')
  .transform(Number);

/**
 * Organizer API. Viewers read; organizers draft, edit drafts and submit; admins and owners approve,
 * publish, schedule, retract and send alerts (the service re-checks each rule).
 */
@ApiTags('statements')
@Controller('campaigns/:campaignId/statements')
export class StatementsController {
  constructor(
    private readonly statements: StatementsService,
    private readonly alerts: StatementAlertsService,
  ) {}

  @Post()
  @CampaignAccess('organizer')
  @ApiResult(statementView, { status: 201, description: 'A new draft, at revision 1.' })
  @ApiOperation({ summary: 'Create a statement draft' })
  @ApiResponse({ status: 409, description: 'Another statement of this campaign already uses this slug (slug-taken).' })
  create(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(createStatementBody) body: z.output<typeof createStatementBody>,
  ) {
    return this.statements.create(actor, campaignId, body);
  }

  @Get()
  @CampaignAccess('viewer')
  @ApiResult(pageOf(statementSummaryView), { description: 'Every statement of the campaign, newest first.' })
  @ApiOperation({ summary: 'List statements' })
  list(
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(listStatementsQuery) query: z.output<typeof listStatementsQuery>,
  ) {
    return this.statements.list(campaignId, query);
  }

  @Get(':statementId')
  @CampaignAccess('viewer')
  @ApiResult(statementView)
  @ApiOperation({ summary: 'Get a statement' })
  get(@IdParam('campaignId') campaignId: string, @IdParam('statementId') id: string) {
    return this.statements.get(campaignId, id);
  }

  @Patch(':statementId')
  @CampaignAccess('organizer')
  @ApiResult(statementView, {
    description: 'Saved as a new revision. Approved, scheduled and published statements need an admin.',
  })
  @ApiOperation({ summary: 'Edit a statement (new revision)' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this edit." })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(updateStatementBody) body: z.output<typeof updateStatementBody>,
  ) {
    return this.statements.update(actor, campaignId, id, body);
  }

  @Delete(':statementId')
  @CampaignAccess('organizer')
  @ApiResult(okResult, { description: 'Only statements that were never published; retract published ones.' })
  @ApiOperation({ summary: 'Delete an unpublished statement' })
  @ApiResponse({ status: 409, description: 'Scheduled or once-published statements cannot be deleted.' })
  async remove(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
  ) {
    await this.statements.remove(actor, campaignId, id);
    return { ok: true as const };
  }

  @Post(':statementId/submit')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(statementView, { description: 'draft -> in review.' })
  @ApiOperation({ summary: 'Submit a statement for review' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this." })
  submit(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(noteBody) body: z.output<typeof noteBody>,
  ) {
    return this.statements.submit(actor, campaignId, id, body.note);
  }

  @Post(':statementId/return-to-draft')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(statementView, { description: 'in review or approved -> draft (withdraw, or ask for changes).' })
  @ApiOperation({ summary: 'Return a statement to draft' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this." })
  returnToDraft(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(noteBody) body: z.output<typeof noteBody>,
  ) {
    return this.statements.returnToDraft(actor, campaignId, id, body.note);
  }

  @Post(':statementId/approve')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(statementView, { description: 'in review -> approved.' })
  @ApiOperation({ summary: 'Approve a statement' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this." })
  approve(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(noteBody) body: z.output<typeof noteBody>,
  ) {
    return this.statements.approve(actor, campaignId, id, body.note);
  }

  @Post(':statementId/publish')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(statementView, { description: 'Published now; the alert goes to subscribers unless notify is false.' })
  @ApiOperation({ summary: 'Publish a statement now' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this." })
  publish(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(publishBody) body: z.output<typeof publishBody>,
  ) {
    return this.statements.publish(actor, campaignId, id, body);
  }

  @Post(':statementId/schedule')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(statementView, {
    description: 'Scheduled (or moved) to publishAt. Survives restarts; invisible until then.',
  })
  @ApiOperation({ summary: 'Schedule a statement' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this." })
  schedule(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(scheduleBody) body: z.output<typeof scheduleBody>,
  ) {
    return this.statements.schedule(actor, campaignId, id, body);
  }

  @Post(':statementId/unschedule')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(statementView, { description: 'scheduled -> approved.' })
  @ApiOperation({ summary: 'Unschedule a statement' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this." })
  unschedule(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(noteBody) body: z.output<typeof noteBody>,
  ) {
    return this.statements.unschedule(actor, campaignId, id, body.note);
  }

  @Post(':statementId/retract')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(statementView, { description: 'published -> retracted: gone from lists and feeds; nothing is re-sent.' })
  @ApiOperation({ summary: 'Retract a published statement' })
  @ApiResponse({ status: 409, description: "The statement's state does not allow this." })
  retract(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidBody(retractBody) body: z.output<typeof retractBody>,
  ) {
    return this.statements.retract(actor, campaignId, id, body.reason);
  }

  @Get(':statementId/revisions')
  @CampaignAccess('organizer')
  @ApiResult(z.object({ items: z.array(revisionView) }), { description: 'Every revision, newest first.' })
  @ApiOperation({ summary: "List a statement's revisions" })
  async revisions(@IdParam('campaignId') campaignId: string, @IdParam('statementId') id: string) {
    return { items: await this.statements.revisions(campaignId, id) };
  }

  @Get(':statementId/revisions/:number')
  @CampaignAccess('organizer')
  @ApiResult(revisionView)
  @ApiOperation({ summary: 'Get one revision' })
  revision(
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @PathParam('number', revisionNumber) number: number,
  ) {
    return this.statements.revision(campaignId, id, number);
  }

  @Get(':statementId/diff')
  @CampaignAccess('organizer')
  @ApiResult(diffView, { description: 'Changed fields and a line-based unified diff between two revisions.' })
  @ApiOperation({ summary: 'Diff two revisions' })
  diff(
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidQuery(diffQuery) query: z.output<typeof diffQuery>,
  ) {
    return this.statements.diff(campaignId, id, query.from, query.to);
  }

  @Get(':statementId/alert-preview')
  @CampaignAccess('organizer')
  @ApiResult(alertPreviewView, {
    description: 'The alert email as subscribers would get it, and how many would get it now.',
  })
  @ApiOperation({ summary: "Preview a statement's alert email" })
  async preview(
    @IdParam('campaignId') campaignId: string,
    @IdParam('statementId') id: string,
    @ValidQuery(previewQuery) query: z.output<typeof previewQuery>,
  ) {
    return this.alerts.preview(await this.statements.get(campaignId, id), query.locale);
  }

  @Get(':statementId/alerts')
  @CampaignAccess('organizer')
  @ApiResult(z.object({ items: z.array(alertProgressView) }), {
    description: 'Alerts created for this statement and their delivery progress.',
  })
  @ApiOperation({ summary: 'Alert delivery progress of a statement' })
  async alertProgress(@IdParam('campaignId') campaignId: string, @IdParam('statementId') id: string) {
    return { items: await this.alerts.progress(await this.statements.get(campaignId, id)) };
  }
}
