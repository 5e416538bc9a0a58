import { Controller, Get, HttpCode, Patch, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { localeSchema } from '../../common/i18n.js';
import { pageOf } from '../../common/pagination.js';
import { ApiRawResult, ApiResult, IdParam, ValidBody, ValidQuery } from '../../common/validation.js';
import {
  createPetitionBody,
  deliverBody,
  listPetitionsQuery,
  petitionView,
  updatePetitionBody,
} from './petitions.schemas.js';
import { PetitionsService } from './petitions.service.js';
import { PetitionDeliveryService } from './petition-delivery.service.js';

const deliveryQuery = z.strictObject({
  locale: localeSchema.optional().describe('Print the text in this locale when the petition has it.'),
});

/** Organizer API of petitions: create, read, update, archive, deliver. */
@ApiTags('petitions')
@Controller('campaigns/:campaignId/petitions')
export class PetitionsController {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly delivery: PetitionDeliveryService,
  ) {}

  @Post()
  @CampaignAccess('organizer')
  @ApiResult(petitionView, { status: 201, description: 'The new petition (draft unless status is open).' })
  @ApiOperation({ summary: 'Create a petition' })
  @ApiResponse({ status: 409, description: 'Another petition of this campaign already uses this slug (slug-taken).' })
  create(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(createPetitionBody) body: z.output<typeof createPetitionBody>,
  ) {
    return this.petitions.create(actor, campaignId, body);
  }

  @Get()
  @CampaignAccess('viewer')
  @ApiResult(pageOf(petitionView), { description: 'Newest first; archived petitions only with ?archived=true.' })
  @ApiOperation({ summary: 'List petitions' })
  list(
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(listPetitionsQuery) query: z.output<typeof listPetitionsQuery>,
  ) {
    return this.petitions.list(campaignId, query);
  }

  @Get(':petitionId')
  @CampaignAccess('viewer')
  @ApiResult(petitionView)
  @ApiOperation({ summary: 'Get a petition' })
  get(@IdParam('campaignId') campaignId: string, @IdParam('petitionId') petitionId: string) {
    return this.petitions.get(campaignId, petitionId);
  }

  @Patch(':petitionId')
  @CampaignAccess('organizer')
  @ApiResult(petitionView, {
    description: 'Open with status "open", close with "closed"; text changes re-render the HTML.',
  })
  @ApiOperation({ summary: 'Edit, open or close a petition' })
  @ApiResponse({
    status: 409,
    description: 'Archived or delivered petitions cannot change this way, or the slug is taken.',
  })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidBody(updatePetitionBody) body: z.output<typeof updatePetitionBody>,
  ) {
    return this.petitions.update(actor, campaignId, petitionId, body);
  }

  @Post(':petitionId/archive')
  @CampaignAccess('admin')
  @HttpCode(200)
  @ApiResult(petitionView, { description: 'Archived: gone from public view, signatures kept.' })
  @ApiOperation({ summary: 'Archive a petition' })
  archive(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
  ) {
    return this.petitions.archive(actor, campaignId, petitionId);
  }

  @Post(':petitionId/deliver')
  @CampaignAccess('organizer')
  @HttpCode(200)
  @ApiResult(petitionView, {
    description: 'Marks the petition delivered (closed to new signatures) with a date and a note.',
  })
  @ApiOperation({ summary: 'Mark a petition delivered' })
  @ApiResponse({ status: 409, description: 'The petition is archived or still a draft.' })
  deliver(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidBody(deliverBody) body: z.output<typeof deliverBody>,
  ) {
    return this.petitions.deliver(actor, campaignId, petitionId, body);
  }

  @Get(':petitionId/delivery.html')
  @CampaignAccess('organizer')
  @ApiRawResult(
    'text/html',
    'Printable delivery document: the text, the total count and the signers who chose to be listed by name.',
  )
  @ApiOperation({ summary: 'Printable delivery document' })
  async deliveryHtml(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @ValidQuery(deliveryQuery) query: z.output<typeof deliveryQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const stream = await firstChunk(this.delivery.deliveryHtml(actor, campaignId, petitionId, query.locale));
    void reply.header('cache-control', 'private, no-store');
    return new StreamableFile(stream, { type: 'text/html; charset=utf-8' });
  }

  @Get(':petitionId/delivery.csv')
  @CampaignAccess('organizer')
  @ApiRawResult(
    'text/csv',
    'The signers who chose to be listed by name (name, country, date, comment); the last row gives the total count.',
  )
  @ApiOperation({ summary: 'Delivery list of named signers as CSV' })
  async deliveryCsv(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @IdParam('petitionId') petitionId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const totals = await this.delivery.deliveryTotalsFor(campaignId, petitionId);
    const stream = await firstChunk(this.delivery.deliveryCsv(actor, campaignId, petitionId));
    void reply.header('cache-control', 'private, no-store').header('x-total-signatures', String(totals.total));
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="petition-${petitionId}-public-signers.csv"`,
    });
  }
}

/**
 * Starts a generator and waits for its first chunk, so errors raised before any output (no such
 * petition, forbidden) become a normal problem+json answer rather than a broken stream.
 */
export async function firstChunk(gen: AsyncGenerator<string>): Promise<Readable> {
  const first = await gen.next();
  async function* rest() {
    if (!first.done) yield first.value;
    else return;
    for await (const chunk of gen) yield chunk;
  }
  return Readable.from(rest(), { objectMode: false });
}
