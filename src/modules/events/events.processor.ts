import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { EventRsvpsService } from './event-rsvps.service.js';
import { EventsService } from './events.service.js';

/** Worker-only: the events module's recurring housekeeping. */
@Injectable()
export class EventsProcessor {
  private readonly log = new Logger('events');

  constructor(
    private readonly events: EventsService,
    private readonly rsvps: EventRsvpsService,
  ) {}

  /**
   * Every minute: cancel reminders still waiting in the outbox for events that have started (so a
   * worker catching up after downtime never sends one late), and mark ended events completed.
   */
  @JobHandler('events.housekeeping')
  async housekeeping(): Promise<void> {
    const now = new Date();
    const expired = await this.rsvps.expireStartedReminders(now);
    const completed = await this.events.completeEnded(now);
    if (expired > 0 || completed > 0)
      this.log.log(`housekeeping: ${expired} late reminders cancelled, ${completed} events completed`);
  }
}
