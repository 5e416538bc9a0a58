import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule } from '../../src/app/core.module.js';
import { loadConfig } from '../../src/config/config.js';

/**
 * The application's services in the orchestrator process, for setting up benchmark data the way the
 * product does (organizer, campaign, petition through their services). Closed before any load runs.
 */
export async function withServices<T>(
  env: Record<string, string>,
  task: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_AUTO_MIGRATE: 'false',
    ...env,
  });
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    return await task(app);
  } finally {
    await app.close();
  }
}
