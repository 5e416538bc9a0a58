import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { normalizeEmail } from '../../common/email.js';
import { SUPPORTED_LOCALES } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { type MailState, Prisma } from '../../generated/prisma/client.js';
import { KeyRotationService } from '../../infra/crypto/key-rotation.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { MailSuppressionsService } from './mail-suppressions.service.js';
import { MailTemplatesService } from './mail-templates.service.js';
import type { AnyMailTemplate, MailCategory, OutgoingMail } from './mail.types.js';

export type { OutgoingMail } from './mail.types.js';

/** PostgreSQL channel the outbox notifies on commit; workers LISTEN and relay at once. */
export const OUTBOX_CHANNEL = 'gs_mail_outbox';

export const PRIORITY: Record<MailCategory, number> = { transactional: 1, campaign: 5 };

const MAX_KEY_LENGTH = 300;

interface PreparedRow {
  id: string;
  key: string;
  template: string;
  category: MailCategory;
  campaignId: string | null;
  supporterId: string | null;
  addressEnc: string | null;
  addressIndex: string | null;
  locale: string | null;
  data: Prisma.InputJsonValue;
  secretData: string | null;
  priority: number;
  sendAt: Date;
  state: 'queued' | 'suppressed';
  reason: string | null;
}

/**
 * The transactional outbox. A module records a message in the same transaction as the business
 * write that causes it (a signature and its confirmation commit together, or neither does); the
 * relay hands committed rows to BullMQ, and the sender delivers each row at most once per key.
 * See docs/decisions/mail-outbox.md.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly log = new Logger('mail');

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly templates: MailTemplatesService,
    private readonly suppressions: MailSuppressionsService,
    private readonly rotation: KeyRotationService,
  ) {}

  onModuleInit(): void {
    // Plain recipient addresses and message secrets (invitation tokens) are encrypted too.
    this.rotation.register(this.rotation.columns('mail message', 'mail_messages', ['address_enc', 'secret_data']));
  }

  /** Modules register their message kinds in onModuleInit. */
  registerTemplate(template: AnyMailTemplate): void {
    this.templates.register(template);
  }

  /**
   * Records one message in the caller's transaction. Idempotent on `key`: a second call with the
   * same key returns the existing message with `created: false` and changes nothing.
   */
  async enqueue<Data extends object>(tx: Tx, mail: OutgoingMail<Data>): Promise<{ id: string; created: boolean }> {
    const [row] = await this.prepare(tx, [mail]);
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO mail_messages (id, key, template, category, campaign_id, supporter_id, address_enc, address_index, locale, data, secret_data,
                                 state, priority, send_at, reason, finished_at, updated_at)
      VALUES (${row.id}::uuid, ${row.key}, ${row.template}, ${row.category}::"MailCategory", ${row.campaignId}::uuid, ${row.supporterId}::uuid,
              ${row.addressEnc}, ${row.addressIndex}, ${row.locale}, ${JSON.stringify(row.data)}::jsonb, ${row.state === 'suppressed' ? null : row.secretData}, ${row.state}::"MailState",
              ${row.priority}, ${row.sendAt}, ${row.reason}, ${row.state === 'suppressed' ? new Date() : null}, now())
      ON CONFLICT (key) DO NOTHING
      RETURNING id`;
    if (inserted.length === 0) {
      const existing = await tx.mailMessage.findUnique({ where: { key: row.key }, select: { id: true } });
      if (!existing) throw new Error(`mail ${row.key}: conflicting insert vanished`);
      return { id: existing.id, created: false };
    }
    if (row.state === 'queued') await this.notify(tx);
    return { id: row.id, created: true };
  }

  /** Records many messages in the caller's transaction; returns how many were new. */
  async enqueueMany<Data extends object>(tx: Tx, mails: OutgoingMail<Data>[]): Promise<number> {
    if (mails.length === 0) return 0;
    const rows = await this.prepare(tx, mails);
    let created = 0;
    // One INSERT ... SELECT FROM unnest per chunk, as enqueue() does in raw SQL: Prisma's multi-row
    // createMany costs about 2 ms a row here (5 s for 1,000 digests), this about 0.1 ms.
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      const col = <T>(f: (r: PreparedRow) => T) => chunk.map(f);
      created += await tx.$executeRaw`
        INSERT INTO mail_messages (id, key, template, category, campaign_id, supporter_id, address_enc, address_index, locale, data, secret_data,
                                   state, priority, send_at, reason, finished_at, updated_at)
        SELECT u.id, u.key, u.template, u.category::"MailCategory", u.campaign_id, u.supporter_id, u.address_enc, u.address_index, u.locale, u.data, u.secret_data,
               u.state::"MailState", u.priority::smallint, u.send_at, u.reason, CASE WHEN u.state = 'suppressed' THEN now() END, now()
          FROM unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.key)}::text[], ${col((r) => r.template)}::text[], ${col((r) => r.category)}::text[],
                      ${col((r) => r.campaignId)}::uuid[], ${col((r) => r.supporterId)}::uuid[], ${col((r) => r.addressEnc)}::text[], ${col((r) => r.addressIndex)}::text[],
                      ${col((r) => r.locale)}::text[], ${col((r) => JSON.stringify(r.data))}::jsonb[], ${col((r) => (r.state === 'suppressed' ? null : r.secretData))}::text[], ${col((r) => r.state)}::text[], ${col((r) => r.priority)}::int[],
                      ${col((r) => r.sendAt.toISOString())}::timestamptz[], ${col((r) => r.reason)}::text[])
               AS u(id, key, template, category, campaign_id, supporter_id, address_enc, address_index, locale, data, secret_data, state, priority, send_at, reason)
        ON CONFLICT DO NOTHING`;
    }
    if (created > 0) await this.notify(tx);
    return created;
  }

  /**
   * Cancels messages not yet handed to the SMTP server (the reminders of a cancelled RSVP). A
   * message already being sent or sent is left alone. Returns how many were cancelled.
   */
  async cancel(keys: string[], reason: string): Promise<number> {
    if (keys.length === 0) return 0;
    const { count } = await this.prisma.mailMessage.updateMany({
      where: { key: { in: keys }, state: { in: ['queued', 'enqueued', 'paused'] } },
      data: { state: 'cancelled', reason: reason.slice(0, 500), finishedAt: new Date(), secretData: null },
    });
    return count;
  }

  /**
   * Campaign shutdown: messages to the campaign's supporters not yet handed to the SMTP server are
   * cancelled, and every such message (except one being sent this instant) loses its template data,
   * secrets and the server's reply, which can quote the address. The rows stay, with their state and
   * dates, so mail counts hold. Messages to organizers (address_enc) are left alone.
   */
  async forgetCampaignRecipients(campaignId: string, reason: string): Promise<{ cancelled: number; cleared: number }> {
    const now = new Date();
    const cancelled = await this.prisma.mailMessage.updateMany({
      where: { campaignId, supporterId: { not: null }, state: { in: ['queued', 'enqueued', 'paused'] } },
      data: { state: 'cancelled', reason: reason.slice(0, 500), finishedAt: now },
    });
    const cleared = await this.prisma.mailMessage.updateMany({
      where: { campaignId, supporterId: { not: null }, state: { not: 'sending' } },
      data: { data: {}, secretData: null, smtpResponse: null, lastError: null },
    });
    return { cancelled: cancelled.count, cleared: cleared.count };
  }

  /** As cancel(), inside the caller's transaction (cancel together with the business change). */
  async cancelInTx(tx: Tx, keys: string[], reason: string): Promise<number> {
    if (keys.length === 0) return 0;
    const { count } = await tx.mailMessage.updateMany({
      where: { key: { in: keys }, state: { in: ['queued', 'enqueued', 'paused'] } },
      data: { state: 'cancelled', reason: reason.slice(0, 500), finishedAt: new Date() },
    });
    return count;
  }

  /**
   * Forgets who a message went to, in the caller's transaction: the message with idempotency key
   * `key` and its follow-ups (`<key>:...`, e.g. reminders) lose their encrypted address, its blind
   * index, the SMTP reply and error texts (which can quote the address) and any secrets; one not yet
   * handed to the SMTP server is cancelled (it could no longer be addressed). For "verify, then
   * forget" petition signatures once confirmed. Returns how many messages were scrubbed.
   */
  async forgetRecipient(tx: Tx, key: string): Promise<number> {
    const prefix = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}:%`;
    return tx.$executeRaw`
      UPDATE mail_messages
         SET address_enc = NULL, address_index = NULL, smtp_response = NULL, last_error = NULL, secret_data = NULL,
             reason = CASE WHEN state IN ('queued', 'enqueued', 'paused') THEN 'recipient forgotten' ELSE reason END,
             finished_at = CASE WHEN state IN ('queued', 'enqueued', 'paused') THEN now() ELSE finished_at END,
             state = CASE WHEN state IN ('queued', 'enqueued', 'paused') THEN 'cancelled'::"MailState" ELSE state END,
             updated_at = now()
       WHERE supporter_id IS NULL AND (key = ${key} OR key LIKE ${prefix})`;
  }

  /**
   * Where these messages stand, by idempotency key (keys never enqueued are absent), for modules
   * that keep their own record of what they sent (the digests reconciler). Read-only.
   */
  async outcomes(keys: string[]): Promise<Map<string, { state: MailState; finishedAt: Date | null }>> {
    if (keys.length === 0) return new Map();
    const rows = await this.prisma.mailMessage.findMany({
      where: { key: { in: keys } },
      select: { key: true, state: true, finishedAt: true },
    });
    return new Map(rows.map((r) => [r.key, { state: r.state, finishedAt: r.finishedAt }]));
  }

  /** NOTIFY is delivered only when the transaction commits, which is exactly when the relay may see the rows. */
  private async notify(tx: Tx): Promise<void> {
    await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  }

  private async prepare(tx: Tx, mails: OutgoingMail<object>[]): Promise<PreparedRow[]> {
    const rows = mails.map((mail) => {
      if (!mail.key || mail.key.length > MAX_KEY_LENGTH)
        throw new Error(`mail key must be 1..${MAX_KEY_LENGTH} characters (got ${mail.key?.length ?? 0})`);
      const template = this.templates.require(mail.template.name);
      if (template.category !== mail.category)
        throw new Error(
          `mail ${mail.key}: template ${template.name} is ${template.category} mail, not ${mail.category}`,
        );
      if (mail.locale && !(SUPPORTED_LOCALES as readonly string[]).includes(mail.locale))
        throw new Error(`mail ${mail.key}: unsupported locale ${mail.locale}`);
      const address = 'address' in mail.to ? normalizeEmail(mail.to.address) : null;
      return {
        id: uuidv7(),
        key: mail.key,
        template: template.name,
        category: mail.category,
        campaignId: mail.campaignId,
        supporterId: 'supporterId' in mail.to ? mail.to.supporterId : null,
        addressEnc: address ? this.cipher.encrypt(address) : null,
        addressIndex: address ? this.cipher.blindIndex(address) : null,
        locale: mail.locale ?? null,
        data: (mail.data ?? {}) as Prisma.InputJsonValue,
        secretData:
          mail.secrets && Object.keys(mail.secrets).length > 0
            ? this.cipher.encrypt(JSON.stringify(mail.secrets))
            : null,
        priority: PRIORITY[mail.category],
        sendAt: mail.sendAt ?? new Date(),
        state: 'queued' as 'queued' | 'suppressed',
        reason: null as string | null,
      };
    });
    // Plain addresses are checked against the suppression list now; supporters are checked by the
    // directory (which knows unsubscribes and erasures) and by the list again at send time.
    const indexes = rows.map((r) => r.addressIndex).filter((x): x is string => x !== null);
    if (indexes.length > 0) {
      const reasons = await this.suppressions.reasonsFor(indexes, tx);
      for (const r of rows) {
        const blocked = r.addressIndex ? MailSuppressionsService.blocks(r.category, reasons.get(r.addressIndex)) : null;
        if (blocked) {
          r.state = 'suppressed';
          r.reason = blocked;
          this.log.log(`mail ${r.id}: suppressed at enqueue (${blocked})`);
        }
      }
    }
    return rows;
  }
}
