import type { Logger } from '@nestjs/common';
import type pg from 'pg';

export class LostClaimError extends Error {
  constructor() {
    super('the message was taken back from this worker (its lease expired); the SMTP transaction is abandoned before the end of data');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
 * COMMIT, before the last dots) lost the rest of the batch (docs/decisions/mail-outbox.md). So the
 * transaction is made cheap instead: BEGIN and the UPDATE go to PostgreSQL in one simple-protocol
 * round trip (its two values are checked here: a UUID from our own table and an integer), COMMIT
 * in a second. It uses the sender's own pg pool (plain node-postgres, no ORM on the hot path).
 */
export class HandoverGate {
  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
  ) {}

  async enter(id: string, attempts: number, proceed: (err?: Error) => void): Promise<void> {
    let client: pg.PoolClient | null = null;
    let released = false;
    let broken: Error | undefined;
    try {
      if (!UUID.test(id) || !Number.isSafeInteger(attempts)) throw new Error(`not a message id and attempt: ${id}, ${attempts}`);
      client = await this.pool.connect();
      const results = (await client.query(
        `BEGIN; UPDATE mail_messages SET handed_over_at = now() WHERE id = '${id}' AND attempts = ${attempts} AND state = 'sending'`,
      )) as unknown as pg.QueryResult[];
      const ours = results[1]?.rowCount === 1;
      // From here to proceed() nothing awaits: COMMIT goes onto the wire, then the dot.
      const committed = client.query('COMMIT');
      released = true;
      proceed(ours ? undefined : new LostClaimError());
      await committed;
    } catch (err) {
      broken = err as Error;
      if (!released) {
        proceed(new Error(`could not record the hand-over: ${broken.message}`));
        await client?.query('ROLLBACK').catch(() => undefined);
      } else {
        // The dot is out but the mark may not be: if this process also dies now, the row looks
        // unsent to the sweeper. A double fault; logged so it can be checked.
        this.log.error(`hand-over commit of ${id} failed after its message was released: ${broken.message}`);
      }
    } finally {
      client?.release(broken);
    }
  }
}
