import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Locale } from '../../common/i18n.js';
import { markdownToText } from '../../common/markdown.js';
import { AppConfig } from '../../config/config.js';
import type { Tx } from '../../infra/prisma/prisma.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { MailService } from '../mail/mail.service.js';
import { BroadcastsService } from '../mail/broadcasts.service.js';
import { MailPreviewService } from '../mail/mail-preview.service.js';
import {
  type AlertProgress,
  alertProgress,
  cancelUnsent,
  createAlertBroadcast,
  renderPreview,
} from '../mail/alert-broadcasts.js';
import { type StatementAlertData, statementAlertTemplate } from './statement-alert.template.js';

interface StatementForAlert {
  id: string;
  campaignId: string;
  slug: string;
  primaryLocale: string;
  alertVersion: number;
  variants: { locale: string; title: string; summary: string; body: string }[];
}

/**
 * Statement alerts go through the mail module's broadcasts: one broadcast per alert, idempotent on
 * its key, expanded to every confirmed subscriber who consented to updates, each message in the
 * subscriber's language when the statement has that translation.
 */
@Injectable()
export class StatementAlertsService implements OnModuleInit {
  private readonly log = new Logger('statements');

  constructor(
    private readonly mail: MailService,
    private readonly broadcasts: BroadcastsService,
    private readonly mailPreview: MailPreviewService,
    private readonly campaigns: CampaignsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.mail.registerTemplate(statementAlertTemplate);
  }

  /**
   * Creates the alert broadcast in the caller's transaction, so the publication and its alert
   * commit together (or neither does). Idempotent on the key alert:statement:<id>[:v<n>].
   */
  async create(tx: Tx, statement: StatementForAlert, version: number, createdBy: string | null): Promise<void> {
    const campaign = await this.campaigns.get(statement.campaignId);
    const title =
      (statement.variants.find((v) => v.locale === statement.primaryLocale) ?? statement.variants[0])?.title ??
      statement.slug;
    const { id } = await createAlertBroadcast(this.broadcasts, tx, {
      campaignId: statement.campaignId,
      kind: 'statement',
      entityId: statement.id,
      version,
      title,
      template: statementAlertTemplate,
      data: this.data(campaign.slug, statement, version),
      createdBy,
    });
    const row = await tx.statement.findUniqueOrThrow({
      where: { id: statement.id },
      select: { alertBroadcastIds: true },
    });
    if (!row.alertBroadcastIds.includes(id))
      await tx.statement.update({ where: { id: statement.id }, data: { alertBroadcastIds: { push: id } } });
  }

  /** The alert as subscribers would get it (the next one: publication alert, or a re-alert once published). */
  async preview(statement: StatementForAlert & { status: string }, locale?: Locale) {
    const campaign = await this.campaigns.get(statement.campaignId);
    const version =
      statement.status === 'published' || statement.status === 'retracted' ? statement.alertVersion + 1 : 1;
    const data = this.data(campaign.slug, statement, version);
    return renderPreview(
      this.mailPreview,
      this.broadcasts,
      statement.campaignId,
      statementAlertTemplate,
      data,
      locale ?? (statement.primaryLocale as Locale),
    );
  }

  async progress(statement: StatementForAlert & { alertBroadcastIds: string[] }): Promise<AlertProgress[]> {
    return alertProgress(this.broadcasts, statement.campaignId, 'statement', statement.id, statement.alertBroadcastIds);
  }

  async cancelUnsent(
    actorId: string | null,
    statement: { campaignId: string; alertBroadcastIds: string[] },
  ): Promise<number> {
    return cancelUnsent(this.broadcasts, this.log, actorId, statement.campaignId, statement.alertBroadcastIds);
  }

  private data(campaignSlug: string, s: StatementForAlert, version: number): StatementAlertData {
    const base = this.config.get('PUBLIC_URL');
    return {
      statementId: s.id,
      primaryLocale: s.primaryLocale,
      version,
      variants: Object.fromEntries(
        s.variants.map((v) => {
          const url = new URL(`/c/${encodeURIComponent(campaignSlug)}/statements/${encodeURIComponent(s.slug)}`, base);
          if (v.locale !== s.primaryLocale) url.searchParams.set('locale', v.locale);
          return [v.locale, { title: v.title, summary: v.summary || excerpt(v.body), url: url.toString() }];
        }),
      ),
    };
  }
}

/** The first few hundred characters of a Markdown body, for alerts of statements without a summary. */
export function excerpt(markdown: string, max = 400): string {
  const text = markdownToText(markdown).replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
