import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { CAMPAIGN_ROLE, IS_PUBLIC, ROLE_RANK } from '../common/auth/auth.decorators.js';
import { UUID_RE } from '../common/ids.js';
import { Problem } from '../common/problem.js';
import type { CampaignRole } from '../generated/prisma/enums.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';

/**
 * Deny by default: a route is open only when marked @Public(). Campaign-scoped routes also check
 * the caller's membership; a non-member gets the same 404 as for a campaign that does not exist.
 * Lives in the composition root because it joins two modules (auth and campaigns).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly campaigns: CampaignsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx.switchToHttp().getRequest<FastifyRequest<{ Params: Record<string, string> }>>();

    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const auth = match ? await this.auth.authenticate(match[1]) : null;
    if (!auth)
      throw Problem.unauthorized(
        match ? 'The token is invalid, expired or revoked.' : 'Send an Authorization: Bearer token.',
      );
    req.auth = auth;

    const minimum = this.reflector.get<CampaignRole | undefined>(CAMPAIGN_ROLE, ctx.getHandler());
    if (!minimum) return true;
    const campaignId = req.params.campaignId;
    const role =
      campaignId && UUID_RE.test(campaignId) ? await this.campaigns.roleOf(campaignId, auth.organizerId) : null;
    if (!role) throw Problem.notFound('Campaign');
    if (ROLE_RANK[role] < ROLE_RANK[minimum])
      throw Problem.forbidden(`This needs the ${minimum} role; you are ${role}.`);
    auth.campaign = { id: campaignId, role };
    return true;
  }
}
