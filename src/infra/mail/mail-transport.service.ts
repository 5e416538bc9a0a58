import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/config.js';

export interface SentInfo {
  messageId: string;
  response: string;
}

/**
 * The SMTP connection pool of this process (nodemailer). With no MAIL_URL outside production,
 * each message is written as an .eml file instead, so a local run needs no mail server.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly log = new Logger('mail');
  private readonly transporter: Transporter;
  readonly mode: 'smtp' | 'file';
  private readonly dir: string;

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
      } as never);
    } else {
      this.mode = 'file';
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.log.log(`MAIL_URL is not set: messages are written as .eml files to ${path.relative(process.cwd(), this.dir) || '.'}`);
    }
  }

  async send(message: SendMailOptions): Promise<SentInfo> {
    const info = (await this.transporter.sendMail(message)) as { messageId: string; response?: string; message?: Buffer };
    if (this.mode === 'file') {
      await mkdir(this.dir, { recursive: true });
      const file = path.join(this.dir, `${Date.now()}-${info.messageId.replace(/[<>]/g, '').replace(/[^\w.@-]/g, '_')}.eml`);
      await writeFile(file, info.message ?? '');
      return { messageId: info.messageId, response: `written to ${file}` };
    }
    return { messageId: info.messageId, response: info.response ?? '' };
  }

  /** For readiness: can we open an SMTP session? (Always true in file mode.) */
  async verify(): Promise<void> {
    if (this.mode === 'smtp') await this.transporter.verify();
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
