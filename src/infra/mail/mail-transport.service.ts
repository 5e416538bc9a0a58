import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { SendMailOptions } from 'nodemailer';
import DKIM from 'nodemailer/lib/dkim';
import MailComposer from 'nodemailer/lib/mail-composer';
import { AppConfig } from '../../config/config.js';
import { writeMime, type WrittenMessage } from './mime-sync.js';
import { type EndOfDataGate, SmtpPool } from './smtp-pool.js';

export interface SentInfo {
  messageId: string;
  response: string;
}

export interface SendHooks {
  /**
   * Called once the whole message has been streamed to the server, before the end-of-data dot
   * (the moment after which the server may deliver it). The message waits until `proceed` is
   * called; the dot is written right after, in the same turn of the event loop. `proceed(err)`
   * abandons the SMTP transaction without the dot, so the server discards the message.
   */
  beforeEndOfData?: EndOfDataGate;
}

/** Thrown from send() when the message was never completed, carrying whether the dot was written. */
export interface SendFailure extends Error {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
}

/**
 * The SMTP connection pool of this process (nodemailer's SMTP client, pooled by SmtpPool). With no
 * MAIL_URL outside production, each message is written as an .eml file instead, so a local run
 * needs no mail server. DKIM-signs every message when MAIL_DKIM_DOMAIN, MAIL_DKIM_SELECTOR and
 * MAIL_DKIM_PRIVATE_KEY are set.
 */
@Injectable()
export class MailTransportService implements OnModuleDestroy {
  private readonly log = new Logger('mail');
  private readonly pool: SmtpPool | null;
  readonly mode: 'smtp' | 'file';
  private readonly dir: string;
  private readonly dkim: DKIM | null;

  constructor(config: AppConfig) {
    const url = config.get('MAIL_URL');
    this.dir = path.resolve(config.get('MAIL_FILE_DIR'));
    this.mode = url ? 'smtp' : 'file';
    // Timeouts are bounded, so a message never sits in state `sending` longer than MAIL_SENDING_LEASE_SECONDS.
    this.pool = url
      ? new SmtpPool(
          url,
          { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 },
          config.get('MAIL_POOL_SIZE'),
          1000,
        )
      : null;
    if (!url)
      this.log.log(
        `MAIL_URL is not set: messages are written as .eml files to ${path.relative(process.cwd(), this.dir) || '.'}`,
      );

    const domainName = config.get('MAIL_DKIM_DOMAIN');
    const keySelector = config.get('MAIL_DKIM_SELECTOR');
    const privateKey = config.get('MAIL_DKIM_PRIVATE_KEY');
    this.dkim = domainName && keySelector && privateKey ? new DKIM({ domainName, keySelector, privateKey }) : null;
    if ((domainName || keySelector || privateKey) && !this.dkim)
      this.log.warn('DKIM is off: set all of MAIL_DKIM_DOMAIN, MAIL_DKIM_SELECTOR and MAIL_DKIM_PRIVATE_KEY');
  }

  get dkimEnabled(): boolean {
    return this.dkim !== null;
  }

  async send(message: SendMailOptions, hooks: SendHooks = {}): Promise<SentInfo> {
    // The MIME message is built in memory and handed over as one buffer: streamed part by part, it
    // would cost a socket write per small chunk. writeMime writes our messages in one pass; any
    // other shape is composed and built by nodemailer.
    const { envelope, messageId, ...written } = writeMime(message) ?? (await compose(message));
    let raw = written.raw;
    if (this.dkim) raw = await collect(this.dkim.sign(raw));
    if (!this.pool) {
      await new Promise<void>((resolve, reject) =>
        hooks.beforeEndOfData ? hooks.beforeEndOfData((err) => (err ? reject(err) : resolve())) : resolve(),
      );
      await mkdir(this.dir, { recursive: true });
      const file = path.join(this.dir, `${Date.now()}-${messageId.replace(/[<>]/g, '').replace(/[^\w.@-]/g, '_')}.eml`);
      await writeFile(file, raw.toString('binary').replace(/\r\n/g, '\n'), 'binary');
      return { messageId, response: `written to ${file}` };
    }
    const response = await this.pool.send(envelope, raw, hooks.beforeEndOfData);
    return { messageId, response };
  }

  get poolStats(): { open: number; idle: number; waiting: number } | null {
    return this.pool?.stats ?? null;
  }

  /** For the SMTP probe: can we open an SMTP session? (Always true in file mode.) */
  async verify(): Promise<void> {
    await this.pool?.verify();
  }

  onModuleDestroy(): void {
    this.pool?.close();
  }
}

async function compose(message: SendMailOptions): Promise<WrittenMessage> {
  const node = new MailComposer(message).compile();
  return {
    raw: await node.build(),
    envelope: node.getEnvelope() as WrittenMessage['envelope'],
    messageId: node.messageId(),
  };
}

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
