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
