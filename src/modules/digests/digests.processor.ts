import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { type CampaignRunResult, DIGEST_TICK_MS, DigestRunnerService } from './digest-runner.service.js';
import { DigestReconcilerService } from './digest-reconciler.service.js';

/**
 * Digest jobs. `at` in the job data is the scheduler clock of a pass; the scheduler's own ticks
 * carry none and use the time they run (a tick delayed by downtime runs late, for the current
 * period only).
 */
@Injectable()
export class DigestsProcessor implements OnApplicationBootstrap {
  private readonly log = new Logger('digests');

  constructor(
    private readonly runner: DigestRunnerService,
    private readonly reconciler: DigestReconcilerService,
    private readonly queues: QueueService,
  ) {}

  /**
   * A worker that starts catches up at once (the current period only) instead of waiting for the
   * next quarter hour: after Redis lost the scheduler's next job, say. One job per slot however
   * many workers boot together.
   */
  async onApplicationBootstrap(): Promise<void> {
    const slot = Math.floor(Date.now() / DIGEST_TICK_MS) * DIGEST_TICK_MS;
    await this.queues
      .add('digests.tick', {}, { jobId: `digests-tick.boot.${slot}`, removeOnComplete: true })
      .catch((err: Error) => this.log.warn(`boot tick not enqueued: ${err.message}`));
  }

  @JobHandler('digests.tick')
  tick(data: { at?: string }): Promise<number> {
    return this.runner.tick(data?.at ? new Date(data.at) : new Date());
  }

  @JobHandler('digests.campaign')
  campaign(data: { campaignId: string; at: string; trigger?: string }): Promise<CampaignRunResult> {
    return this.runner.runCampaign(data.campaignId, new Date(data.at), data.trigger ?? 'schedule');
  }

  @JobHandler('digests.reconcile')
  reconcile(): Promise<number> {
    return this.reconciler.reconcile();
  }

  @JobHandler('digests.purge')
  purge(): Promise<number> {
    return this.reconciler.purge();
  }
}
