import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import DKIM from 'nodemailer/lib/dkim';
import MailComposer from 'nodemailer/lib/mail-composer';
import { AppConfig } from '../../config/config.js';
import { buildMimeSync } from './mime-sync.js';

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
  beforeEndOfData?: (proceed: (err?: Error) => void) => void;
}

/** Thrown from send() when the message was never completed, carrying whether the dot was written. */
export interface SendFailure extends Error {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
}

// A string key: nodemailer copies only own enumerable string keys of the message options into mail.data.
const HOOKS = '_groundswellHooks';

/** Passes the message through and holds back its end until the gate lets it go (see SendHooks). */
class EndOfDataGate extends Transform {
  constructor(private readonly gate: (proceed: (err?: Error) => void) => void) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    let called = false;
    try {
      this.gate((err) => {
        if (called) return;
        called = true;
        cb(err ?? null);
      });
    } catch (err) {
      if (!called) cb(err as Error);
    }
  }
}

/**
 * The SMTP connection pool of this process (nodemailer). With no MAIL_URL outside production,
 * each message is written as an .eml file instead, so a local run needs no mail server.
 * DKIM-signs every message when MAIL_DKIM_DOMAIN, MAIL_DKIM_SELECTOR and MAIL_DKIM_PRIVATE_KEY are set.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly log = new Logger('mail');
  private readonly transporter: Transporter;
  readonly mode: 'smtp' | 'file';
  private readonly dir: string;
  readonly dkimEnabled: boolean;

  constructor(config: AppConfig) {
    const url = config.get('MAIL_URL');
    this.dir = path.resolve(config.get('MAIL_FILE_DIR'));
    if (url) {
      this.mode = 'smtp';
      this.transporter = nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: config.get('MAIL_POOL_SIZE'),
        maxMessages: 1000,
        // Bounded, so a message never sits in state `sending` longer than MAIL_SENDING_LEASE_SECONDS.
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      } as never);
    } else {
      this.mode = 'file';
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.log.log(`MAIL_URL is not set: messages are written as .eml files to ${path.relative(process.cwd(), this.dir) || '.'}`);
    }

    const domainName = config.get('MAIL_DKIM_DOMAIN');
    const keySelector = config.get('MAIL_DKIM_SELECTOR');
    const privateKey = config.get('MAIL_DKIM_PRIVATE_KEY');
    const dkim = domainName && keySelector && privateKey ? new DKIM({ domainName, keySelector, privateKey }) : null;
    this.dkimEnabled = dkim !== null;
    if ((domainName || keySelector || privateKey) && !dkim) this.log.warn('DKIM is off: set all of MAIL_DKIM_DOMAIN, MAIL_DKIM_SELECTOR and MAIL_DKIM_PRIVATE_KEY');

    // Signing and the end-of-data gate are stream steps, in that order, so the gate is the very last
    // thing before the SMTP client writes the terminating dot.
    this.transporter.use('stream', (mail, done) => {
      if (dkim) mail.message.processFunc((input: Readable) => dkim.sign(input));
      const hooks = (mail.data as { [HOOKS]?: SendHooks })[HOOKS];
      const gate = hooks?.beforeEndOfData;
      if (gate) {
        mail.message.processFunc((input: Readable) => {
          const out = new EndOfDataGate(gate);
          input.on('error', (err: Error) => out.destroy(err));
          return input.pipe(out);
        });
      }
      done();
    });
  }

  async send(message: SendMailOptions, hooks: SendHooks = {}): Promise<SentInfo> {
    // The MIME message is built in memory first and handed over as one buffer: streamed part by
    // part, it would cost a socket write per small chunk (measured as the largest CPU cost of a
    // broadcast). nodemailer compiles it; buildMimeSync writes it out without streams when every
    // part is plain content (always, for our templates). Same bytes on the wire either way.
    const node = new MailComposer(message).compile();
    const raw = buildMimeSync(node) ?? (await node.build());
    const envelope = message.envelope ?? node.getEnvelope();
    const info = (await this.transporter.sendMail({ envelope, raw, [HOOKS]: hooks } as SendMailOptions)) as { response?: string; message?: Buffer };
    const messageId = node.messageId();
    if (this.mode === 'file') {
      await mkdir(this.dir, { recursive: true });
      const file = path.join(this.dir, `${Date.now()}-${messageId.replace(/[<>]/g, '').replace(/[^\w.@-]/g, '_')}.eml`);
      await writeFile(file, info.message ?? '');
      return { messageId, response: `written to ${file}` };
    }
    return { messageId, response: info.response ?? '' };
  }

  /** For readiness: can we open an SMTP session? (Always true in file mode.) */
  async verify(): Promise<void> {
    if (this.mode === 'smtp') await this.transporter.verify();
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
