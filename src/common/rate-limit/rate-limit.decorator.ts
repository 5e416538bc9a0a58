import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

export interface RouteLimit {
  /** Distinguishes this limit's counters from other routes'. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export const RATE_LIMITS = 'groundswell:rate-limits';

/** Per-client-IP limits for a route, on top of the default limit every public route has. */
export const RateLimit = (...limits: RouteLimit[]): MethodDecorator =>
  applyDecorators(
    SetMetadata(RATE_LIMITS, limits),
    ApiResponse({ status: 429, description: 'Rate limited; see Retry-After.' }),
  );

/**
 * Limits of a route behind a signed link in an email (`?token=`, or `token` in a form body).
 * A request with a valid token for `purpose` is counted per link (the token's subject), under a
 * generous ceiling per client IP, and not in the default public per-IP limit: a campus network or
 * a mail provider's few servers act for many people at once. A missing, forged or expired token is
 * counted per IP in a tight window shared by every link route, so guessing stays expensive.
 */
export interface LinkLimit {
  /** The LinkSignerService purpose the token must have. */
  purpose: string;
  /** Requests one link may make per window. */
  perLink: number;
  /** Ceiling per client IP for valid links; null for none (RFC 8058 one-click unsubscribe). */
  perIp: number | null;
  windowSeconds: number;
}

export const LINK_LIMIT = 'groundswell:link-limit';
/** Requests with a missing or invalid link token one client IP may make per minute, across link routes. */
export const INVALID_LINKS_PER_IP_PER_MINUTE = 30;

export const LinkRateLimit = (limit: LinkLimit): MethodDecorator =>
  applyDecorators(
    SetMetadata(LINK_LIMIT, limit),
    ApiResponse({ status: 429, description: 'Rate limited; see Retry-After.' }),
  );
