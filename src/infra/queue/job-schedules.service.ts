import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { QueueService } from './queue.service.js';
import { queueOf, SCHEDULES } from './queue.registry.js';

/** How often a running worker re-declares the schedulers, in case Redis lost them. */
const REFRESH_MS = 60_000;

/**
 * Worker role: makes sure every recurring job has its BullMQ job scheduler. Schedulers live in
 * Redis, so a Redis restarted without persistence forgets them; upserting is idempotent, so each
 * worker simply declares them again every minute.
 */
@Injectable()
export class JobSchedulesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('jobs');
  private timer?: NodeJS.Timeout;

  constructor(private readonly queues: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsertAll();
    this.log.log(`${SCHEDULES.length} job schedulers upserted`);
    this.timer = setInterval(() => {
      this.upsertAll().catch((err: Error) => this.log.warn(`could not refresh job schedulers: ${err.message}`));
    }, REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsertAll(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.queues
        .queue(queueOf(s.job))
        .upsertJobScheduler(s.job, s.every ? { every: s.every } : { pattern: s.pattern, tz: s.tz }, {
          name: s.job,
          data: {},
        });
    }
  }
}
