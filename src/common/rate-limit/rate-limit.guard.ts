import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/config.js';
import { PiiCipher } from '../../infra/crypto/pii-cipher.service.js';
import { IS_PUBLIC } from '../auth/auth.decorators.js';
import { Problem } from '../problem.js';
import { RATE_LIMITS, type RouteLimit } from './rate-limit.decorator.js';
import { RateLimiter } from './rate-limiter.service.js';

/**
 * Every public route is limited per client IP; routes may add tighter limits of their own.
 * Counters are keyed by the keyed IP hash: raw addresses are not kept even in Redis.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly cipher: PiiCipher,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const limits = [...(this.reflector.get<RouteLimit[] | undefined>(RATE_LIMITS, ctx.getHandler()) ?? [])];
    if (isPublic)
      limits.push({ name: 'public', limit: this.config.get('RATE_LIMIT_PUBLIC_PER_MINUTE'), windowSeconds: 60 });
    if (limits.length === 0) return true;

    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const reply = ctx.switchToHttp().getResponse<FastifyReply>();
    for (const l of limits) {
      const r = await this.limiter.hit(`${l.name}:ip:${this.cipher.ipHash(req.ip)}`, l.limit, l.windowSeconds * 1000);
      if (!r.allowed) throw Problem.tooManyRequests(r.retryAfterSeconds);
      if (l.name === 'public') {
        void reply.header('ratelimit-limit', String(r.limit));
        void reply.header('ratelimit-remaining', String(Math.max(0, r.limit - r.count)));
      }
    }
    return true;
  }
}
