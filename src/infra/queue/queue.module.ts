import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AppConfig } from '../../config/config.js';
import { redisRetryStrategy } from '../redis/redis.service.js';
import { QUEUE_NAMES } from './queue.registry.js';
import { QueueService } from './queue.service.js';

/**
 * BullMQ wiring, shared by both roles (producers); consumers live in the worker module only.
 * Connections follow BullMQ's production guide: workers retry forever (maxRetriesPerRequest null)
 * and reconnect with backoff; producers fail fast (no offline queue) so a caller learns at once
 * that Redis is down and the outbox keeps the work instead.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.get('REDIS_URL'), maxRetriesPerRequest: null, retryStrategy: redisRetryStrategy },
        prefix: `${config.get('REDIS_PREFIX')}:q`,
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 24 * 3600, count: 10_000 },
          removeOnFail: { age: 14 * 24 * 3600 },
        },
      }),
    }),
    ...QUEUE_NAMES.map((name) =>
      BullModule.registerQueueAsync({
        name,
        inject: [AppConfig],
        useFactory: (config: AppConfig) => ({
          connection: {
            url: config.get('REDIS_URL'),
            enableOfflineQueue: false,
            maxRetriesPerRequest: 1,
            retryStrategy: redisRetryStrategy,
          },
        }),
      }),
    ),
  ],
  providers: [QueueService],
  exports: [BullModule, QueueService],
})
export class QueueModule {}
