import type { Type } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { AppConfig } from '../../config/config.js';
import { JobRegistryService } from './job-registry.service.js';
import { QUEUE_CONCURRENCY_SETTINGS, QUEUE_NAMES, type QueueName } from './queue.registry.js';
import { redisRetryStrategy } from '../redis/redis.service.js';

/**
 * One BullMQ worker per queue, dispatching each job by name through the registry. Workers get
 * their own connection settings (retry forever, keep the offline queue): the queue's producer
 * connection is tuned to fail fast instead.
 */
function processorFor(queue: QueueName, config: AppConfig): Type<WorkerHost> {
  @Processor(queue, {
    concurrency: config.get(QUEUE_CONCURRENCY_SETTINGS[queue] ?? 'QUEUE_CONCURRENCY'),
    connection: { url: config.get('REDIS_URL'), maxRetriesPerRequest: null, retryStrategy: redisRetryStrategy },
  })
  class QueueProcessor extends WorkerHost {
    constructor(private readonly registry: JobRegistryService) {
      super();
    }

    process(job: Job): Promise<unknown> {
      return this.registry.dispatch(queue, job);
    }

    /**
     * Let running jobs finish before the pools they use close. @nestjs/bullmq closes workers in
     * onApplicationShutdown, after every onModuleDestroy, PrismaService's (which ends the pool)
     * included: a job still running then failed with "Cannot use a pool after calling end on the
     * pool". This module is destroyed before the global PrismaModule and RedisModule; closing twice is a no-op.
     */
    async onModuleDestroy(): Promise<void> {
      await this.worker.close();
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue[0].toUpperCase()}${queue.slice(1)}QueueProcessor` });
  return QueueProcessor;
}

export const queueProcessors = (config: AppConfig): Type<WorkerHost>[] =>
  QUEUE_NAMES.map((q) => processorFor(q, config));
