import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { StatementsService } from './statements.service.js';

/**
 * Worker side of scheduled publishing. Two independent paths lead to the same idempotent
 * publishScheduled(): the delayed job of the current schedule version, and a sweep (every minute,
 * and once when a worker starts) for schedules whose job was lost. See docs/decisions/scheduled-publishing.md.
 */
@Injectable()
export class StatementsProcessor implements OnApplicationBootstrap {
  private readonly log = new Logger('statements');

  constructor(
    private readonly statements: StatementsService,
    private readonly queues: QueueService,
  ) {}

  /** A worker that starts catches up at once instead of waiting for the next sweep tick. */
  async onApplicationBootstrap(): Promise<void> {
    const bucket = Math.floor(Date.now() / 10_000);
    await this.queues
      .add('statements.publish-due', {}, { jobId: `statements-publish-due.boot.${bucket}`, removeOnComplete: true })
      .catch((err: Error) => this.log.warn(`boot sweep not enqueued: ${err.message}`));
  }

  @JobHandler('statements.publish-scheduled')
  async publishScheduled(data: { statementId: string; version: number }): Promise<string> {
    const outcome = await this.statements.publishScheduled(data.statementId, data.version);
    // Fired early (a worker clock behind the producer's): fail so BullMQ retries with backoff; the sweep is the backstop.
    if (outcome === 'not-due')
      throw new Error(`statement ${data.statementId} v${data.version}: job fired before its time`);
    return outcome;
  }

  @JobHandler('statements.publish-due')
  async publishDue(): Promise<number> {
    return this.statements.publishDue();
  }
}
