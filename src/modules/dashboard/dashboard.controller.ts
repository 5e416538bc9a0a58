import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { ApiResult, IdParam, PathParam, ValidQuery } from '../../common/validation.js';
import { METRICS, type Metric, overviewQuery, overviewView, seriesQuery, seriesView } from './dashboard.schemas.js';
import { DashboardService } from './dashboard.service.js';

/** Aggregates for the console's overview; viewers may read them (no personal data). */
@ApiTags('dashboard')
@Controller('campaigns/:campaignId/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @CampaignAccess('viewer')
  @ApiOperation({ summary: 'Campaign overview dashboard' })
  @ApiResult(overviewView, {
    description:
      'List size and growth, signups and signatures per local day, confirmation rate, top sources and referrers, ' +
      'upcoming events against capacity, broadcasts with delivery outcomes, latest milestones. Below admin, sources, ' +
      "referrers and ref codes with fewer signups than the campaign's minGroupSize are merged into `otherOrigins`.",
  })
  overview(
    @CurrentActor() actor: Actor,
    @IdParam('campaignId') campaignId: string,
    @ValidQuery(overviewQuery) query: z.output<typeof overviewQuery>,
  ) {
    return this.dashboard.overview(campaignId, query.period, actor.role);
  }

  @Get('series/:metric')
  @CampaignAccess('viewer')
  @ApiOperation({ summary: 'A time series for the dashboard' })
  @ApiResult(seriesView, {
    description: "Counts per local day or hour in the campaign's time zone, one series per petition or email state.",
  })
  series(
    @IdParam('campaignId') campaignId: string,
    @PathParam('metric', z.enum(METRICS)) metric: Metric,
    @ValidQuery(seriesQuery) query: z.output<typeof seriesQuery>,
  ) {
    return this.dashboard.series(campaignId, metric, query);
  }
}
