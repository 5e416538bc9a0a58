import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Locale } from '../../common/i18n.js';
import { markdownToText } from '../../common/markdown.js';
import { AppConfig } from '../../config/config.js';
import type { Milestone } from '../../generated/prisma/client.js';
import type { Tx } from '../../infra/prisma/prisma.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { BroadcastsService } from '../mail/broadcasts.service.js';
import { MailPreviewService } from '../mail/mail-preview.service.js';
import { MailService } from '../mail/mail.service.js';
import { type AlertProgress, alertProgress, createAlertBroadcast, renderPreview } from '../mail/alert-broadcasts.js';
import { daysBetween, dayString } from './campaign-days.js';
import { type MilestoneAlertData, milestoneAlertTemplate } from './milestone-alert.template.js';

/** Milestone alerts: one broadcast per alert (key alert:milestone:<id>), created in the milestone's transaction. */
@Injectable()
export class MilestoneAlertsService implements OnModuleInit {
  constructor(
    private readonly mail: MailService,
    private readonly broadcasts: BroadcastsService,
    private readonly mailPreview: MailPreviewService,
    private readonly campaigns: CampaignsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.mail.registerTemplate(milestoneAlertTemplate);
  }

  /** In the caller's transaction: the milestone and its alert commit together, exactly once per key. */
  async create(tx: Tx, milestone: Milestone, version: number, createdBy: string | null): Promise<void> {
    const campaign = await this.campaigns.get(milestone.campaignId);
    const { id } = await createAlertBroadcast(this.broadcasts, tx, {
      campaignId: milestone.campaignId,
      kind: 'milestone',
      entityId: milestone.id,
      version,
      title: milestone.title,
      template: milestoneAlertTemplate,
      data: this.data(campaign, milestone),
      createdBy,
    });
    if (!milestone.alertBroadcastIds.includes(id))
      await tx.milestone.update({ where: { id: milestone.id }, data: { alertBroadcastIds: { push: id } } });
  }

  async preview(milestone: Milestone, locale?: Locale) {
    const campaign = await this.campaigns.get(milestone.campaignId);
    return renderPreview(
      this.mailPreview,
      this.broadcasts,
      milestone.campaignId,
      milestoneAlertTemplate,
      this.data(campaign, milestone),
      locale ?? (milestone.locale as Locale),
    );
  }

  async progress(milestone: Milestone): Promise<AlertProgress[]> {
    return alertProgress(this.broadcasts, milestone.campaignId, 'milestone', milestone.id, milestone.alertBroadcastIds);
  }

  private data(campaign: { slug: string; startedOn: Date | null }, m: Milestone): MilestoneAlertData {
    const translations = m.translations as Record<string, { title: string; description: string }>;
    const occurredOn = dayString(m.occurredOn);
    return {
      milestoneId: m.id,
      kind: m.kind,
      primaryLocale: m.locale,
      occurredOn,
      daysSinceStart: campaign.startedOn ? daysBetween(dayString(campaign.startedOn), occurredOn) : null,
      timelineUrl: new URL(
        `/c/${encodeURIComponent(campaign.slug)}/timeline`,
        this.config.get('PUBLIC_URL'),
      ).toString(),
      sourceLinks: m.sourceLinks as MilestoneAlertData['sourceLinks'],
      variants: {
        [m.locale]: { title: m.title, description: markdownToText(m.description) },
        ...Object.fromEntries(
          Object.entries(translations).map(([l, tr]) => [
            l,
            { title: tr.title, description: markdownToText(tr.description) },
          ]),
        ),
      },
    };
  }
}
