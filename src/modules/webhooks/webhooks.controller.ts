import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { pageOf } from '../../common/pagination.js';
import { ApiResult, IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { okResult } from '../auth/auth.schemas.js';
import {
  createEndpointBody,
  deliveriesQuery,
  deliveryView,
  endpointView,
  endpointWithSecretView,
  pingResultView,
  updateEndpointBody,
} from './webhooks.schemas.js';
import { WebhooksService } from './webhooks.service.js';

/** The actions take no input; an empty object is the documented (and only accepted) body. */
const noInput = z.strictObject({}).meta({ id: 'WebhookActionInput' });

/**
 * Outbound webhook endpoints of a campaign. Owners and admins register and change them (the
 * payloads carry supporters' personal data); organizers can read them and their delivery log.
 */
@ApiTags('webhooks')
@Controller('campaigns/:campaignId/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @CampaignAccess('organizer')
  @ApiResult(z.object({ items: z.array(endpointView) }))
  @ApiOperation({ summary: 'List webhook endpoints' })
  list(@IdParam('campaignId') campaignId: string) {
    return this.webhooks.list(campaignId);
  }

  @Post()
  @CampaignAccess('admin')
  @ApiResult(endpointWithSecretView, {
    status: 201,
    description: 'Registered; the secret is shown only in this answer.',
  })
  @ApiOperation({ summary: 'Register a webhook endpoint' })
  create(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(createEndpointBody) body: z.output<typeof createEndpointBody>,
  ) {
    return this.webhooks.create(actor, campaignId, body);
  }

  @Get(':endpointId')
  @CampaignAccess('organizer')
  @ApiResult(endpointView)
  @ApiOperation({ summary: 'Get a webhook endpoint' })
  get(@IdParam('campaignId') campaignId: string, @IdParam('endpointId') id: string) {
    return this.webhooks.get(campaignId, id);
  }

  @Patch(':endpointId')
  @CampaignAccess('admin')
  @ApiResult(endpointView, { description: 'Changed; re-enabling resumes pending deliveries at once.' })
  @ApiOperation({ summary: 'Change, disable or re-enable a webhook endpoint' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('endpointId') id: string,
    @ValidBody(updateEndpointBody) body: z.output<typeof updateEndpointBody>,
  ) {
    return this.webhooks.update(actor, campaignId, id, body);
  }

  @Delete(':endpointId')
  @CampaignAccess('admin')
  @ApiResult(okResult, { description: 'Deleted with its pending deliveries and its log.' })
  @ApiOperation({ summary: 'Delete a webhook endpoint' })
  async remove(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('endpointId') id: string,
  ) {
    await this.webhooks.remove(actor, campaignId, id);
    return { ok: true as const };
  }

  @Post(':endpointId/rotate-secret')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(endpointWithSecretView, {
    description: 'The new secret, shown only in this answer; the old one stops at once.',
  })
  @ApiOperation({ summary: "Rotate a webhook endpoint's signing secret" })
  rotate(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('endpointId') id: string,
    @ValidBody(noInput) _body: z.output<typeof noInput>,
  ) {
    return this.webhooks.rotateSecret(actor, campaignId, id);
  }

  @Post(':endpointId/ping')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(pingResultView, {
    description: 'The outcome of one signed test call (a `ping` event), made now; not logged or retried.',
  })
  @ApiOperation({ summary: 'Send a signed test event to a webhook endpoint' })
  ping(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('endpointId') id: string,
    @ValidBody(noInput) _body: z.output<typeof noInput>,
  ) {
    return this.webhooks.ping(actor, campaignId, id);
  }

  @Get(':endpointId/deliveries')
  @CampaignAccess('organizer')
  @ApiResult(pageOf(deliveryView), { description: 'Newest first, each with its attempts (never a body).' })
  @ApiOperation({ summary: "List a webhook endpoint's deliveries" })
  deliveries(
    @IdParam('campaignId') campaignId: string,
    @IdParam('endpointId') id: string,
    @ValidQuery(deliveriesQuery) query: z.output<typeof deliveriesQuery>,
  ) {
    return this.webhooks.deliveries(campaignId, id, query);
  }

  @Post(':endpointId/deliveries/:deliveryId/redeliver')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(deliveryView, { description: 'Queued again with the same idempotency key and a fresh retry budget.' })
  @ApiOperation({ summary: 'Redeliver a webhook delivery' })
  redeliver(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('endpointId') id: string,
    @IdParam('deliveryId') deliveryId: string,
    @ValidBody(noInput) _body: z.output<typeof noInput>,
  ) {
    return this.webhooks.redeliver(actor, campaignId, id, deliveryId);
  }
}
