import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { SendMailOptions } from 'nodemailer';
import { encodeWord } from 'nodemailer/lib/mime-funcs';
import pg from 'pg';
import { normalizeEmail } from '../../common/email.js';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { AppConfig } from '../../config/config.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { scrubEmails } from '../../infra/logging/redaction.js';
import { MailTransportService, type SendFailure } from '../../infra/mail/mail-transport.service.js';
import { failureClass } from '../../infra/mail/smtp-pool.js';
import { MetricsService } from '../../infra/metrics/metrics.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { Batcher } from './batcher.js';
import { HandoverGate, LostClaimError } from './handover-gate.js';
import { CampaignDirectory } from './campaign-directory.js';
import { messageLinks, UNSUBSCRIBE_PURPOSE } from './links.js';
import { senderHeaders } from './campaign-sender.js';
import { isTargetedRecipient, NO_TRACKING_HEADERS, protectTargetedMail } from './safe-delivery.js';
import { MailSuppressionsService } from './mail-suppressions.service.js';
import type { SuppressionReason } from '../../generated/prisma/client.js';
import { MailTemplatesService } from './mail-templates.service.js';
import type { MailCampaign, MailCategory, RenderedMail } from './mail.types.js';
import { type Recipient, RecipientDirectory } from './recipient-directory.js';
import { WorkerLivenessService } from './worker-liveness.service.js';
import { messageIdDomain, messageIdFor, senderDomain } from './message-id.js';

export type SendOutcome = 'sent' | 'unconfirmed' | 'retry' | 'failed' | 'suppressed' | 'skipped';

interface ClaimedRow {
  id: string;
  key: string;
  template: string;
  category: MailCategory;
  campaign_id: string | null;
  broadcast_id: string | null;
  supporter_id: string | null;
  address_enc: string | null;
  address_index: string | null;
  locale: string | null;
  data: Record<string, unknown> | null;
  secret_data: string | null;
  attempts: number;
}

interface Ready {
  kind: 'send';
  id: string;
  attempts: number;
  message: SendMailOptions;
}
type Prepared = Ready | { kind: 'done'; outcome: SendOutcome };

interface Result {
  id: string;
  attempts: number;
  state: 'sent' | 'failed' | 'suppressed' | 'queued';
  messageId?: string | null;
  response?: string | null;
  error?: string | null;
  reason?: string | null;
  unconfirmed?: boolean;
  delayMs?: number;
}

const CACHE_MS = 60_000;
const MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * Delivers one outbox row per send job, never twice (see the decision note for the one crash window):
 *  1. claim: a conditional update queued|enqueued -> sending (a duplicate or stale job claims nothing);
 *  2. resolve the recipient (RecipientDirectory) and check consent and the suppression list now,
 *     at send time; render the template (a failure fails this message only);
 *  3. stream the message to the SMTP server, and just before the end-of-data dot commit
 *     `handed_over_at` (fenced by the attempt number): the point after which we never send again;
 *  4. record sent (Message-ID, response), a retry with backoff (4xx), or failed (5xx).
 * Database work is batched across concurrent jobs (Batcher), so one statement serves many messages.
 * See docs/decisions/mail-outbox.md for the crash window this leaves and how it is handled.
 */
@Injectable()
export class MailSenderService implements OnApplicationShutdown {
  private readonly log = new Logger('mail');
  private readonly from: string;
  private readonly messageIdDomain: string;
  private readonly unsubscribeMailbox: string;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly publicUrl: string;
  private readonly campaigns = new Map<string, { value: MailCampaign | null; at: number }>();
  private readonly broadcasts = new Map<string, { data: Record<string, unknown>; locale: string | null; at: number }>();

  // Send jobs arrive one by one (each finished job fetches the next), so a batch must wait a little
  // to fill: at a few hundred messages a second a 3 ms window held one or two, and every batch paid
  // a query compilation in the directory and a round trip of its own. 15 ms fills them while
  // adding nothing that matters to a message's latency.
  private readonly prepares = new Batcher<string, Prepared>((ids) => this.prepareBatch(ids), 200, 15);
  private readonly results = new Batcher<Result, void>((items) => this.record(items), 400, 15);
  private readonly gate: HandoverGate;
  /** Plain node-postgres for the statements run per batch of messages (claim, hand-over, record). */
  private readonly pool: pg.Pool;
  /** Rows this process holds in state `sending` (id -> attempt), whose lease it keeps renewing. */
  private readonly inflight = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly drainMs: number;

  constructor(
    private readonly prisma: PrismaService,
    private readonly transport: MailTransportService,
    private readonly directory: RecipientDirectory,
    private readonly campaignDirectory: CampaignDirectory,
    private readonly templates: MailTemplatesService,
    private readonly cipher: PiiCipherService,
    private readonly signer: LinkSignerService,
    private readonly liveness: WorkerLivenessService,
    private readonly metrics: MetricsService,
    config: AppConfig,
  ) {
    this.from = config.get('MAIL_FROM');
    this.messageIdDomain = messageIdDomain(config);
    this.unsubscribeMailbox = config.get('MAIL_UNSUBSCRIBE_MAILTO') ?? `unsubscribe@${senderDomain(this.from)}`;
    this.maxAttempts = config.get('MAIL_MAX_ATTEMPTS');
    this.retryBaseMs = config.get('MAIL_RETRY_BASE_MS');
    this.publicUrl = config.get('PUBLIC_URL');
    this.drainMs = Math.max(0, config.get('SHUTDOWN_GRACE_MS') - 2000);
    this.pool = new pg.Pool({
      connectionString: config.get('DATABASE_URL'),
      max: Math.min(10, config.get('DATABASE_POOL_SIZE')),
      application_name: 'groundswell-mail-sender',
    });
    this.pool.on('error', (err) => this.log.warn(`mail sender pool: ${err.message}`));
    metrics.trackPool('mail-sender', this.pool);
    this.gate = new HandoverGate(this.pool, this.log);
    // Renew the lease of every row in flight well within MAIL_SENDING_LEASE_SECONDS, so the sweeper
    // only ever takes back rows whose worker is gone, however long a live send waits for a connection.
    const every = Math.max(250, (config.get('MAIL_SENDING_LEASE_SECONDS') * 1000) / 3);
    this.heartbeat = setInterval(() => void this.renewLeases(), every);
    this.heartbeat.unref();
  }

  /**
   * BullMQ closes its workers (letting running jobs finish) in onApplicationShutdown too, so this
   * pool stays open, and leases keep being renewed, until the messages in flight are recorded.
   */
  async onApplicationShutdown(): Promise<void> {
    const deadline = Date.now() + this.drainMs;
    while (this.inflight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    clearInterval(this.heartbeat);
    await this.pool.end().catch(() => undefined);
  }

  private async renewLeases(): Promise<void> {
    if (this.inflight.size === 0) return;
    const ids = [...this.inflight.keys()];
    await this.pool
      .query(`UPDATE mail_messages SET claimed_at = now() WHERE id = ANY($1::uuid[]) AND state = 'sending'`, [ids])
      .catch((err: Error) => this.log.warn(`could not renew sending leases: ${err.message}`));
  }

  /** The Message-ID of an outbox row: stable across retries, on our domain. */
  messageIdFor(id: string): string {
    return messageIdFor(id, this.messageIdDomain);
  }

  /** Handles one send job. Never throws for a delivery problem (that is recorded on the row). */
  async send(id: string): Promise<SendOutcome> {
    const prepared = await this.prepares.push(id);
    const outcome = prepared.kind === 'done' ? prepared.outcome : await this.deliver(prepared);
    this.metrics.mail.inc({ outcome });
    return outcome;
  }

  private async deliver(ready: Ready): Promise<SendOutcome> {
    let handedOver = false;
    let lostClaim = false;
    try {
      const info = await this.transport.send(ready.message, {
        beforeEndOfData: (proceed) =>
          this.gate.enter(ready.id, ready.attempts, (err) => {
            if (err instanceof LostClaimError) lostClaim = true;
            else if (!err) handedOver = true;
            proceed(err);
          }),
      });
      await this.results.push({
        id: ready.id,
        attempts: ready.attempts,
        state: 'sent',
        messageId: info.messageId,
        response: clip(info.response),
      });
      return 'sent';
    } catch (e) {
      const err = e as SendFailure;
      if (lostClaim) {
        this.inflight.delete(ready.id);
        return 'skipped';
      }
      const error = clip(`${err.responseCode ? `${err.responseCode} ` : ''}${err.message}`);
      if (handedOver && !err.responseCode) {
        // The dot went out but no reply came back: the server may well have accepted it. Sending
        // again could deliver twice, so it is recorded as sent, unconfirmed (see the decision note).
        await this.results.push({
          id: ready.id,
          attempts: ready.attempts,
          state: 'sent',
          unconfirmed: true,
          messageId: ready.message.messageId as string,
          error,
        });
        return 'unconfirmed';
      }
      const permanent = failureClass(err) === 'permanent';
      if (permanent || ready.attempts >= this.maxAttempts) {
        await this.results.push({
          id: ready.id,
          attempts: ready.attempts,
          state: 'failed',
          error: permanent ? error : `gave up after ${ready.attempts} attempts: ${error}`,
        });
        return 'failed';
      }
      await this.results.push({
        id: ready.id,
        attempts: ready.attempts,
        state: 'queued',
        error,
        delayMs: this.retryDelay(ready.attempts),
      });
      return 'retry';
    }
  }

  private retryDelay(attempts: number): number {
    const exp = Math.min(MAX_RETRY_DELAY_MS, this.retryBaseMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(exp * (0.8 + Math.random() * 0.4));
  }

  // --- batched steps -------------------------------------------------------------------------

  private async prepareBatch(ids: string[]): Promise<Prepared[]> {
    const { rows: claimed } = await this.pool.query<ClaimedRow>(
      `UPDATE mail_messages
          SET state = 'sending', attempts = attempts + 1, claimed_at = now(), claimed_by = $2, handed_over_at = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND state IN ('queued', 'enqueued') AND send_at <= now()
       RETURNING id, key, template, category, campaign_id, broadcast_id, supporter_id, address_enc, address_index, locale, data, secret_data, attempts`,
      [ids, this.liveness.id],
    );
    const byId = new Map(claimed.map((r) => [r.id, r]));
    for (const r of claimed) this.inflight.set(r.id, r.attempts);
    if (claimed.length === 0) return ids.map(() => ({ kind: 'done', outcome: 'skipped' }));

    let context: Awaited<ReturnType<MailSenderService['loadContext']>>;
    try {
      context = await this.loadContext(claimed);
    } catch (err) {
      // Infrastructure trouble (the directory's database): give the rows back and let the job retry.
      for (const r of claimed) this.inflight.delete(r.id);
      await this.pool
        .query(
          `UPDATE mail_messages SET state = 'enqueued', attempts = attempts - 1, claimed_at = NULL, updated_at = now() WHERE id = ANY($1::uuid[]) AND state = 'sending'`,
          [claimed.map((r) => r.id)],
        )
        .catch(() => undefined);
      throw err;
    }

    const decided: Result[] = [];
    const out = ids.map((id): Prepared => {
      const row = byId.get(id);
      if (!row) return { kind: 'done', outcome: 'skipped' };
      byId.delete(id); // a job id appearing twice in one batch is claimed once
      const verdict = this.prepareOne(row, context);
      if (verdict.kind === 'send') return verdict;
      decided.push(verdict.result);
      return { kind: 'done', outcome: verdict.result.state === 'suppressed' ? 'suppressed' : 'failed' };
    });
    if (decided.length > 0) await this.record(decided);
    return out;
  }

  private async loadContext(rows: ClaimedRow[]) {
    const supporterIds = [...new Set(rows.map((r) => r.supporter_id).filter((x): x is string => !!x))];
    const recipients =
      supporterIds.length > 0 ? await this.directory.resolve(supporterIds) : new Map<string, Recipient>();
    const campaigns = await this.campaignsFor(rows.map((r) => r.campaign_id).filter((x): x is string => !!x));
    const broadcasts = await this.broadcastsFor(rows.map((r) => r.broadcast_id).filter((x): x is string => !!x));
    const addresses = new Map<string, { email: string; index: string }>();
    for (const r of rows) {
      if (r.supporter_id) {
        const rec = recipients.get(r.supporter_id);
        if (rec) addresses.set(r.id, { email: rec.email, index: this.cipher.blindIndex(normalizeEmail(rec.email)) });
      } else if (r.address_enc) {
        addresses.set(r.id, { email: this.cipher.decrypt(r.address_enc), index: r.address_index ?? '' });
      }
    }
    const suppressed = new Map<string, Set<SuppressionReason>>();
    const indexes = [...new Set([...addresses.values()].map((a) => a.index))];
    if (indexes.length > 0) {
      const { rows } = await this.pool.query<{ address_index: string; reason: SuppressionReason }>(
        `SELECT address_index, reason FROM mail_suppressions WHERE address_index = ANY($1::text[])`,
        [indexes],
      );
      for (const r of rows)
        suppressed.set(
          r.address_index,
          (suppressed.get(r.address_index) ?? new Set<SuppressionReason>()).add(r.reason),
        );
    }
    return { recipients, campaigns, broadcasts, addresses, suppressed };
  }

  private prepareOne(
    row: ClaimedRow,
    ctx: Awaited<ReturnType<MailSenderService['loadContext']>>,
  ): Ready | { kind: 'decided'; result: Result } {
    const decide = (state: 'suppressed' | 'failed', why: string) => ({
      kind: 'decided' as const,
      result: {
        id: row.id,
        attempts: row.attempts,
        state,
        ...(state === 'suppressed' ? { reason: why } : { error: clip(why) }),
      },
    });
    const template = this.templates.get(row.template);
    if (!template) return decide('failed', `unknown template "${row.template}"`);
    const recipient = row.supporter_id ? (ctx.recipients.get(row.supporter_id) ?? null) : null;
    if (row.supporter_id && !recipient) return decide('suppressed', 'erased');
    if (recipient) {
      if (row.category === 'transactional' && !recipient.transactional) return decide('suppressed', 'erased');
      if (row.category === 'campaign' && template.purpose === 'digests' && !recipient.digestMail)
        return decide('suppressed', 'no-consent');
      // Digests need consent to digests (digestMail), not to updates: a digests-only subscriber is valid.
      if (row.category === 'campaign' && template.purpose !== 'digests' && !recipient.campaignMail)
        return decide('suppressed', 'unsubscribed');
    }
    const address = ctx.addresses.get(row.id);
    if (!address) return decide('failed', 'no recipient address');
    const blocked = MailSuppressionsService.blocks(row.category, ctx.suppressed.get(address.index));
    if (blocked) return decide('suppressed', blocked);

    const campaign = row.campaign_id ? (ctx.campaigns.get(row.campaign_id) ?? null) : null;
    const broadcast = row.broadcast_id ? ctx.broadcasts.get(row.broadcast_id) : undefined;
    const locale = pickLocale(row.locale ?? broadcast?.locale, recipient?.locale, campaign?.defaultLocale);
    const links = messageLinks(this.signer, this.publicUrl, {
      category: row.category,
      supporterId: recipient?.supporterId ?? null,
      campaignSlug: campaign?.slug ?? null,
      locale,
    });

    let rendered: RenderedMail;
    try {
      const secrets = row.secret_data
        ? (JSON.parse(this.cipher.decrypt(row.secret_data)) as Record<string, string>)
        : {};
      rendered = template.render({
        locale,
        data: { ...(broadcast?.data ?? {}), ...(row.data ?? {}), ...secrets },
        recipient,
        campaign,
        links,
        publicUrl: this.publicUrl,
      });
      if (!rendered.subject?.trim() || (!rendered.html && !rendered.text))
        throw new Error('the template produced no subject or body');
    } catch (err) {
      return decide('failed', `render: ${(err as Error).message}`);
    }
    // A supporter on a targeted organization's domain: no tracking, and the safety note (safe-delivery.ts).
    const targeted = recipient && campaign && isTargetedRecipient(campaign, address.email);
    if (targeted) rendered = protectTargetedMail(rendered, campaign, locale);

    const message: SendMailOptions = {
      ...senderHeaders(this.from, template, campaign),
      to: address.email,
      subject: rendered.subject.replace(/[\r\n]+/g, ' ').trim(),
      html: rendered.html,
      text: rendered.text,
      messageId: this.messageIdFor(row.id),
      attachments: rendered.attachments?.map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
      headers: { 'X-Groundswell-Template': row.template, ...(targeted ? NO_TRACKING_HEADERS : {}) },
    };
    if (row.category === 'campaign' && recipient) {
      const token = this.signer.signFor(UNSUBSCRIBE_PURPOSE, recipient.supporterId);
      const mailto = `mailto:${this.unsubscribeMailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
      message.headers = {
        ...(message.headers as Record<string, string>),
        ...(campaign
          ? { 'List-Id': { prepared: true, value: listId(campaign.name, `${campaign.slug}.${this.messageIdDomain}`) } }
          : {}),
        // One header with both URIs (RFC 2369), folded between them; the HTTPS one takes a one-click POST (RFC 8058).
        'List-Unsubscribe': { prepared: true, value: `<${links.unsubscribe}>,\r\n <${mailto}>` },
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      } as unknown as Record<string, string>;
    }
    return { kind: 'send', id: row.id, attempts: row.attempts, message };
  }

  private async record(items: Result[]): Promise<void[]> {
    await this.pool.query(
      `UPDATE mail_messages m SET
         state = f.state::"MailState",
         sent_at = CASE WHEN f.state = 'sent' THEN now() ELSE m.sent_at END,
         finished_at = CASE WHEN f.state = 'queued' THEN NULL ELSE now() END,
         smtp_message_id = COALESCE(f.message_id, m.smtp_message_id),
         smtp_response = COALESCE(f.response, m.smtp_response),
         last_error = f.error,
         reason = f.reason,
         unconfirmed = f.unconfirmed,
         send_at = CASE WHEN f.state = 'queued' THEN now() + f.delay_ms * interval '1 millisecond' ELSE m.send_at END,
         generation = CASE WHEN f.state = 'queued' THEN m.generation + 1 ELSE m.generation END,
         enqueued_at = CASE WHEN f.state = 'queued' THEN NULL ELSE m.enqueued_at END,
         handed_over_at = CASE WHEN f.state = 'queued' THEN NULL ELSE m.handed_over_at END,
         secret_data = CASE WHEN f.state = 'queued' THEN m.secret_data ELSE NULL END,
         updated_at = now()
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::int[])
            AS f(id, att, state, message_id, response, error, reason, unconfirmed, delay_ms)
       WHERE m.id = f.id AND m.attempts = f.att AND m.state = 'sending'`,
      [
        items.map((i) => i.id),
        items.map((i) => i.attempts),
        items.map((i) => i.state),
        items.map((i) => i.messageId ?? null),
        items.map((i) => i.response ?? null),
        items.map((i) => i.error ?? null),
        items.map((i) => i.reason ?? null),
        items.map((i) => i.unconfirmed ?? false),
        items.map((i) => i.delayMs ?? 0),
      ],
    );
    for (const i of items) {
      this.inflight.delete(i.id);
      if (i.state === 'failed') this.log.warn(`mail ${i.id}: failed: ${i.error}`);
    }
    return items.map(() => undefined);
  }

  private async campaignsFor(ids: string[]): Promise<Map<string, MailCampaign>> {
    const now = Date.now();
    const missing = [...new Set(ids)].filter((id) => (this.campaigns.get(id)?.at ?? 0) < now - CACHE_MS);
    if (missing.length > 0) {
      const found = await this.campaignDirectory.find(missing);
      for (const id of missing) this.campaigns.set(id, { value: found.get(id) ?? null, at: now });
    }
    const out = new Map<string, MailCampaign>();
    for (const id of ids) {
      const c = this.campaigns.get(id)?.value;
      if (c) out.set(id, c);
    }
    return out;
  }

  /** A broadcast's content is fixed once it starts, so it is cached rather than copied into every message row. */
  private async broadcastsFor(ids: string[]) {
    const now = Date.now();
    const missing = [...new Set(ids)].filter((id) => (this.broadcasts.get(id)?.at ?? 0) < now - CACHE_MS);
    if (missing.length > 0) {
      const rows = await this.prisma.mailBroadcast.findMany({
        where: { id: { in: missing } },
        select: { id: true, data: true, locale: true },
      });
      for (const r of rows)
        this.broadcasts.set(r.id, { data: (r.data ?? {}) as Record<string, unknown>, locale: r.locale, at: now });
    }
    const out = new Map<string, { data: Record<string, unknown>; locale: string | null }>();
    for (const id of ids) {
      const b = this.broadcasts.get(id);
      if (b) out.set(id, b);
    }
    return out;
  }
}

/** RFC 2919 List-Id with the campaign name as its phrase (RFC 2047-encoded when not plain ASCII). */
function listId(name: string, id: string): string {
  const clean = name.replace(/[\r\n]+/g, ' ').trim();
  const phrase = /^[\x20-\x7e]*$/.test(clean) ? `"${clean.replace(/["\\]/g, '')}"` : encodeWord(clean, 'Q', 52);
  return `${phrase}\r\n <${id}>`;
}

function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const c of candidates) if (c && (SUPPORTED_LOCALES as readonly string[]).includes(c)) return c as Locale;
  return 'en';
}

/** Server responses and errors are kept short and never with an address in them. */
function clip(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return scrubEmails(value).slice(0, 1000);
}
