import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { SUPPORTED_LOCALES } from '../../common/i18n.js';
import { pageOf, pageQuery } from '../../common/pagination.js';
import { ApiResult, IdParam, PathParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { MailMessagesService } from './mail-messages.service.js';
import { MailPreviewService } from './mail-preview.service.js';
import { MailTemplatesService } from './mail-templates.service.js';
import {
  messageDetailView,
  messagesQuery,
  messageView,
  previewBody,
  previewView,
  retryFailedBody,
  statsQuery,
  statsView,
  templateName,
  templateView,
} from './mail.schemas.js';

/** Organizer view of a campaign's mail: the delivery log, counts, retries, templates and previews. */
@ApiTags('mail')
@Controller('campaigns/:campaignId/mail')
export class MailController {
  constructor(
    private readonly messages: MailMessagesService,
    private readonly templates: MailTemplatesService,
    private readonly preview: MailPreviewService,
  ) {}

  @Get('messages')
  @CampaignAccess('organizer')
  @ApiResult(pageOf(messageView), { description: 'Messages of the campaign, newest first, with their delivery state.' })
  @ApiOperation({ summary: 'List sent and queued messages' })
  list(@IdParam('campaignId') campaignId: string, @ValidQuery(messagesQuery) query: z.output<typeof messagesQuery>) {
    return this.messages.list(campaignId, query);
  }

  @Get('messages/:messageId')
  @CampaignAccess('organizer')
  @ApiResult(messageDetailView, { description: 'One message with its bounce and complaint events.' })
  @ApiOperation({ summary: 'Get a message with its delivery events' })
  get(@IdParam('campaignId') campaignId: string, @IdParam('messageId') messageId: string) {
    return this.messages.get(campaignId, messageId);
  }

  @Post('messages/:messageId/retry')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(messageDetailView, { description: 'The failed message, queued again with fresh attempts.' })
  @ApiOperation({ summary: 'Retry a failed message' })
  @ApiResponse({ status: 409, description: 'Only failed messages can be retried (message-state).' })
  retry(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('messageId') messageId: string,
    @ValidBody(z.strictObject({})) _body: object,
  ) {
    return this.messages.retry(actor, campaignId, messageId);
  }

  @Post('messages/retry-failed')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(z.object({ retried: z.number().int() }), {
    description: 'Queues every failed message again (optionally of one broadcast or template).',
  })
  @ApiOperation({ summary: 'Retry every failed message' })
  retryFailed(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(retryFailedBody) body: z.output<typeof retryFailedBody>,
  ) {
    return this.messages.retryFailed(actor, campaignId, body);
  }

  @Get('stats')
  @CampaignAccess('viewer')
  @ApiResult(statsView, { description: 'Messages per state, for the dashboard.' })
  @ApiOperation({ summary: 'Count messages by state' })
  stats(@IdParam('campaignId') campaignId: string, @ValidQuery(statsQuery) query: z.output<typeof statsQuery>) {
    return this.messages.stats(campaignId, query.since);
  }

  @Get('supporters/:supporterId/messages')
  @CampaignAccess('organizer')
  @ApiResult(pageOf(messageView), { description: "A supporter's message history in this campaign, newest first." })
  @ApiOperation({ summary: "List a supporter's messages" })
  history(
    @IdParam('campaignId') campaignId: string,
    @IdParam('supporterId') supporterId: string,
    @ValidQuery(pageQuery) query: z.output<typeof pageQuery>,
  ) {
    return this.messages.history(campaignId, supporterId, query);
  }

  @Get('templates')
  @CampaignAccess('viewer')
  @ApiResult(z.object({ items: z.array(templateView) }))
  @ApiOperation({ summary: 'List mail templates' })
  listTemplates(@IdParam('campaignId') _campaignId: string) {
    return {
      items: this.templates.list().map((t) => ({
        name: t.name,
        category: t.category,
        description: t.description ?? null,
        sampleData: t.sampleData ?? {},
        locales: [...SUPPORTED_LOCALES],
      })),
    };
  }

  @Post('templates/:template/preview')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(previewView, {
    description: 'The template rendered in one locale with sample data (and any variables given).',
  })
  @ApiOperation({ summary: 'Preview a mail template' })
  @ApiResponse({ status: 422, description: 'The template cannot be rendered with these variables.' })
  previewTemplate(
    @IdParam('campaignId') campaignId: string,
    @PathParam('template', templateName) template: string,
    @ValidBody(previewBody) body: z.output<typeof previewBody>,
  ) {
    return this.preview.render(campaignId, template, body.locale, body.data);
  }
}
