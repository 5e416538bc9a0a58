import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Public } from '../../common/auth/auth.decorators.js';
import { ApiResult } from '../../common/validation.js';
import { MailTransport } from '../../infra/mail/mail-transport.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { RedisService } from '../../infra/redis/redis.service.js';

const check = z.object({
  status: z.enum(['up', 'down', 'skipped']),
  latencyMs: z.number().optional(),
  error: z.string().optional(),
});
const readiness = z.object({
  status: z.enum(['ok', 'error']),
  checks: z.object({ database: check, redis: check, smtp: check }),
});

async function timed(fn: () => Promise<unknown>): Promise<z.infer<typeof check>> {
  const started = performance.now();
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 3 s')), 3000).unref()),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { status: 'down', error: (err as Error).message };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly redis: RedisService,
    private readonly mail: MailTransport,
  ) {}

  @Get()
  @Public()
  @ApiResult(z.object({ status: z.literal('ok') }), { description: 'The process is alive.' })
  @ApiOperation({ summary: 'Liveness check' })
  live() {
    return { status: 'ok' as const };
  }

  @Get('ready')
  @Public()
  @ApiResult(readiness, { description: 'PostgreSQL, Redis and (when configured) SMTP answer. 503 when one does not.' })
  @ApiOperation({ summary: 'Readiness check' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, redis, smtp] = await Promise.all([
      timed(() => this.prisma.$queryRaw`SELECT 1`),
      timed(() => this.redis.ping()),
      this.mail.mode === 'smtp' ? timed(() => this.mail.verify()) : Promise.resolve({ status: 'skipped' as const }),
    ]);
    const ok = [database, redis, smtp].every((c) => c.status !== 'down');
    void reply.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? ('ok' as const) : ('error' as const), checks: { database, redis, smtp } };
  }
}
