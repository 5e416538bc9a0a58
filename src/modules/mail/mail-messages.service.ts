import { Injectable } from '@nestjs/common';
import { type PageQuery, pageArgs, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import type { MailState, Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { OUTBOX_CHANNEL } from './mail.service.js';
import type { Actor } from '../../common/actor.js';
import { RecipientDirectory } from './recipient-directory.js';

export const MAIL_STATES: MailState[] = [
  'queued',
  'enqueued',
  'paused',
  'sending',
  'sent',
  'failed',
  'suppressed',
  'cancelled',
];

/** Columns organizers may see: never the (encrypted) address. */
const VIEW = {
  id: true,
  key: true,
  template: true,
  category: true,
  state: true,
  campaignId: true,
  broadcastId: true,
  supporterId: true,
  locale: true,
  attempts: true,
  lastError: true,
  reason: true,
  unconfirmed: true,
  resentAt: true,
  smtpMessageId: true,
  smtpResponse: true,
  sendAt: true,
  sentAt: true,
  finishedAt: true,
  createdAt: true,
} satisfies Prisma.MailMessageSelect;

/** The organizer side of the delivery log: lists, counts, a supporter's history, retrying failures. */
@Injectable()
export class MailMessagesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly recipients: RecipientDirectory,
  ) {}

  /** One supporter's messages: 404 unless the supporter is this campaign's (and not erased). */
  async history(campaignId: string, supporterId: string, query: PageQuery) {
    const recipient = (await this.recipients.resolve([supporterId])).get(supporterId);
    if (!recipient || recipient.campaignId !== campaignId) throw Problem.notFound('Supporter');
    return this.list(campaignId, { ...query, supporterId });
  }

  async list(
    campaignId: string,
    query: PageQuery & {
      state?: MailState;
      broadcastId?: string;
      supporterId?: string;
      template?: string;
      unconfirmed?: boolean;
    },
  ) {
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.mailMessage.findMany({
      where: {
        ...where,
        campaignId,
        ...(query.state ? { state: query.state } : {}),
        ...(query.broadcastId ? { broadcastId: query.broadcastId } : {}),
        ...(query.supporterId ? { supporterId: query.supporterId } : {}),
        ...(query.template ? { template: query.template } : {}),
        ...(query.unconfirmed === undefined ? {} : { unconfirmed: query.unconfirmed }),
      },
      orderBy,
      take,
      select: VIEW,
    });
    return toPage(rows, limit);
  }

  async get(campaignId: string, id: string) {
    const row = await this.prisma.mailMessage.findFirst({ where: { id, campaignId }, select: VIEW });
    if (!row) throw Problem.notFound('Message');
    const events = await this.prisma.mailEvent.findMany({
      where: { messageId: id },
      orderBy: { id: 'asc' },
      select: { id: true, type: true, bounceType: true, diagnostic: true, occurredAt: true },
    });
    return { ...row, events };
  }

  /** Counts per state for the dashboard. */
  async stats(campaignId: string, since?: Date) {
    const rows = await this.prisma.mailMessage.groupBy({
      by: ['state'],
      where: { campaignId, ...(since ? { createdAt: { gte: since } } : {}) },
      _count: { _all: true },
    });
    const counts = Object.fromEntries(MAIL_STATES.map((s) => [s, 0])) as Record<MailState, number>;
    for (const r of rows) counts[r.state] = r._count._all;
    const unconfirmed = await this.prisma.mailMessage.count({
      where: { campaignId, state: 'sent', unconfirmed: true, ...(since ? { createdAt: { gte: since } } : {}) },
    });
    return { ...counts, unconfirmed, total: rows.reduce((a, r) => a + r._count._all, 0) };
  }

  /** Retries one failed message now (fresh attempts). */
  async retry(actor: Actor, campaignId: string, id: string) {
    const n = await this.requeueFailed(actor, campaignId, { id });
    if (n === 0) {
      const exists = await this.prisma.mailMessage.findFirst({ where: { id, campaignId }, select: { state: true } });
      if (!exists) throw Problem.notFound('Message');
      throw Problem.conflict('message-state', `Only failed messages can be retried; this one is ${exists.state}.`, {
        state: exists.state,
      });
    }
    return this.get(campaignId, id);
  }

  /** Retries every failed message of the campaign (or of one broadcast, or one template). */
  async retryFailed(actor: Actor, campaignId: string, filter: { broadcastId?: string; template?: string }) {
    return { retried: await this.requeueFailed(actor, campaignId, filter) };
  }

  private async requeueFailed(
    actor: Actor,
    campaignId: string,
    filter: { id?: string; broadcastId?: string; template?: string },
  ): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.mailMessage.updateMany({
        where: { campaignId, state: 'failed', ...filter },
        data: {
          state: 'queued',
          attempts: 0,
          generation: { increment: 1 },
          sendAt: new Date(),
          enqueuedAt: null,
          claimedAt: null,
          handedOverAt: null,
          finishedAt: null,
        },
      });
      if (count > 0) {
        await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
        await this.audit.record(tx, {
          campaignId,
          actor,
          action: 'mail.retried',
          entityType: filter.id ? 'message' : 'campaign',
          entityId: filter.id ?? campaignId,
          details: {
            count,
            ...(filter.broadcastId ? { broadcastId: filter.broadcastId } : {}),
            ...(filter.template ? { template: filter.template } : {}),
          },
        });
      }
      return count;
    });
  }
}
