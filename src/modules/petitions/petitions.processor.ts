import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { PetitionCountsService } from './petition-counts.service.js';
import { SignaturesService } from './signatures.service.js';

/** Petition jobs (worker role only). */
@Injectable()
export class PetitionsProcessor {
  private readonly log = new Logger('petitions');

  constructor(
    private readonly counts: PetitionCountsService,
    private readonly signatures: SignaturesService,
  ) {}

  /** Every second (a BullMQ job scheduler, so once per tick across all workers): see PetitionCountsService. */
  @JobHandler('petitions.aggregate-counts')
  async aggregateCounts() {
    const result = await this.counts.aggregate();
    for (const c of result.crossings)
      this.log.log(`petition ${c.petitionId} crossed ${c.threshold} signatures (count ${c.count}): milestone recorded`);
    return { petitions: result.petitions, deltas: result.deltas };
  }

  @JobHandler('petitions.purge-pending')
  async purgePending() {
    const purged = await this.signatures.purgeExpiredPending();
    if (purged > 0) this.log.log(`deleted ${purged} unconfirmed signatures past the confirmation window`);
    return { purged };
  }
}
