import type { Logger } from '@nestjs/common';
import { z } from 'zod';
import type { Locale } from '../../common/i18n.js';
import type { Tx } from '../../infra/prisma/prisma.service.js';
import type { BroadcastsService } from './broadcasts.service.js';
import type { MailPreviewService } from './mail-preview.service.js';
import type { MailTemplate } from './mail.types.js';
import { previewSender } from './mail.schemas.js';
import { SYSTEM_ACTOR } from '../../common/actor.js';

/**
 * Alerts (a statement published, a milestone recorded) are broadcasts to everyone who consented
 * to updates: one broadcast per alert, idempotent on its key. Shared by the statements and
 * milestones modules, which call these with their own template and data.
 */

export const alertPreviewView = z.object({
  locale: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  ...previewSender,
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
export async function renderPreview<Data extends object>(
  preview: MailPreviewService,
  broadcasts: BroadcastsService,
  campaignId: string,
  template: MailTemplate<Data>,
  data: NoInfer<Data>,
  locale: Locale,
) {
  const [rendered, audience] = await Promise.all([
    preview.render(campaignId, template.name, locale, data),
    broadcasts.audienceCount(campaignId, UPDATES_AUDIENCE),
  ]);
  const { subject, html, text, from, replyTo } = rendered;
  return { locale, subject, html, text, from, replyTo, audience };
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

/**
 * Creates (idempotently, on alertKey) the `version`-th alert of a statement or milestone, started,
 * to everyone who consented to updates; named for organizers "Statement: <title>", then
 * "Statement re-alert 2: <title>" ...
 */
export async function createAlertBroadcast<Data extends object>(
  broadcasts: BroadcastsService,
  tx: Tx,
  input: {
    campaignId: string;
    kind: 'statement' | 'milestone';
    entityId: string;
    version: number;
    title: string;
    template: MailTemplate<Data>;
    data: NoInfer<Data>;
    createdBy: string | null;
  },
): Promise<{ id: string; created: boolean }> {
  const label = input.kind === 'statement' ? 'Statement' : 'Milestone';
  const name = input.version > 1 ? `${label} re-alert ${input.version}: ${input.title}` : `${label}: ${input.title}`;
  const { broadcast, created } = await broadcasts.create(tx, {
    campaignId: input.campaignId,
    key: alertKey(input.kind, input.entityId, input.version),
    name: name.slice(0, 200),
    template: input.template.name,
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
      await broadcasts.cancel(actorId ? { organizerId: actorId } : SYSTEM_ACTOR, campaignId, id);
      cancelled++;
    } catch (err) {
      log.warn(`alert broadcast ${id}: not cancelled (${(err as Error).message})`);
    }
  }
  return cancelled;
}

/** The reader's language when the statement has it, else the language it was written in. */
export function variantFor<V>(
  data: { primaryLocale: string; variants: Record<string, V> },
  locale: string,
): { locale: string; v: V } {
  const chosen = data.variants[locale]
    ? locale
    : data.variants[data.primaryLocale]
      ? data.primaryLocale
      : Object.keys(data.variants)[0];
  return { locale: chosen, v: data.variants[chosen] };
}
