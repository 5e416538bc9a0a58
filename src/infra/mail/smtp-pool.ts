import SMTPConnection, { type SMTPConnectionOptions, type SMTPEnvelope } from 'nodemailer/lib/smtp-connection';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type { Writable } from 'node:stream';

/** Holds a message before its end-of-data dot; `proceed(err)` abandons it (see SendHooks). */
export type EndOfDataGate = (proceed: (err?: Error) => void) => void;

interface Pooled {
  conn: SMTPConnection;
  messages: number;
  alive: boolean;
  /** Still counted against the pool size (cleared once, by whichever of close/end comes first). */
  counted: boolean;
}

/** What SMTPConnection's errors carry (nodemailer's NodemailerError). */
interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
}

/**
 * What a failed send means for the message: `permanent` for a 5xx reply to the message (sending it
 * again would meet the same refusal), `temporary` for a 4xx reply, a lost connection or a timeout.
 * Two 5xx replies are not about the message, so they are temporary too: 503 (bad sequence of
 * commands: the session was in the wrong state, a new one can take the message; nodemailer's rule
 * as well) and a refused login (EAUTH: our configuration).
 */
export function failureClass(err: { code?: string; responseCode?: number }): 'permanent' | 'temporary' {
  const code = err.responseCode ?? 0;
  return code >= 500 && code < 600 && code !== 503 && err.code !== 'EAUTH' ? 'permanent' : 'temporary';
}

/** A reused connection that the server had dropped while idle: the message can go out on a new one. */
function droppedWhileIdle(err: SmtpError): boolean {
  return err.responseCode === 421 || err.code === 'ECONNECTION' || err.code === 'ESOCKET' || err.code === 'ETIMEDOUT';
}

/**
 * A pool of nodemailer SMTP connections (`nodemailer/lib/smtp-connection`), one message at a time
 * on each, that takes a message as one finished buffer and holds its end-of-data dot until the
 * caller lets it go. nodemailer's own pooled transport wraps every message in its Mailer, a
 * MimeNode for the raw source and a stream pipeline (an AbortController and a DOMException per
 * message): about a tenth of a broadcast worker's CPU for nothing we use.
 * It keeps what that pool does for us: MAIL_POOL_SIZE connections, a fresh connection after
 * `maxMessages`, RSET after a refused envelope, and a message whose reused connection turns out to
 * have been dropped by the server before any of it was sent goes out once more on a new connection.
 */
export class SmtpPool {
  private readonly options: SMTPConnectionOptions & { auth?: { user: string; pass: string } };
  private readonly idle: Pooled[] = [];
  private readonly waiters: (() => void)[] = [];
  private open = 0;
  private closed = false;

  constructor(
    url: string,
    extra: SMTPConnectionOptions,
    private readonly size: number,
    private readonly maxMessages: number,
  ) {
    this.options = {
      ...(parseConnectionUrl(url) as SMTPConnectionOptions & { auth?: { user: string; pass: string } }),
      ...extra,
    };
  }

  /** Sends `raw` to the envelope's recipients and resolves with the server's final response. */
  async send(envelope: SMTPEnvelope, raw: Buffer, beforeEndOfData?: EndOfDataGate): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const pooled = await this.acquire();
      let bodyStarted = false;
      try {
        const response = await new Promise<string>((resolve, reject) => {
          // SMTPConnection pipes a message that has pipe() into its dot-stuffing stream, whose end writes the dot.
          const message = {
            pipe: (data: Writable) => {
              bodyStarted = true;
              data.write(raw);
              if (!beforeEndOfData) return void data.end();
              beforeEndOfData((err) => {
                if (!err) return void data.end();
                // Never written: the server discards a message whose data did not end.
                this.discard(pooled);
                reject(err);
              });
            },
          };
          // A copy each time: SMTPConnection keeps its state (the MAIL FROM error, recipients) on the envelope it is given.
          pooled.conn.send({ ...envelope }, message as never, (err, info) =>
            err ? reject(err) : resolve(info?.response ?? ''),
          );
        });
        pooled.messages++;
        this.release(pooled);
        return response;
      } catch (e) {
        const err = e as SmtpError;
        pooled.messages++;
        if ((err.code === 'EENVELOPE' || err.code === 'EMESSAGE') && err.responseCode !== 421 && pooled.alive) {
          // The server refused this message; the connection is fine once its session is reset.
          pooled.conn.reset((resetErr) => (resetErr ? this.discard(pooled) : this.release(pooled)));
        } else {
          this.discard(pooled);
        }
        if (attempt === 1 && pooled.messages > 1 && !bodyStarted && droppedWhileIdle(err)) continue;
        throw err;
      }
    }
  }

  /** Connections open (busy or idle), idle, and sends waiting for one: for the metrics. */
  get stats(): { open: number; idle: number; waiting: number } {
    return { open: this.open, idle: this.idle.length, waiting: this.waiters.length };
  }

  /** Opens, authenticates and closes one connection: can we reach the server? */
  async verify(): Promise<void> {
    const pooled = await this.connect();
    pooled.counted = false;
    pooled.conn.quit();
  }

  close(): void {
    this.closed = true;
    for (const pooled of this.idle.splice(0)) this.discard(pooled);
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async acquire(): Promise<Pooled> {
    for (;;) {
      if (this.closed) throw Object.assign(new Error('the SMTP pool is closed'), { code: 'ECONNECTION' });
      const pooled = this.idle.pop();
      if (pooled?.alive) return pooled;
      if (pooled) continue;
      if (this.open < this.size) {
        this.open++;
        try {
          return await this.connect();
        } catch (err) {
          this.open--;
          this.wake();
          throw err;
        }
      }
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  private connect(): Promise<Pooled> {
    const conn = new SMTPConnection(this.options);
    const pooled: Pooled = { conn, messages: 0, alive: true, counted: true };
    return new Promise<Pooled>((resolve, reject) => {
      let settled = false;
      const settle = (err?: Error | null) => {
        if (settled) return;
        settled = true;
        if (!err) return resolve(pooled);
        pooled.alive = false;
        pooled.counted = false; // the caller gives the slot back
        conn.close();
        reject(err);
      };
      // An idle connection that the server closes or that times out reports it here; it is then
      // dropped from the pool. During a send the send's callback gets the same error.
      conn.on('error', (err: Error) => {
        pooled.alive = false;
        settle(err);
      });
      conn.once('end', () => {
        settle(Object.assign(new Error('the SMTP server closed the connection'), { code: 'ECONNECTION' }));
        this.discard(pooled);
      });
      conn.connect((err) => {
        if (err) return settle(err);
        if (!this.options.auth || !conn.allowsAuth) return settle();
        conn.login(this.options.auth, (loginErr) => settle(loginErr));
      });
    });
  }

  private release(pooled: Pooled): void {
    if (this.closed || !pooled.alive || pooled.messages >= this.maxMessages) return this.discard(pooled);
    this.idle.push(pooled);
    this.wake();
  }

  private discard(pooled: Pooled): void {
    pooled.alive = false;
    if (pooled.counted) {
      pooled.counted = false;
      this.open--;
      pooled.conn.close();
    }
    this.wake();
  }

  private wake(): void {
    this.waiters.shift()?.();
  }
}
