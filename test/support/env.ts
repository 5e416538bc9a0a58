/** Connection defaults for tests that manage databases of their own (not the per-run one). */
export const TEST_DB_ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrlFor(name: string): string {
  const url = new URL(TEST_DB_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
