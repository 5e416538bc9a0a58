import { Module, type OnModuleInit } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MailService } from '../mail/mail.service.js';
import { SupportersModule } from '../supporters/supporters.module.js';
import { EventCalendarService } from './event-calendar.service.js';
import { EVENT_TEMPLATES } from './event-mail.templates.js';
import { EventNotifierService } from './event-notifier.service.js';
import { EventRsvpsService } from './event-rsvps.service.js';
import { EventsController } from './events.controller.js';
import { EventsPublicController } from './events.public.controller.js';
import { EventsService } from './events.service.js';
import { RsvpRetentionService } from './rsvp-retention.service.js';
import { RsvpTrendsService } from './rsvp-trends.service.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';

/**
 * Rally events: RSVPs with capacity and a FIFO waitlist, reminders through the mail outbox, and
 * RFC 5545 calendars. Other modules (digests) use EventsService.upcomingPublic.
 */
@Module({
  imports: [AuthModule, CampaignsModule, MailModule, SupportersModule, WebhooksModule],
  controllers: [EventsController, EventsPublicController],
  providers: [
    RsvpTrendsService,
    EventsService,
    EventRsvpsService,
    EventNotifierService,
    EventCalendarService,
    RsvpRetentionService,
  ],
  exports: [RsvpTrendsService, EventsService, EventRsvpsService, RsvpRetentionService],
})
export class EventsModule implements OnModuleInit {
  constructor(private readonly mail: MailService) {}

  onModuleInit(): void {
    for (const template of EVENT_TEMPLATES) this.mail.registerTemplate(template);
  }
}
