import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { ApiModule } from './api.module.js';
import { CoreModule } from './core.module.js';
import { WorkerModule } from './worker.module.js';

export type Role = 'all' | 'api' | 'worker';

/** Root module for a role: the default `all` runs API and worker in one process. */
@Module({})
export class AppModule {
  static forRole(role: Role, config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        ...(role === 'worker' ? [] : [ApiModule]),
        ...(role === 'api' ? [] : [WorkerModule.forRoot(config)]),
      ],
    };
  }
}
