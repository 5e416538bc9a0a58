import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public } from '../../common/auth/auth.decorators.js';
import { slugSchema } from '../../common/i18n.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, PathParam, ValidQuery } from '../../common/validation.js';
import { publicTimelineView, timelineQuery } from './milestones.schemas.js';
import { MilestonesService } from './milestones.service.js';

@ApiTags('public')
@Controller('public/campaigns/:slug')
export class MilestonesPublicController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get('timeline')
  @Public()
  @RateLimit({ name: 'timeline-read', limit: 300, windowSeconds: 60 })
  @ApiResult(publicTimelineView, {
    description: 'The campaign timeline ordered by date, with day counts since the campaign started.',
  })
  @ApiOperation({ summary: 'Public campaign timeline' })
  timeline(
    @PathParam('slug', slugSchema) slug: string,
    @ValidQuery(timelineQuery) query: z.output<typeof timelineQuery>,
  ) {
    return this.milestones.timeline(slug, query);
  }
}
