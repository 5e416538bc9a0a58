import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/config.js';

export function redisRetryStrategy(times: number): number {
  return Math.min(1000 * 2 ** Math.min(times, 5), 20_000);
}

/**
 * The process's general-purpose Redis client (rate limits, caches), every key under
 * `${REDIS_PREFIX}:`. Commands fail fast while Redis is unreachable instead of queueing in memory,
 * so a request never hangs on a dead Redis.
 */
@Injectable()
export class RedisService extends Redis implements OnModuleDestroy {
  private readonly log = new Logger('redis');

  constructor(config: AppConfig) {
    super(config.get('REDIS_URL'), {
      keyPrefix: `${config.get('REDIS_PREFIX')}:`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: redisRetryStrategy,
      lazyConnect: false,
    });
    this.on('error', (err: Error) => this.log.warn(`redis: ${err.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.quit().catch(() => this.disconnect());
  }

  /** Fails the boot unless Redis keeps every key until it is deleted (BullMQ requires it). */
  async assertNoEviction(): Promise<void> {
    if (this.status !== 'ready')
      await new Promise((resolve, reject) => {
        this.once('ready', resolve);
        this.once('end', () => reject(new Error('Redis connection ended before it was ready')));
        setTimeout(() => reject(new Error(`Redis at REDIS_URL did not answer within 10 s`)), 10_000).unref();
      });
    const info = await this.info('memory');
    const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
    if (policy !== 'noeviction') {
      throw new Error(
        `Redis maxmemory-policy is "${policy}"; Groundswell needs "noeviction" or queued jobs and rate limits can be evicted silently. ` +
          'Set `maxmemory-policy noeviction` in redis.conf.',
      );
    }
  }
}
