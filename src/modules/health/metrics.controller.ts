import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/auth.decorators.js';
import { Problem } from '../../common/problem.js';
import { ApiRawResult } from '../../common/validation.js';
import { AppConfig } from '../../config/config.js';
import { Metrics } from '../../infra/metrics/metrics.service.js';

/** A constant-time check of `Authorization: Bearer <METRICS_TOKEN>`; shared with the queue dashboard. */
export function hasMetricsToken(config: AppConfig, authorization: string | undefined): boolean {
  const token = config.get('METRICS_TOKEN');
  if (!token) return false;
  const given = Buffer.from(/^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Prometheus scrape endpoint of the API role. Not an organizer route: operators' Prometheus holds
 * METRICS_TOKEN. Without a token set it does not exist here (404); METRICS_PORT serves the same
 * metrics on a separate port instead, which is also how workers expose theirs.
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Prometheus metrics of this process (Authorization: Bearer METRICS_TOKEN)' })
  @ApiRawResult(
    'text/plain',
    'Metrics in the Prometheus text format. 401 without the token; 404 when METRICS_TOKEN is unset.',
  )
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply) {
    if (!this.config.get('METRICS_TOKEN'))
      throw Problem.notFound('Metrics endpoint (set METRICS_TOKEN or METRICS_PORT)');
    if (!hasMetricsToken(this.config, authorization)) throw Problem.unauthorized('The metrics token is required.');
    const { contentType, body } = await this.metrics.render();
    void reply.header('content-type', contentType).header('cache-control', 'no-store').send(body);
  }
}
