import { type DynamicModule, Module } from '@nestjs/common';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import type { AppConfig } from '../config/config.js';
import { ConfigModule } from '../config/config.module.js';
import { CryptoModule } from '../infra/crypto/crypto.module.js';
import { LoggingModule } from '../infra/logging/logging.module.js';
import { MailTransportModule } from '../infra/mail/mail-transport.module.js';
import { PrismaModule } from '../infra/prisma/prisma.module.js';
import { QueueModule } from '../infra/queue/queue.module.js';
import { RedisModule } from '../infra/redis/redis.module.js';
import { AuditModule } from '../modules/audit/audit.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { CampaignsModule } from '../modules/campaigns/campaigns.module.js';

/** Infrastructure and domain modules shared by both roles. Neither controllers nor processors are role-specific here. */
const DOMAIN_MODULES = [AuditModule, AuthModule, CampaignsModule];

@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
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
