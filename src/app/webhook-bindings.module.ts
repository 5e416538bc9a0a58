import { Global, Module } from '@nestjs/common';
import { EventsModule } from '../modules/events/events.module.js';
import { MailModule } from '../modules/mail/mail.module.js';
import { MilestonesModule } from '../modules/milestones/milestones.module.js';
import { PetitionsModule } from '../modules/petitions/petitions.module.js';
import { SupportersModule } from '../modules/supporters/supporters.module.js';
import { WebhookSources } from '../modules/webhooks/webhook-sources.js';
import { OsdiWebhookSourcesService } from './osdi-webhook-sources.service.js';

/** Binds what the webhooks module asks for (payload resources) to the domain modules, like mail's bindings. */
@Global()
@Module({
  imports: [SupportersModule, PetitionsModule, EventsModule, MilestonesModule, MailModule],
  providers: [{ provide: WebhookSources, useClass: OsdiWebhookSourcesService }],
  exports: [WebhookSources],
})
export class WebhookBindingsModule {}
