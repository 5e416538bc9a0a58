import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule } from '../src/app/core.module.js';
import { type AppConfig, ConfigError, loadConfig } from '../src/config/config.js';

/** Runs a command-line task inside the app's services (never writing tables behind their back). */
export async function runWithServices(
  task: (app: INestApplicationContext, config: AppConfig) => Promise<void>,
): Promise<void> {
  let app: INestApplicationContext | undefined;
  try {
    const config = loadConfig(process.env, { notice: (m) => console.warn(m) });
    app = await NestFactory.createApplicationContext(CoreModule.forRoot(config), {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    await task(app, config);
  } catch (err) {
    console.error(
      err instanceof ConfigError ? err.message : err instanceof Error ? `${err.name}: ${err.message}` : err,
    );
    process.exitCode = 1;
  } finally {
    await app?.close();
  }
}
