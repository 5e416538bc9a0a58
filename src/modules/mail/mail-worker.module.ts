import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { SmtpHealth } from '../../infra/mail/smtp-health.js';
import { MailRelay } from './mail-relay.service.js';
import { MailSender } from './mail-sender.service.js';
import { MailModule } from './mail.module.js';
import { WorkerLiveness } from './worker-liveness.js';

/** Only the worker sends mail, so only the worker probes SMTP (logged on change, and in the metrics). */
@Injectable()
class SmtpMonitor implements OnApplicationBootstrap {
  constructor(private readonly health: SmtpHealth) {}

  onApplicationBootstrap(): void {
    this.health.start();
  }
}

/** Worker-only mail services (sending, relaying, sweeping). Never loaded by the API role. */
@Module({
  imports: [MailModule],
  providers: [WorkerLiveness, MailSender, MailRelay, SmtpMonitor],
  exports: [MailSender, MailRelay, MailModule],
})
export class MailWorkerModule {}
