import { Module } from '@nestjs/common';
import { MailRelay } from './mail-relay.service.js';
import { MailSender } from './mail-sender.service.js';
import { MailModule } from './mail.module.js';
import { WorkerLiveness } from './worker-liveness.js';

/** Worker-only mail services (sending, relaying, sweeping). Never loaded by the API role. */
@Module({
  imports: [MailModule],
  providers: [WorkerLiveness, MailSender, MailRelay],
  exports: [MailSender, MailRelay, MailModule],
})
export class MailWorkerModule {}
