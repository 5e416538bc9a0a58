import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { RateLimitGuard } from '../common/rate-limit/rate-limit.guard.js';
import { ResponseSchemaInterceptor } from '../common/validation.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { AuthMembershipsModule } from '../modules/auth/auth-memberships.module.js';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';
import { HealthModule } from '../modules/health/health.module.js';
import { WebProblemFilter } from '../web/web-problem.filter.js';
import { WebModule } from '../web/web.module.js';
import { AccessGuard } from './access.guard.js';

/** The HTTP role. Registers no queue processors, so an API process never consumes jobs. */
@Module({
  imports: [HealthModule, AuthModule, CampaignsModule, AuthMembershipsModule, WebModule],
  providers: [
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    // Problem+json for API clients, the HTML error page for browsers (src/web/answer.ts has the rule).
    { provide: APP_FILTER, useClass: WebProblemFilter },
    { provide: APP_INTERCEPTOR, useClass: ResponseSchemaInterceptor },
  ],
})
export class ApiModule {}
