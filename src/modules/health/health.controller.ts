import { Controller, Get, HttpStatus, type OnApplicationBootstrap, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Public } from '../../common/auth/auth.decorators.js';
import { lifecycle } from '../../common/lifecycle.js';
import { ApiResult } from '../../common/validation.js';
import { SmtpHealthService } from '../../infra/mail/smtp-health.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { RedisService } from '../../infra/redis/redis.service.js';
import { Probe } from './readiness.js';

const check = z.object({
  status: z.enum(['up', 'down', 'skipped']),
  latencyMs: z.number().optional(),
  stale: z.boolean().optional().describe('Up on a success of the last 15 s; the latest probe failed or was slow.'),
  error: z.string().optional(),
});
const readiness = z.object({
  status: z.enum(['ok', 'error']),
  draining: z.boolean().describe('The process received SIGTERM and is finishing its requests.'),
  checks: z.object({
    database: check,
    redis: check,
    smtp: check.describe(
      "Informational, never part of readiness: the last SMTP probe of this process's worker role; skipped in the API role, which sends no mail.",
    ),
  }),
});

const PROBE = { timeoutMs: 5000, staleMs: 15_000 };

@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationBootstrap {
  private readonly database: Probe;
  private readonly redis: Probe;

  constructor(
    prisma: PrismaService,
    redis: RedisService,
    private readonly smtp: SmtpHealthService,
  ) {
    this.database = new Probe(() => prisma.$queryRaw`SELECT 1`, PROBE);
    this.redis = new Probe(() => redis.ping(), PROBE);
  }

  /** The first probes run at boot, so a fresh process under load starts with a known-good answer. */
  async onApplicationBootstrap(): Promise<void> {
    await Promise.all([this.database.check(), this.redis.check()]);
  }

  @Get()
  @Public()
  @ApiResult(z.object({ status: z.literal('ok') }), { description: 'The process is alive.' })
  @ApiOperation({ summary: 'Liveness check' })
  live() {
    return { status: 'ok' as const };
  }

  @Get('ready')
  @Public()
  @ApiResult(readiness, {
    description:
      'Ready to serve requests: PostgreSQL and Redis answer (a success of the last 15 s covers one slow probe) and the process is not draining. 503 otherwise. SMTP is reported, never required.',
  })
  @ApiOperation({ summary: 'Readiness check' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, redis] = await Promise.all([this.database.check(), this.redis.check()]);
    const { status, error, latencyMs } = this.smtp.status;
    const smtp = { status, ...(error ? { error } : {}), ...(latencyMs !== undefined ? { latencyMs } : {}) };
    const ok = !lifecycle.draining && database.status === 'up' && redis.status === 'up';
    void reply.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? ('ok' as const) : ('error' as const),
      draining: lifecycle.draining,
      checks: { database, redis, smtp },
    };
  }
}
