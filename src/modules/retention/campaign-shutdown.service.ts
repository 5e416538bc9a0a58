import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';
import type { CampaignShutdown } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { MailService } from '../mail/mail.service.js';
import { SignatureRetentionService } from '../petitions/signature-retention.service.js';
import { SupporterPrivacyService } from '../supporters/supporter-privacy.service.js';
import type { CampaignShutdownResult } from './retention.schemas.js';
import { type ShutdownNoticeData, shutdownNoticeTemplate } from './retention.templates.js';

/**
 * An owner shuts a campaign down (docs/decisions/retention.md): typed confirmation, then a delay
 * (CAMPAIGN_SHUTDOWN_DELAY_SECONDS, 24 hours) during which any owner can cancel, then every
 * supporter's personal data is erased through the modules that hold it. Counts and the public record
 * (statements, timeline, petition totals) stay; the forms close. Owners are emailed at each step.
 */
@Injectable()
export class CampaignShutdownService implements OnModuleInit {
  private readonly log = new Logger('retention');

  constructor(
    private readonly prisma: PrismaService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly mail: MailService,
    private readonly queues: QueueService,
    private readonly signatures: SignatureRetentionService,
    private readonly privacy: SupporterPrivacyService,
  ) {}

  onModuleInit(): void {
    this.mail.registerTemplate(shutdownNoticeTemplate);
  }

  /** Whether the campaign is shut down, and its latest shutdown request. */
  async state(campaignId: string) {
    const campaign = await this.campaigns.get(campaignId);
    const current = await this.prisma.campaignShutdown.findFirst({
      where: { campaignId },
      orderBy: { createdAt: 'desc' },
    });
    return { shutDownAt: campaign.shutDownAt, current: current ? view(current) : null };
  }

  /** Schedules the shutdown; `confirm` must be the campaign's slug or its name, typed back. */
  async schedule(actor: Actor, campaignId: string, confirm: string) {
    const campaign = await this.campaigns.get(campaignId);
    if (campaign.shutDownAt) throw Problem.conflict('campaign-shut-down', 'This campaign is already shut down.');
    const typed = confirm.trim();
    if (typed !== campaign.slug && typed !== campaign.name)
      throw Problem.field('confirm', `type the campaign's slug (${campaign.slug}) to confirm`, 'confirmation-mismatch');
    const delayMs = this.config.get('CAMPAIGN_SHUTDOWN_DELAY_SECONDS') * 1000;
    const row = await this.prisma.$transaction(async (tx) => {
      await this.lock(tx, campaignId);
      const open = await tx.campaignShutdown.findFirst({ where: { campaignId, status: 'scheduled' } });
      if (open)
        throw Problem.conflict(
          'shutdown-scheduled',
          `A shutdown is already scheduled for ${open.dueAt.toISOString()}.`,
        );
      const created = await tx.campaignShutdown.create({
        data: { campaignId, requestedBy: actor.organizerId, dueAt: new Date(Date.now() + delayMs) },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'campaign.shutdown-scheduled',
        entityType: 'campaign_shutdown',
        entityId: created.id,
        details: { dueAt: created.dueAt.toISOString() },
      });
      await this.notifyOwners(tx, created, { stage: 'scheduled', at: created.dueAt.toISOString() });
      return created;
    });
    try {
      await this.queues.add(
        'retention.shutdown',
        { shutdownId: row.id },
        { jobId: `shutdown.${row.id}`, delay: delayMs },
      );
    } catch (err) {
      // Committed: the sweep (every minute) runs it on time without the job.
      this.log.warn(`shutdown ${row.id}: delayed job not enqueued (${(err as Error).message}); the sweep will run it`);
    }
    return view(row);
  }

  /** Cancels the scheduled shutdown (any owner, until it is due). */
  async cancel(actor: Actor, campaignId: string) {
    return this.prisma.$transaction(async (tx) => {
      await this.lock(tx, campaignId);
      const open = await tx.campaignShutdown.findFirst({ where: { campaignId, status: 'scheduled' } });
      if (!open) throw Problem.conflict('no-shutdown-scheduled', 'No shutdown is scheduled for this campaign.');
      if (open.dueAt.getTime() <= Date.now())
        throw Problem.conflict(
          'shutdown-running',
          'The shutdown is due and may already be erasing; it cannot be cancelled.',
        );
      const row = await tx.campaignShutdown.update({
        where: { id: open.id },
        data: { status: 'cancelled', cancelledBy: actor.organizerId, cancelledAt: new Date() },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'campaign.shutdown-cancelled',
        entityType: 'campaign_shutdown',
        entityId: row.id,
      });
      await this.notifyOwners(tx, row, { stage: 'cancelled', at: row.cancelledAt!.toISOString() });
      return view(row);
    });
  }

  /** The sweep: runs every shutdown that is due (its delayed job lost, or never added). */
  async runDue(now = new Date()): Promise<number> {
    const due = await this.prisma.campaignShutdown.findMany({
      where: { status: 'scheduled', dueAt: { lte: now } },
      select: { id: true },
      orderBy: { dueAt: 'asc' },
    });
    let ran = 0;
    for (const d of due) if (await this.run(d.id, now)) ran++;
    return ran;
  }

  /**
   * Erases the campaign's supporters if the shutdown is still scheduled and due. Every step is
   * idempotent, so a second worker or a retry after a crash finishes what the first began.
   * Returns whether it completed the shutdown.
   */
  async run(shutdownId: string, now = new Date()): Promise<boolean> {
    const s = await this.prisma.campaignShutdown.findUnique({ where: { id: shutdownId } });
    if (!s || s.status !== 'scheduled' || s.dueAt.getTime() > now.getTime()) return false;
    // Forms close first, so nobody signs up while the erasure runs.
    await this.campaigns.markShutDown(s.campaignId, now);
    const petitionsClosed = await this.signatures.closeAll(s.campaignId, now);
    const supportersErased = await this.privacy.eraseCampaign(s.campaignId, s.requestedBy);
    const messages = await this.mail.forgetCampaignRecipients(s.campaignId, 'campaign shut down');
    const result: CampaignShutdownResult = {
      supportersErased,
      petitionsClosed,
      messagesCancelled: messages.cancelled,
      messagesCleared: messages.cleared,
    };
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.campaignShutdown.updateMany({
        where: { id: s.id, status: 'scheduled' },
        data: { status: 'completed', completedAt: now, result: { ...result } },
      });
      if (count === 0) return false;
      await this.audit.record(tx, {
        campaignId: s.campaignId,
        actor: { organizerId: s.requestedBy },
        action: 'campaign.shut-down',
        entityType: 'campaign_shutdown',
        entityId: s.id,
        details: { ...result },
      });
      await this.notifyOwners(tx, s, { stage: 'completed', at: now.toISOString(), supportersErased });
      this.log.log(`campaign ${s.campaignId} shut down: ${supportersErased} supporters erased`);
      return true;
    });
  }

  private async notifyOwners(tx: Tx, s: CampaignShutdown, data: ShutdownNoticeData): Promise<void> {
    for (const owner of await this.campaigns.ownersToNotify(s.campaignId))
      await this.mail.enqueue(tx, {
        key: `campaign-shutdown:${s.id}:${data.stage}:${owner.organizerId}`,
        template: shutdownNoticeTemplate,
        campaignId: s.campaignId,
        category: 'transactional',
        to: { address: owner.email },
        locale: owner.locale,
        data,
      });
  }

  /** One schedule or cancel at a time per campaign. */
  private async lock(tx: Tx, campaignId: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`campaign-shutdown:${campaignId}`}))`;
  }
}

function view(r: CampaignShutdown) {
  return {
    id: r.id,
    status: r.status,
    requestedBy: r.requestedBy,
    dueAt: r.dueAt,
    cancelledBy: r.cancelledBy,
    cancelledAt: r.cancelledAt,
    completedAt: r.completedAt,
    result: (r.result as CampaignShutdownResult | null) ?? null,
    createdAt: r.createdAt,
  };
}
