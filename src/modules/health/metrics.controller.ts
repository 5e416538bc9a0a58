import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/auth.decorators.js';
import { operatorAuthorized } from '../../common/operator-token.js';
import { Problem } from '../../common/problem.js';
import { ApiRawResult } from '../../common/validation.js';
import { AppConfig } from '../../config/config.js';
import { MetricsService } from '../../infra/metrics/metrics.service.js';

/**
 * Prometheus scrape endpoint of the API role. Not an organizer route: operators' Prometheus holds
 * METRICS_TOKEN. Without a token set it does not exist here (404); METRICS_PORT serves the same
 * metrics on a separate port instead, which is also how workers expose theirs.
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Prometheus metrics of this process (Authorization: Bearer METRICS_TOKEN)' })
  @ApiRawResult(
    'text/plain',
    'Metrics in the Prometheus text format. 401 without the token; 404 when METRICS_TOKEN is unset.',
  )
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply) {
    if (!this.config.get('METRICS_TOKEN'))
      throw Problem.notFound('Metrics endpoint (set METRICS_TOKEN or METRICS_PORT)');
    if (!operatorAuthorized(this.config.get('METRICS_TOKEN'), authorization))
      throw Problem.unauthorized('The metrics token is required.');
    const { contentType, body } = await this.metrics.render();
    void reply.header('content-type', contentType).header('cache-control', 'no-store').send(body);
  }
}
