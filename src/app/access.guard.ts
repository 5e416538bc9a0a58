import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { CAMPAIGN_ROLE, IS_PUBLIC, ROLE_RANK, SESSION_ONLY } from '../common/auth/auth.decorators.js';
import { UUID_RE } from '../common/ids.js';
import { Problem } from '../common/problem.js';
import type { CampaignRole } from '../generated/prisma/enums.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { csrfProblem, SessionCookiesService } from '../modules/auth/session-cookies.service.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Deny by default: a route is open only when marked @Public(). Campaign-scoped routes also check
 * the caller's membership; a non-member gets the same 404 as for a campaign that does not exist.
 * Lives in the composition root because it joins two modules (auth and campaigns).
 *
 * Credentials: `Authorization: Bearer` wins when present (a bad one is a 401, never a fall-back to
 * the cookie); otherwise the console's `gs_session` cookie, whose writes must carry X-CSRF-Token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly cookies: SessionCookiesService,
    private readonly campaigns: CampaignsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx.switchToHttp().getRequest<FastifyRequest<{ Params: Record<string, string> }>>();

    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const cookie = header ? undefined : this.cookies.read(req);
    const auth = match
      ? await this.auth.authenticate(match[1])
      : cookie
        ? await this.auth.authenticate(cookie, { sessionsOnly: true })
        : null;
    if (!auth)
      throw Problem.unauthorized(
        match
          ? 'The token is invalid, expired or revoked.'
          : cookie
            ? 'The session has expired or was revoked; sign in again.'
            : 'Send an Authorization: Bearer token, or sign in to the console.',
      );
    auth.transport = match ? 'bearer' : 'cookie';
    if (auth.transport === 'cookie' && !SAFE_METHODS.has(req.method)) {
      if (!this.cookies.csrfMatches(auth.sessionId!, req.headers['x-csrf-token'])) throw csrfProblem();
    }
    req.auth = auth;

    if (auth.via !== 'session' && this.reflector.get<boolean>(SESSION_ONLY, ctx.getHandler()))
      throw Problem.forbidden('Sign in for this: API tokens cannot manage credentials.');
    // A token's scope is enforced like a role: read-only tokens cannot write anywhere.
    if (auth.token?.access === 'read' && !SAFE_METHODS.has(req.method))
      throw Problem.forbidden('This API token is read-only.');

    const minimum = this.reflector.get<CampaignRole | undefined>(CAMPAIGN_ROLE, ctx.getHandler());
    if (!minimum) {
      // A campaign-scoped token reaches its campaign's routes and who it belongs to, nothing else
      // (the campaign list would name the organizer's other campaigns).
      if (auth.token?.campaignId && !(req.method === 'GET' && req.routeOptions.url === '/auth/me'))
        throw Problem.forbidden('This API token is limited to one campaign; use its /campaigns/{campaignId} routes.');
      return true;
    }
    const campaignId = req.params.campaignId;
    const inScope = !auth.token?.campaignId || auth.token.campaignId === campaignId;
    const access =
      inScope && campaignId && UUID_RE.test(campaignId)
        ? await this.campaigns.accessOf(campaignId, auth.organizerId)
        : null;
    if (!access) throw Problem.notFound('Campaign');
    const role = access.role;
    if (access.requireTwoFactor && !auth.twoFactor)
      throw new Problem(
        403,
        'two-factor-required',
        'Forbidden',
        'This campaign requires two-factor authentication: turn it on (POST /auth/two-factor) before using the campaign.',
      );
    if (ROLE_RANK[role] < ROLE_RANK[minimum])
      throw Problem.forbidden(`This needs the ${minimum} role; you are ${role}.`);
    auth.campaign = { id: campaignId, role };
    return true;
  }
}
