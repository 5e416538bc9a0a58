import { Injectable } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { CampaignShutdownService } from './campaign-shutdown.service.js';
import { RetentionService } from './retention.service.js';

/** Retention jobs (worker role only), scheduled in queue.registry.ts. */
@Injectable()
export class RetentionProcessor {
  constructor(
    private readonly retention: RetentionService,
    private readonly shutdowns: CampaignShutdownService,
  ) {}

  /** Every campaign's retention rules, once a day. */
  @JobHandler('retention.daily')
  async daily() {
    return this.retention.runAll();
  }

  /** The delayed job of one scheduled shutdown; a no-op once cancelled. */
  @JobHandler('retention.shutdown')
  async shutdown(data: { shutdownId: string }): Promise<boolean> {
    return this.shutdowns.run(data.shutdownId);
  }

  /** Catches shutdowns whose delayed job was lost. */
  @JobHandler('retention.shutdowns-due')
  async shutdownsDue(): Promise<number> {
    return this.shutdowns.runDue();
  }
}
