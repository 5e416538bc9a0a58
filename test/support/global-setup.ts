import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * One database and one Redis key prefix per test run, so concurrent runs (a developer's and CI's,
 * or two branches) never see each other's data. Workers inherit these variables.
 */
// Jest loads global setup/teardown as CommonJS without its module mapper: they import no project files.
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dbName = `gs_test_${runId}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  // So it runs the built migration command rather than importing the source; `npm test` builds first.
  if (!existsSync('dist/scripts/migrate.js'))
    throw new Error('dist/scripts/migrate.js is missing: run `npm run build` first (npm test does).');
  const result = spawnSync(process.execPath, ['dist/scripts/migrate.js'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrating the test database failed:\n${result.stdout}${result.stderr}`);

  Object.assign(process.env, {
    NODE_ENV: 'test',
    GS_TEST_RUN_ID: runId,
    GS_TEST_DB_NAME: dbName,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    GS_TEST_DB_ADMIN_URL: ADMIN_URL,
    REDIS_PREFIX: `gs-test-${runId}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    TOKEN_SECRET: randomBytes(48).toString('base64'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    IP_HASH_KEY: randomBytes(32).toString('base64'),
    WEBHOOK_SECRET: randomBytes(48).toString('base64'),
  });
}
