import { Injectable } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { SupporterPrivacyService } from './supporter-privacy.service.js';

/** Retention jobs (worker role only), scheduled hourly in queue.registry.ts. */
@Injectable()
export class SupportersProcessor {
  constructor(private readonly privacy: SupporterPrivacyService) {}

  /** Deletes signups never confirmed within SUPPORTERS_PENDING_DAYS. */
  @JobHandler('supporters.purge-unconfirmed')
  async purgeUnconfirmed(): Promise<{ purged: number }> {
    return { purged: await this.privacy.purgeUnconfirmed() };
  }

  /** Deletes keyed IP hashes older than SUPPORTERS_IP_HASH_DAYS (30). */
  @JobHandler('supporters.expire-ip-hashes')
  async expireIpHashes(): Promise<{ cleared: number }> {
    return { cleared: await this.privacy.expireIpHashes() };
  }
}
