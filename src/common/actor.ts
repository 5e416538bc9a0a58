import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { CampaignRole } from '../generated/prisma/enums.js';

/**
 * The organizer a service acts for. `role` is their role in the route's campaign, set on
 * campaign-scoped routes (services use it to decide what personal data the caller may see).
 */
export interface Actor {
  organizerId: string;
  role?: CampaignRole;
}

/** Scheduled work (a statement published on time, a scheduled broadcast): acts with an owner's rights. */
export interface SystemActor {
  organizerId: null;
  role: 'owner';
}
export const SYSTEM_ACTOR: SystemActor = { organizerId: null, role: 'owner' };

/** For services that act for an organizer or, from a schedule, for the system. */
export type AnyActor = Actor | SystemActor;

/** Who an audit row names: pass the service's actor as is, or a supporter acting on their own data. */
export type AuditActor = AnyActor | { kind: 'supporter'; supporterId?: string };

/** The signed-in organizer as an `Actor`; only on routes that require authentication. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const auth = ctx.switchToHttp().getRequest<FastifyRequest>().auth;
  if (!auth) throw new Error('@CurrentActor() used on a route without authentication');
  return auth.campaign
    ? { organizerId: auth.organizerId, role: auth.campaign.role }
    : { organizerId: auth.organizerId };
});
