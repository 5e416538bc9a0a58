import type { Logger } from '@nestjs/common';
import type pg from 'pg';
import { UUID_RE } from '../../common/ids.js';

export class LostClaimError extends Error {
  constructor() {
    super(
      'the message was taken back from this worker (its lease expired); the SMTP transaction is abandoned before the end of data',
    );
  }
}

interface Waiting {
  id: string;
  attempts: number;
  proceed: (err?: Error) => void;
}

/** BEGIN and the fenced mark of one message, as simple-protocol SQL (both values are checked: a UUID from our own table, an integer). */
function mark(w: Waiting): string {
  return `BEGIN; UPDATE mail_messages SET handed_over_at = now() WHERE id = '${w.id}' AND attempts = ${w.attempts} AND state = 'sending'`;
}

/**
 * The commit point of a delivery. A message waits here with its body already written to the SMTP
 * server; its row is marked `handed_over_at` in a transaction of its own, fenced by the attempt
 * number (a row the sweeper took back is not ours any more), and then, in one synchronous block,
 * COMMIT is written to PostgreSQL and the message is released to write its end-of-data dot.
 * So "marked" and "dot on the wire" happen within the same turn of the event loop: a crash leaves
 * the row either unmarked with no dot sent (safe to send again) or marked with its dot out (never
 * sent again).
 *
 * One message per transaction: with a batch, a crash in the middle of the release (after the
 * COMMIT, before the last dots) lost the rest of the batch (docs/decisions/mail-outbox.md). The
 * transactions are made cheap instead, as chains on a few connections: the COMMIT of one message
 * goes out in the same query as the BEGIN and mark of the next one waiting, so a message costs one
 * round trip to PostgreSQL, not three. PostgreSQL runs the COMMIT before it reads the next
 * statement, so a failure of the next one cannot undo it.
 * It uses the sender's own pg pool (plain node-postgres, no ORM on the hot path).
 */
export class HandoverGate {
  private readonly waiting: Waiting[] = [];
  private chains = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly maxChains = 4,
  ) {}

  enter(id: string, attempts: number, proceed: (err?: Error) => void): void {
    if (!UUID_RE.test(id) || !Number.isSafeInteger(attempts))
      return proceed(new Error(`not a message id and attempt: ${id}, ${attempts}`));
    this.waiting.push({ id, attempts, proceed });
    if (this.chains < this.maxChains) {
      this.chains++;
      void this.chain();
    }
  }

  /** Hands over waiting messages one after another on one connection until none is left. */
  private async chain(): Promise<void> {
    let client: pg.PoolClient | null = null;
    let current: Waiting | undefined;
    let broken: Error | undefined;
    try {
      try {
        client = await this.pool.connect();
      } catch (err) {
        // No connection: every message waiting now is abandoned before its dot, and sent again later.
        for (const w of this.waiting.splice(0))
          w.proceed(new Error(`could not record the hand-over: ${(err as Error).message}`));
        throw err;
      }
      current = this.waiting.shift();
      let results = current ? await this.query(client, mark(current)) : [];
      while (current) {
        const ours = results[results.length - 1]?.rowCount === 1;
        const next = this.waiting.shift();
        // From here to proceed() nothing awaits: COMMIT (with the next mark) goes onto the wire, then the dot.
        const committed = this.query(client, next ? `COMMIT; ${mark(next)}` : 'COMMIT');
        const released = current;
        current = next;
        released.proceed(ours ? undefined : new LostClaimError());
        try {
          results = await committed;
        } catch (err) {
          // The dot is out but the mark may not be: if this process also dies now, the row looks
          // unsent to the sweeper. A double fault; logged so it can be checked. (The next message
          // was not released; it is failed below and sent again later.)
          this.log.error(
            `hand-over commit of ${released.id} may have failed after its message was released: ${(err as Error).message}`,
          );
          throw err;
        }
      }
    } catch (err) {
      broken = err as Error;
      current?.proceed(new Error(`could not record the hand-over: ${broken.message}`));
    } finally {
      // A broken connection is discarded (pg-pool ends it), which also rolls back an open transaction.
      client?.release(broken);
      this.chains--;
      // Messages that arrived while this chain was failing get a chain of their own.
      if (this.waiting.length > 0 && this.chains < this.maxChains) {
        this.chains++;
        void this.chain();
      }
    }
  }

  private async query(client: pg.PoolClient, sql: string): Promise<pg.QueryResult[]> {
    const result = (await client.query(sql)) as pg.QueryResult | pg.QueryResult[];
    return Array.isArray(result) ? result : [result];
  }
}
