import { Injectable } from '@nestjs/common';
import { JobHandler } from '../../infra/queue/job-handler.decorator.js';
import { BroadcastsService } from './broadcasts.service.js';
import { MailSenderService, type SendOutcome } from './mail-sender.service.js';

@Injectable()
export class MailProcessor {
  constructor(
    private readonly sender: MailSenderService,
    private readonly broadcasts: BroadcastsService,
  ) {}

  /** One outbox row; a duplicate or stale job claims nothing and sends nothing. */
  @JobHandler('mail.send')
  send(data: { id: string }): Promise<SendOutcome> {
    return this.sender.send(data.id);
  }

  @JobHandler('broadcasts.expand')
  expand(data: { broadcastId: string }): Promise<number> {
    return this.broadcasts.expand(data.broadcastId);
  }
}
