import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { type JobName, type JobPayloads, QUEUE_NAMES, type QueueName, queueOf } from './queue.registry.js';

/** Producer side: puts a registered job on its queue. */
@Injectable()
export class QueueService {
  constructor(private readonly moduleRef: ModuleRef) {}

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  all(): Queue[] {
    return QUEUE_NAMES.map((q) => this.queue(q));
  }

  /** `jobId` should come from the business event so a repeated enqueue is a no-op. */
  add<J extends JobName>(job: J, data: JobPayloads[J], opts: JobsOptions & { jobId: string }) {
    return this.queue(queueOf(job)).add(job, data, opts);
  }

  addBulk<J extends JobName>(job: J, items: { data: JobPayloads[J]; opts: JobsOptions & { jobId: string } }[]) {
    return this.queue(queueOf(job)).addBulk(items.map((i) => ({ name: job, data: i.data, opts: i.opts })));
  }
}
