import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Locale } from '../../common/i18n.js';
import { markdownToText } from '../../common/markdown.js';
import { AppConfig } from '../../config/config.js';
import type { Tx } from '../../infra/prisma/prisma.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { MailService } from '../mail/mail.service.js';
import { BroadcastsService } from '../mail/broadcasts.service.js';
import { MailPreview } from '../mail/mail-preview.service.js';
import type { MailTemplate } from '../mail/mail.types.js';
import {
  STATEMENT_ALERT_TEMPLATE,
  type StatementAlertData,
  statementAlertTemplate,
} from './statement-alert.template.js';

export const alertPreviewView = z.object({
  locale: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  audience: z.number().int().describe('Confirmed subscribers who consented to updates and would receive it now.'),
});

export const alertProgressView = z.object({
  key: z.string().describe('Idempotency key of the broadcast (alert:statement:<id>, then :v2, :v3 for re-alerts).'),
  version: z.number().int(),
  broadcastId: z.string().nullable(),
  status: z.string().describe('draft, running, paused, completed or cancelled (as the mail module reports it).'),
  audience: z.number().int().nullable(),
  sent: z.number().int(),
  failed: z.number().int(),
  suppressed: z.number().int(),
  pending: z.number().int(),
  createdAt: z.date().nullable(),
  completedAt: z.date().nullable(),
});
export type AlertProgress = z.output<typeof alertProgressView>;

/** Broadcast key of the n-th alert of an entity: the first has no suffix, re-alerts get :v2, :v3 ... */
export function alertKey(kind: 'statement' | 'milestone', id: string, version: number): string {
  return version <= 1 ? `alert:${kind}:${id}` : `alert:${kind}:${id}:v${version}`;
}

export const UPDATES_AUDIENCE = { purpose: 'updates' as const };

/** Shared by statement and milestone alerts: the rendered message and the audience it would reach now. */
export async function renderPreview(
  preview: MailPreview,
  broadcasts: BroadcastsService,
  campaignId: string,
  template: string,
  data: Record<string, unknown>,
  locale: Locale,
) {
  const [rendered, audience] = await Promise.all([
    preview.render(campaignId, template, locale, data),
    broadcasts.audienceCount(campaignId, UPDATES_AUDIENCE),
  ]);
  return { locale, subject: rendered.subject, html: rendered.html, text: rendered.text, audience };
}

/** Delivery progress of alert broadcasts, oldest first, as organizers see it. */
export async function alertProgress(
  broadcasts: BroadcastsService,
  campaignId: string,
  kind: 'statement' | 'milestone',
  entityId: string,
  ids: string[],
): Promise<AlertProgress[]> {
  const out: AlertProgress[] = [];
  for (const [i, id] of ids.entries()) {
    const b = await broadcasts.get(campaignId, id).catch(() => null);
    if (!b) continue;
    const p = await broadcasts.progress(b);
    out.push({
      key: b.key,
      version: i + 1,
      broadcastId: b.id,
      status: b.status,
      audience: p.audience ?? (p.expansionDone ? p.expanded : null),
      sent: p.sent,
      failed: p.failed,
      suppressed: p.suppressed,
      pending: p.pending + p.paused + p.sending,
      createdAt: b.createdAt,
      completedAt: b.completedAt,
    });
  }
  void kind;
  void entityId;
  return out;
}

/** Creates (idempotently) one started alert broadcast to everyone who consented to updates. */
export async function createAlertBroadcast(
  broadcasts: BroadcastsService,
  tx: Tx,
  input: {
    campaignId: string;
    key: string;
    name: string;
    template: string;
    data: Record<string, unknown>;
    createdBy: string | null;
  },
): Promise<{ id: string; created: boolean }> {
  const { broadcast, created } = await broadcasts.create(tx, {
    campaignId: input.campaignId,
    key: input.key,
    name: input.name.slice(0, 200),
    template: input.template,
    data: input.data,
    // Each recipient gets their own language; the template picks the matching translation.
    locale: null,
    filter: UPDATES_AUDIENCE,
    createdBy: input.createdBy,
    start: true,
  });
  return { id: broadcast.id, created };
}

/** Cancels what an alert has not sent yet (a retracted statement must not keep being announced). */
export async function cancelUnsent(
  broadcasts: BroadcastsService,
  log: Logger,
  actorId: string | null,
  campaignId: string,
  ids: string[],
): Promise<number> {
  let cancelled = 0;
  for (const id of ids) {
    const b = await broadcasts.get(campaignId, id).catch(() => null);
    if (!b || !['draft', 'running', 'paused'].includes(b.status)) continue;
    try {
      await broadcasts.cancel({ organizerId: actorId }, campaignId, id);
      cancelled++;
    } catch (err) {
      log.warn(`alert broadcast ${id}: not cancelled (${(err as Error).message})`);
    }
  }
  return cancelled;
}

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
export class StatementAlerts implements OnModuleInit {
  private readonly log = new Logger('statements');

  constructor(
    private readonly mail: MailService,
    private readonly broadcasts: BroadcastsService,
    private readonly mailPreview: MailPreview,
    private readonly campaigns: CampaignsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.mail.registerTemplate(statementAlertTemplate as MailTemplate);
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
      key: alertKey('statement', statement.id, version),
      name: version > 1 ? `Statement re-alert ${version}: ${title}` : `Statement: ${title}`,
      template: STATEMENT_ALERT_TEMPLATE,
      data: this.data(campaign.slug, statement, version) as unknown as Record<string, unknown>,
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
    const data = this.data(campaign.slug, statement, version) as unknown as Record<string, unknown>;
    return renderPreview(
      this.mailPreview,
      this.broadcasts,
      statement.campaignId,
      STATEMENT_ALERT_TEMPLATE,
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
