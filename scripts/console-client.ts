import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHttpApp, openApiDocument } from '../src/app/bootstrap.js';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { CONSOLE_SCHEMA_PATH, consoleClientSource } from './console-client-source.js';

/**
 * Writes the console's API types from the document the API serves at /openapi.json, built by
 * booting the HTTP app in this process (no port opened). `--check` only compares, exiting 1 on drift.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env, APP_ROLE: 'api' });
  const app = await createHttpApp(config, 'api');
  try {
    const source = await consoleClientSource(openApiDocument(app));
    const current = (() => {
      try {
        return readFileSync(CONSOLE_SCHEMA_PATH, 'utf8');
      } catch {
        return '';
      }
    })();
    if (check) {
      if (current !== source) {
        console.error(`${CONSOLE_SCHEMA_PATH} is out of date: run npm run console:client`);
        process.exitCode = 1;
      } else console.log(`${CONSOLE_SCHEMA_PATH} matches the API`);
    } else if (current === source) {
      console.log(`${CONSOLE_SCHEMA_PATH} unchanged`);
    } else {
      writeFileSync(CONSOLE_SCHEMA_PATH, source);
      console.log(`wrote ${CONSOLE_SCHEMA_PATH}`);
    }
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
