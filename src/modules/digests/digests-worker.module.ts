import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { DigestReconcilerService } from './digest-reconciler.service.js';
import { DigestRunnerService } from './digest-runner.service.js';
import { DigestsModule } from './digests.module.js';

/** Worker-only digest services: the scheduler and the reconciler. Never loaded by the API role. */
@Module({
  imports: [DigestsModule, CampaignsModule, MailModule, SupportersModule],
  providers: [DigestRunnerService, DigestReconcilerService],
  exports: [DigestRunnerService, DigestReconcilerService, DigestsModule],
})
export class DigestsWorkerModule {}
