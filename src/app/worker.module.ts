import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { DiscoveryModule } from '@nestjs/core';
import { JobRegistryService } from '../infra/queue/job-registry.service.js';
import { JobSchedulesService } from '../infra/queue/job-schedules.service.js';
import { queueProcessors } from '../infra/queue/queue-processors.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { AuthProcessor } from '../modules/auth/auth.processor.js';
import { StatementsModule } from '../modules/statements/statements.module.js';
import { PetitionsModule } from '../modules/petitions/petitions.module.js';
import { PetitionsProcessor } from '../modules/petitions/petitions.processor.js';
import { StatementsProcessor } from '../modules/statements/statements.processor.js';
import { MailWorkerModule } from '../modules/mail/mail-worker.module.js';
import { MailProcessor } from '../modules/mail/mail.processor.js';
import { EventsModule } from '../modules/events/events.module.js';
import { EventsProcessor } from '../modules/events/events.processor.js';
import { SupportersModule } from '../modules/supporters/supporters.module.js';
import { SupportersProcessor } from '../modules/supporters/supporters.processor.js';
import { RetentionModule } from '../modules/retention/retention.module.js';
import { RetentionProcessor } from '../modules/retention/retention.processor.js';
import { DigestsWorkerModule } from '../modules/digests/digests-worker.module.js';
import { DigestsProcessor } from '../modules/digests/digests.processor.js';
import { WebhooksWorkerModule } from '../modules/webhooks/webhooks-worker.module.js';
import { WebhooksProcessor } from '../modules/webhooks/webhooks.processor.js';

/** Job handlers of every module. Loaded only in the worker role. */
const JOB_HANDLERS = [
  AuthProcessor,
  StatementsProcessor,
  PetitionsProcessor,
  MailProcessor,
  EventsProcessor,
  SupportersProcessor,
  RetentionProcessor,
  DigestsProcessor,
  WebhooksProcessor,
];

/** The worker role: BullMQ consumers and job schedulers, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        DiscoveryModule,
        AuthModule,
        StatementsModule,
        PetitionsModule,
        MailWorkerModule,
        EventsModule,
        SupportersModule,
        RetentionModule,
        DigestsWorkerModule,
        WebhooksWorkerModule,
      ],
      providers: [JobRegistryService, JobSchedulesService, ...queueProcessors(config), ...JOB_HANDLERS],
    };
  }
}
