import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { AuthService } from './auth.service.js';

@Injectable()
export class AuthProcessor {
  private readonly log = new Logger('auth');

  constructor(private readonly auth: AuthService) {}

  @JobHandler('maintenance.purge-expired-auth')
  async purgeExpired(): Promise<void> {
    const purged = await this.auth.purgeExpired();
    this.log.log(`purged ${purged.sessions} sessions and ${purged.tokens} API tokens past retention`);
  }
}
