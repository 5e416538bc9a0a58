import { type AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { waitUntil } from './wait.js';

export interface ReceivedMessage {
  envelopeTo: string[];
  envelopeFrom: string;
  raw: string;
  parsed: ParsedMail;
  header(name: string): string | undefined;
}

/**
 * A real SMTP server inside the test process that records every message it accepts. Tests can make
 * it answer the next deliveries with a temporary (421/451) or permanent (550) error.
 */
export class SmtpSink {
  readonly messages: ReceivedMessage[] = [];
  private failures: { code: number; message: string }[] = [];
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 20 * 1024 * 1024,
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const failure = this.failures.shift();
          if (failure) {
            const err = new Error(failure.message) as Error & { responseCode: number };
            err.responseCode = failure.code;
            return callback(err);
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then((parsed) => {
              this.messages.push({
                raw,
                parsed,
                envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                envelopeTo: session.envelope.rcptTo.map((r) => r.address),
                header: (name) => {
                  const v = parsed.headers.get(name.toLowerCase());
                  return v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v);
                },
              });
              callback();
            })
            .catch(callback);
        });
      },
    });
    // A client that disconnects mid-session (a killed worker) must not crash the test process.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `count` deliveries get this SMTP reply instead of being accepted. */
  failNext(count: number, code: number, message = 'try again later'): void {
    for (let i = 0; i < count; i++) this.failures.push({ code, message });
  }

  to(address: string): ReceivedMessage[] {
    return this.messages.filter((m) => m.envelopeTo.includes(address.toLowerCase()) || m.envelopeTo.includes(address));
  }

  async waitFor(predicate: (messages: ReceivedMessage[]) => boolean, timeoutMs = 60_000): Promise<ReceivedMessage[]> {
    return waitUntil(() => predicate(this.messages) && this.messages, {
      what: "the SMTP sink's condition",
      timeoutMs,
      intervalMs: 25,
    });
  }

  clear(): void {
    this.messages.length = 0;
    this.failures = [];
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
