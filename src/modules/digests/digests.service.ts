import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type PageQuery, pageArgs, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import type { DigestRun, Prisma } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { MailPreviewService } from '../mail/mail-preview.service.js';
import { MailService } from '../mail/mail.service.js';
import { RecipientDirectory } from '../mail/recipient-directory.js';
import { seesPersonalData } from '../../common/auth/auth.decorators.js';
import { SupporterDigestPagesService } from '../supporters/supporter-digest-pages.service.js';
import { SupportersService } from '../supporters/supporters.service.js';
import { selectDigest } from './digest-content.js';
import { scheduleSignature, upcomingPeriod } from './digest-period.js';
import { contentSince, DEFAULT_SETTINGS, type DigestSettingsView, effectiveSchedule, gateFor } from './digest-rules.js';
import { DigestSourcesService } from './digest-sources.service.js';
import { DIGEST_TEMPLATE, digestTemplate } from './digest.template.js';
import type { UpdateDigestSettings } from './digests.schemas.js';
import type { Actor } from '../../common/actor.js';

/**
 * Digests, organizer side: per-campaign settings, the history of scheduler runs with their counts,
 * and a preview of one supporter's next digest. The scheduler itself (DigestRunnerService) and the mail
 * outcome reconciler are worker-only (digests-worker.module.ts). See docs/decisions/digest-scheduling.md.
 */
@Injectable()
export class DigestsService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly supporters: SupportersService,
    private readonly digestPages: SupporterDigestPagesService,
    private readonly sources: DigestSourcesService,
    private readonly mail: MailService,
    private readonly preview: MailPreviewService,
    private readonly recipients: RecipientDirectory,
  ) {}

  onModuleInit(): void {
    this.mail.registerTemplate(digestTemplate);
    // A supporter's digest history goes with their export and their erasure.
    this.supporters.registerDataHolder({
      name: 'digests',
      export: (supporterId) => this.exportFor(supporterId),
      erase: (tx, supporterIds) => this.eraseFor(tx, supporterIds),
    });
  }

  // ---------------------------------------------------------------- settings

  async settingsFor(campaignId: string): Promise<DigestSettingsView> {
    const row = await this.prisma.digestSettings.findUnique({ where: { campaignId } });
    return row ? toView(row) : { ...DEFAULT_SETTINGS };
  }

  /** Settings of many campaigns at once (the tick skips campaigns that switched digests off). */
  async enabledAmong(campaignIds: string[]): Promise<string[]> {
    if (campaignIds.length === 0) return [];
    const off = await this.prisma.digestSettings.findMany({
      where: { campaignId: { in: campaignIds }, enabled: false },
      select: { campaignId: true },
    });
    const disabled = new Set(off.map((r) => r.campaignId));
    return campaignIds.filter((id) => !disabled.has(id));
  }

  async settings(campaignId: string) {
    const [campaign, s] = await Promise.all([this.campaigns.get(campaignId), this.settingsFor(campaignId)]);
    return { ...s, campaignTimeZone: campaign.timeZone };
  }

  async updateSettings(actor: Actor, campaignId: string, input: UpdateDigestSettings) {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.digestSettings.findUnique({ where: { campaignId } });
      const switchingOn = input.enabled === true && current?.enabled === false;
      const data = { ...input, updatedBy: actor.organizerId, ...(switchingOn ? { enabledAt: new Date() } : {}) };
      await tx.digestSettings.upsert({ where: { campaignId }, create: { campaignId, ...data }, update: data });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'digests.settings-updated',
        entityType: 'campaign',
        entityId: campaignId,
        details: { fields: Object.keys(input), ...(input.enabled !== undefined ? { enabled: input.enabled } : {}) },
      });
    });
    return this.settings(campaignId);
  }

  // ---------------------------------------------------------------- runs

  async runs(campaignId: string, query: PageQuery) {
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.digestRun.findMany({ where: { ...where, campaignId }, orderBy, take });
    const page = toPage(rows, limit);
    return { items: page.items.map(runView), nextCursor: page.nextCursor };
  }

  async run(campaignId: string, runId: string) {
    const row = await this.prisma.digestRun.findFirst({ where: { id: runId, campaignId } });
    if (!row) throw Problem.notFound('Digest run');
    return runView(row);
  }

  // ---------------------------------------------------------------- preview

  /**
   * What this supporter's next digest would contain if it were computed now, rendered as it would
   * be sent: greeting them by their own name, as the mail would, for roles that may see personal
   * data (a stand-in name for the others); sample links, so no working link of theirs is shown. Also says when it is due and whether it would go out
   * at all (nothing new means no digest). Recorded in the audit log: it shows which open petitions
   * the person has not signed.
   */
  async previewFor(actor: Actor, campaignId: string, supporterId: string, now = new Date()) {
    const [campaign, settings] = await Promise.all([this.campaigns.get(campaignId), this.settingsFor(campaignId)]);
    const [s] = await this.digestPages.digestSchedulePage(campaignId, null, 1, [supporterId]);
    if (!s) {
      const summary = (await this.supporters.supporterSummary([supporterId], { personal: false, campaignId })).get(
        supporterId,
      );
      if (!summary) throw Problem.notFound('Supporter');
      throw Problem.unprocessable(
        'not-a-digest-subscriber',
        'This supporter does not receive digests (not confirmed, no consent to digests, unsubscribed or undeliverable).',
        { mailStatus: summary.mailStatus },
      );
    }
    const schedule = effectiveSchedule(s, settings, campaign.timeZone);
    if (!schedule)
      throw Problem.unprocessable('not-a-digest-subscriber', 'This supporter chose never to receive digests.', {
        frequency: 'never',
      });
    const state = await this.prisma.digestState.findUnique({ where: { supporterId } });
    const { gate } = gateFor(s, state, scheduleSignature(schedule), settings, campaign.updatedAt);
    const next = upcomingPeriod(schedule, now, gate);
    const since = contentSince(now, s.subscribedAt, state?.lastDigestAt ?? null);
    const pool = await this.sources.pool(campaign, now, settings);
    const signed =
      (
        await this.sources.signedAmong(
          [supporterId],
          pool.petitions.map((p) => p.id),
        )
      ).get(supporterId) ?? new Set<string>();
    const content = selectDigest(
      pool,
      { locale: s.locale, country: s.country, postalPrefix: s.postalPrefix, signed },
      { since, cutoff: now, kind: schedule.kind, period: next.key },
      {
        maxItems: settings.maxItemsPerSection,
        includeEvents: settings.includeEvents,
        includePetitions: settings.includePetitions,
      },
    );
    // The name comes from where the sender gets it at send time (RecipientDirectory), so they agree.
    const person = seesPersonalData(actor.role)
      ? { firstName: (await this.recipients.resolve([supporterId])).get(supporterId)?.firstName ?? null }
      : undefined;
    const rendered = await this.preview.render(campaignId, DIGEST_TEMPLATE, s.locale, content.data, person);
    const last = await this.prisma.digest.findFirst({ where: { supporterId }, orderBy: { id: 'desc' } });
    await this.audit.record(undefined, {
      campaignId,
      actor,
      action: 'digests.previewed',
      entityType: 'supporter',
      entityId: supporterId,
      details: { personalData: !!person },
    });
    return {
      supporterId,
      enabled: settings.enabled,
      schedule: {
        frequency: schedule.kind,
        hour: schedule.hour,
        timeZone: schedule.timeZone,
        weekday: schedule.kind === 'weekly' ? schedule.weekday : null,
      },
      next: { periodKey: next.key, dueAt: next.dueAt, dueNow: next.dueAt.getTime() <= now.getTime() },
      window: { since, cutoff: now },
      wouldSend: settings.enabled && !content.empty,
      newCount: content.data.newCount,
      counts: content.counts,
      locale: s.locale,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      from: rendered.from,
      replyTo: rendered.replyTo,
      lastDigest: last
        ? { periodKey: last.periodKey, kind: last.kind, status: last.status, createdAt: last.createdAt }
        : null,
    };
  }

  // ---------------------------------------------------------------- privacy hooks

  private async exportFor(supporterId: string) {
    const rows = await this.prisma.digest.findMany({ where: { supporterId }, orderBy: { id: 'asc' }, take: 10_000 });
    return rows.map((r) => ({
      period: r.periodKey,
      kind: r.kind,
      status: r.status,
      computedAt: r.cutoff,
      items: { statements: r.statements, milestones: r.milestones, events: r.events, petitions: r.petitions },
    }));
  }

  private async eraseFor(tx: Tx, supporterIds: string[]): Promise<void> {
    if (supporterIds.length === 0) return;
    // Settle digests not yet reconciled in their runs' counts now, since their records go: what the
    // outbox says happened, else suppressed (the sender finds no recipient for an erased person).
    const pending = await tx.digest.findMany({
      where: { supporterId: { in: supporterIds }, status: 'queued' },
      select: { runId: true, mailKey: true },
    });
    const outcomes = await this.mail.outcomes(pending.map((p) => p.mailKey).filter((k): k is string => !!k));
    const perRun = new Map<string, { sent: number; failed: number; cancelled: number; suppressed: number }>();
    for (const p of pending) {
      const c = perRun.get(p.runId) ?? { sent: 0, failed: 0, cancelled: 0, suppressed: 0 };
      const state = p.mailKey ? outcomes.get(p.mailKey)?.state : undefined;
      c[state === 'sent' || state === 'failed' || state === 'cancelled' ? state : 'suppressed'] += 1;
      perRun.set(p.runId, c);
    }
    for (const [id, c] of perRun) {
      await tx.digestRun.update({
        where: { id },
        data: {
          sent: { increment: c.sent },
          failed: { increment: c.failed },
          cancelled: { increment: c.cancelled },
          suppressed: { increment: c.suppressed },
        },
      });
    }
    await tx.digest.deleteMany({ where: { supporterId: { in: supporterIds } } });
    await tx.digestState.deleteMany({ where: { supporterId: { in: supporterIds } } });
  }
}

function toView(row: Prisma.DigestSettingsGetPayload<object>): DigestSettingsView {
  return {
    enabled: row.enabled,
    enabledAt: row.enabledAt,
    defaultHour: row.defaultHour,
    weeklyDay: row.weeklyDay,
    maxItemsPerSection: row.maxItemsPerSection,
    includeEvents: row.includeEvents,
    includePetitions: row.includePetitions,
    updatedAt: row.updatedAt,
  };
}

function runView(r: DigestRun) {
  const settled = r.sent + r.suppressed + r.failed + r.cancelled;
  return {
    id: r.id,
    trigger: r.trigger,
    tickAt: r.tickAt,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    error: r.error,
    counts: {
      subscribers: r.subscribers,
      due: r.due,
      queued: r.queued,
      skippedEmpty: r.skippedEmpty,
      duplicates: r.duplicates,
      sent: r.sent,
      suppressed: r.suppressed,
      failed: r.failed,
      cancelled: r.cancelled,
      pending: Math.max(0, r.queued - settled),
    },
  };
}
