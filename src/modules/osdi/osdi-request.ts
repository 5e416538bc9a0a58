import { applyDecorators, Header, HttpCode } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { CampaignAccess, Public, ROLE_RANK } from '../../common/auth/auth.decorators.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, IdParam } from '../../common/validation.js';
import { Problem } from '../../common/problem.js';
import type { CampaignRole } from '../../generated/prisma/enums.js';
import type { AuthService } from '../auth/auth.service.js';
import type { CampaignsService } from '../campaigns/campaigns.service.js';
import { OsdiLinks } from './osdi-resources.js';
import { osdiHelperResult } from './osdi.schemas.js';

export const HAL = 'application/hal+json; charset=utf-8';

/** The campaign of every OSDI path. */
export const campaignIdParam = IdParam('campaignId');

/**
 * An OSDI operation: answered as HAL, documented with its summary and result schema, and, given a
 * role, open to the campaign's members of at least that role (helpers open to forms pass none).
 */
export function OsdiOperation(summary: string, result: z.ZodType, access?: CampaignRole): MethodDecorator {
  return applyDecorators(
    ...(access ? [CampaignAccess(access)] : []),
    Header('content-type', HAL),
    ApiOperation({ summary }),
    ApiResult(result),
  );
}

/**
 * A POST that acts as a public form does (sign, RSVP, sign up), answered 200 as OSDI does. Its
 * limit of 30 a minute is per action, not per route: a helper and the POST to the matching
 * collection count in one limit (`osdi-sign`, `osdi-rsvp`, `osdi-signup`). Given a role, it is for
 * the campaign's members of that role; without one it is a record_*_helper, open to forms.
 */
export function OsdiFormAction(
  limit: 'osdi-sign' | 'osdi-rsvp' | 'osdi-signup',
  summary: string,
  result: z.ZodType = osdiHelperResult,
  access?: CampaignRole,
): MethodDecorator {
  return applyDecorators(
    ...(access ? [] : [Public()]),
    RateLimit({ name: limit, limit: 30, windowSeconds: 60 }),
    HttpCode(200),
    OsdiOperation(summary, result, access),
  );
}

/** The base of every link in a response: the origin the client reached us at (through TRUST_PROXY). */
export function linksFor(req: FastifyRequest, campaignId: string): OsdiLinks {
  return new OsdiLinks(`${req.protocol}://${req.host}`, campaignId);
}

/** The full URL of this request with some query parameters replaced (null removes one). */
export function selfWith(req: FastifyRequest, changes: Record<string, string | number | null>): string {
  const url = new URL(req.url, `${req.protocol}://${req.host}`);
  url.searchParams.delete('osdi-api-token');
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) url.searchParams.delete(k);
    else url.searchParams.set(k, String(v));
  }
  return url.toString();
}

/** Owners and admins see personal data, as in the main API. */
export const seesPersonal = (role: CampaignRole): boolean => role === 'owner' || role === 'admin';

/**
 * The helpers are open to front-end forms without a token. When a token is sent it is checked
 * exactly as the global AccessGuard does (same services): a bad token is a 401, a non-member a 404.
 */
export async function optionalMember(
  req: FastifyRequest,
  campaignId: string,
  auth: AuthService,
  campaigns: CampaignsService,
  minimum: CampaignRole,
): Promise<{ organizerId: string; role: CampaignRole } | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  const who = await auth.authenticate(match[1]);
  if (!who) throw Problem.unauthorized('The token is invalid, expired or revoked.');
  const role = await campaigns.roleOf(campaignId, who.organizerId);
  if (!role) throw Problem.notFound('Campaign');
  if (ROLE_RANK[role] < ROLE_RANK[minimum]) throw Problem.forbidden(`This needs the ${minimum} role; you are ${role}.`);
  return { organizerId: who.organizerId, role };
}
