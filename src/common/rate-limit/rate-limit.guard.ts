import { createHash } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/config.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { IS_PUBLIC } from '../auth/auth.decorators.js';
import { Problem } from '../problem.js';
import {
  INVALID_LINKS_PER_IP_PER_MINUTE,
  LINK_LIMIT,
  type LinkLimit,
  RATE_LIMITS,
  type RouteLimit,
} from './rate-limit.decorator.js';
import { type LimitSpec, RateLimiterService } from './rate-limiter.service.js';

/**
 * Every public route is limited per client IP; routes may add tighter limits of their own.
 * Counters are keyed by the keyed IP hash: raw addresses are not kept even in Redis. Routes behind
 * a signed link (`@LinkRateLimit`) are counted per link when the token is valid (see LinkLimit).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiterService,
    private readonly config: AppConfig,
    private readonly cipher: PiiCipherService,
    private readonly signer: LinkSignerService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const limits = [...(this.reflector.get<RouteLimit[] | undefined>(RATE_LIMITS, ctx.getHandler()) ?? [])];
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const reply = ctx.switchToHttp().getResponse<FastifyReply>();

    const link = this.reflector.get<LinkLimit | undefined>(LINK_LIMIT, ctx.getHandler());
    if (link) {
      const subject = this.linkSubject(link.purpose, req);
      if (subject !== null) return this.countValidLink(link, subject, req);
      limits.push({ name: 'link-invalid', limit: INVALID_LINKS_PER_IP_PER_MINUTE, windowSeconds: 60 });
    }

    if (isPublic)
      limits.push({ name: 'public', limit: this.config.get('RATE_LIMIT_PUBLIC_PER_MINUTE'), windowSeconds: 60 });
    if (limits.length === 0) return true;

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

  private async countValidLink(link: LinkLimit, subject: string, req: FastifyRequest): Promise<boolean> {
    const windowMs = link.windowSeconds * 1000;
    const name = `link:${link.purpose}:${link.windowSeconds}`;
    const specs: LimitSpec[] = [
      {
        key: `${name}:subject:${createHash('sha256').update(subject).digest('base64url').slice(0, 22)}`,
        limit: link.perLink,
        windowMs,
      },
    ];
    if (link.perIp !== null)
      specs.push({ key: `${name}:ip:${this.cipher.ipHash(req.ip)}`, limit: link.perIp, windowMs });
    const { refused, results } = await this.limiter.hitAll(specs);
    if (refused >= 0) throw Problem.tooManyRequests(results[refused].retryAfterSeconds);
    return true;
  }

  /** The subject of a valid, unexpired token for `purpose` in the query or form body; else null. */
  private linkSubject(purpose: string, req: FastifyRequest): string | null {
    const query = req.query as { token?: unknown } | undefined;
    const body = req.body as { token?: unknown } | undefined;
    const token = typeof query?.token === 'string' ? query.token : body?.token;
    if (typeof token !== 'string') return null;
    try {
      return this.signer.verify(purpose, token);
    } catch {
      return null;
    }
  }
}
