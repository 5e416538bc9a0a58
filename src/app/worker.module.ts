import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { DiscoveryModule } from '@nestjs/core';
import { JobRegistry } from '../infra/queue/job-registry.service.js';
import { JobSchedules } from '../infra/queue/job-schedules.service.js';
import { queueProcessors } from '../infra/queue/queue-processors.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { AuthProcessor } from '../modules/auth/auth.processor.js';

/** Job handlers of every module. Loaded only in the worker role. */
const JOB_HANDLERS = [AuthProcessor];

/** The worker role: BullMQ consumers and job schedulers, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DiscoveryModule, AuthModule],
      providers: [JobRegistry, JobSchedules, ...queueProcessors(config), ...JOB_HANDLERS],
    };
  }
}
