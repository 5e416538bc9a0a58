import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/auth.decorators.js';
import { slugSchema } from '../../common/i18n.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, PathParam } from '../../common/validation.js';
import { PrivacyFactsService } from './privacy-facts.service.js';
import { privacyFactsView } from './privacy.schemas.js';

/** The privacy facts of a campaign for API clients; browsers read them at /c/:slug/privacy. */
@ApiTags('public')
@Controller('public/campaigns')
export class PrivacyPublicController {
  constructor(private readonly privacy: PrivacyFactsService) {}

  @Get(':slug/privacy')
  @Public()
  @RateLimit({ name: 'campaign-read', limit: 300, windowSeconds: 60 })
  @ApiResult(privacyFactsView, {
    description:
      'What each form collects, what is encrypted or never kept, how long things are kept, who sees what, how to get a copy or erase your data, and whom to write to: drawn from the live settings. 404 for an unknown or archived campaign.',
  })
  @ApiOperation({ summary: "Get a campaign's privacy facts" })
  async get(@PathParam('slug', slugSchema) slug: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'public, max-age=60');
    const facts = await this.privacy.facts(slug);
    return { ...facts, page: `/c/${facts.campaign.slug}/privacy` };
  }
}
