import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueService } from './queue.service.js';
import { queueOf, SCHEDULES } from './queue.registry.js';

/** Worker role: makes sure every recurring job has its BullMQ job scheduler (idempotent upsert). */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap {
  private readonly log = new Logger('jobs');

  constructor(private readonly queues: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.queues
        .queue(queueOf(s.job))
        .upsertJobScheduler(s.job, s.every ? { every: s.every } : { pattern: s.pattern, tz: s.tz }, { name: s.job, data: {} });
    }
    this.log.log(`${SCHEDULES.length} job schedulers upserted`);
  }
}
