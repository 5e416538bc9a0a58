import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/auth.decorators.js';
import { slugSchema } from '../../common/i18n.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, PathParam } from '../../common/validation.js';
import { publicCampaignView } from './campaigns.schemas.js';
import { CampaignsService } from './campaigns.service.js';

/** The campaign as API clients and campaign websites read it; browsers asking for HTML get its page (/c/:slug). */
@ApiTags('public')
@Controller('public/campaigns')
export class CampaignsPublicController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get(':slug')
  @Public()
  @RateLimit({ name: 'campaign-read', limit: 300, windowSeconds: 60 })
  @ApiResult(publicCampaignView, {
    description:
      'Name, summary, default language and zone, the address of its home page and of its public collections. 404 for an unknown or archived campaign.',
  })
  @ApiOperation({ summary: 'Get a public campaign' })
  get(@PathParam('slug', slugSchema) slug: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'public, max-age=60');
    return this.campaigns.publicView(slug);
  }
}
