import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { SmtpHealthService } from '../../infra/mail/smtp-health.service.js';
import { MailRelayService } from './mail-relay.service.js';
import { MailSenderService } from './mail-sender.service.js';
import { MailModule } from './mail.module.js';
import { WorkerLivenessService } from './worker-liveness.service.js';

/** Only the worker sends mail, so only the worker probes SMTP (logged on change, and in the metrics). */
@Injectable()
class SmtpMonitor implements OnApplicationBootstrap {
  constructor(private readonly health: SmtpHealthService) {}

  onApplicationBootstrap(): void {
    this.health.start();
  }
}

/** Worker-only mail services (sending, relaying, sweeping). Never loaded by the API role. */
@Module({
  imports: [MailModule],
  providers: [WorkerLivenessService, MailSenderService, MailRelayService, SmtpMonitor],
  exports: [MailSenderService, MailRelayService, MailModule],
})
export class MailWorkerModule {}
