import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { migrate } from '../../src/infra/prisma/migrator.js';

/**
 * A throwaway database (migrated) and Redis key prefix for one benchmark run, so a benchmark never
 * touches a developer's data and two runs never see each other's rows or rate-limit counters.
 */
export interface Scratch {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Secrets for the server under test; benchmarks that check stored data derive blind indexes from them. */
  secrets: Record<
    'TOKEN_SECRET' | 'DATA_ENCRYPTION_KEY' | 'BLIND_INDEX_KEY' | 'IP_HASH_KEY' | 'WEBHOOK_SECRET',
    string
  >;
  cleanup(): Promise<void>;
}

export async function createScratch(tag: string): Promise<Scratch> {
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const name = `gs_bench_${tag}_${id}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await migrate({ databaseUrl });
  const redisPrefix = `gs-bench-${tag}-${id}`;
  const secrets = {
    TOKEN_SECRET: randomBytes(48).toString('base64'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    IP_HASH_KEY: randomBytes(32).toString('base64'),
    WEBHOOK_SECRET: randomBytes(48).toString('base64'),
  };
  return {
    databaseUrl,
    redisUrl,
    redisPrefix,
    secrets,
    async cleanup() {
      if (process.env.BENCH_KEEP_DB !== '1') {
        const maintenance = new URL(serverUrl);
        maintenance.pathname = '/postgres';
        const admin = new pg.Client({ connectionString: maintenance.toString() });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
      const redis = new Redis(redisUrl);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
    },
  };
}
