import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CampaignRole } from '../../generated/prisma/enums.js';

export const IS_PUBLIC = 'groundswell:public';
export const CAMPAIGN_ROLE = 'groundswell:campaign-role';

/** Opens a route to anyone. Every other route requires a session or API token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

export const ROLE_RANK: Record<CampaignRole, number> = { viewer: 1, organizer: 2, admin: 3, owner: 4 };

/** Owners and admins see supporters' personal data (names, addresses); organizers and viewers do not. */
export const seesPersonalData = (role: CampaignRole | undefined): boolean =>
  ROLE_RANK[role ?? 'viewer'] >= ROLE_RANK.admin;

/**
 * The route is scoped to the campaign in its `:campaignId` parameter and needs at least this role.
 * Non-members get 404, so nobody can probe which campaigns exist.
 */
export const CampaignAccess = (minimum: CampaignRole): MethodDecorator =>
  applyDecorators(
    SetMetadata(CAMPAIGN_ROLE, minimum),
    ApiBearerAuth(),
    ApiCookieAuth('session'),
    ApiResponse({ status: 404, description: 'No such campaign, or you are not a member of it.' }),
    ApiResponse({ status: 403, description: `Requires the ${minimum} role or higher.` }),
  );

export const SESSION_ONLY = 'groundswell:session-only';

/**
 * Managing one's own credentials (tokens, sessions, password, two-factor) needs a signed-in
 * session: an API token, which may leak from an integration, cannot mint or revoke credentials.
 */
export const SessionOnly = (): MethodDecorator =>
  applyDecorators(
    SetMetadata(SESSION_ONLY, true),
    ApiResponse({ status: 403, description: 'Needs a signed-in session; API tokens cannot manage credentials.' }),
  );

/** Any signed-in organizer, not tied to a campaign: a bearer token, or the console's session cookie. */
export const Authenticated = (): MethodDecorator => applyDecorators(ApiBearerAuth(), ApiCookieAuth('session'));

export interface AuthContext {
  organizerId: string;
  via: 'session' | 'api-token';
  /** How the credential arrived: cookie-authenticated writes must carry the CSRF header. */
  transport?: 'bearer' | 'cookie';
  sessionId?: string;
  /** Whether the organizer has two-factor authentication on (campaigns may require it). */
  twoFactor?: boolean;
  /** Present when an API token authenticated the request: what it may do, and where. */
  token?: { id: string; access: 'read' | 'write'; campaignId: string | null };
  /** Set on campaign-scoped routes once the guard has checked membership. */
  campaign?: { id: string; role: CampaignRole };
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = ctx.switchToHttp().getRequest<FastifyRequest>().auth;
  if (!auth) throw new Error('@Auth() used on a route without authentication');
  return auth;
});

/** The client address as resolved through TRUST_PROXY. */
export const ClientIp = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string => ctx.switchToHttp().getRequest<FastifyRequest>().ip,
);
