import { type DynamicModule, Module } from '@nestjs/common';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import type { AppConfig } from '../config/config.js';
import { ConfigModule } from '../config/config.module.js';
import { CryptoModule } from '../infra/crypto/crypto.module.js';
import { LoggingModule } from '../infra/logging/logging.module.js';
import { MetricsModule } from '../infra/metrics/metrics.module.js';
import { MailTransportModule } from '../infra/mail/mail-transport.module.js';
import { PrismaModule } from '../infra/prisma/prisma.module.js';
import { QueueModule } from '../infra/queue/queue.module.js';
import { RedisModule } from '../infra/redis/redis.module.js';
import { AuditModule } from '../modules/audit/audit.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';
import { MailModule } from '../modules/mail/mail.module.js';
import { EventsModule } from '../modules/events/events.module.js';
import { MilestonesModule } from '../modules/milestones/milestones.module.js';
import { PetitionsModule } from '../modules/petitions/petitions.module.js';
import { StatementsModule } from '../modules/statements/statements.module.js';
import { SupportersModule } from '../modules/supporters/supporters.module.js';
import { DigestsModule } from '../modules/digests/digests.module.js';
import { RetentionModule } from '../modules/retention/retention.module.js';
import { DashboardModule } from '../modules/dashboard/dashboard.module.js';
import { OsdiModule } from '../modules/osdi/osdi.module.js';
import { WebhooksModule } from '../modules/webhooks/webhooks.module.js';
import { MailBindingsModule } from './mail-bindings.module.js';
import { WebhookBindingsModule } from './webhook-bindings.module.js';

/** Infrastructure and domain modules shared by both roles. Neither controllers nor processors are role-specific here. */
const DOMAIN_MODULES = [
  AuditModule,
  AuthModule,
  CampaignsModule,
  MailModule,
  MailBindingsModule,
  SupportersModule,
  StatementsModule,
  MilestonesModule,
  PetitionsModule,
  EventsModule,
  DigestsModule,
  RetentionModule,
  DashboardModule,
  OsdiModule,
  WebhooksModule,
  WebhookBindingsModule,
];

@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        MetricsModule,
        PrismaModule,
        RedisModule,
        QueueModule,
        MailTransportModule,
        RateLimitModule,
        CryptoModule,
        ...DOMAIN_MODULES,
      ],
      exports: DOMAIN_MODULES,
    };
  }
}
