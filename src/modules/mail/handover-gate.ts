import type { Logger } from '@nestjs/common';
import type pg from 'pg';

interface Waiting {
  id: string;
  attempts: number;
  proceed: (err?: Error) => void;
}

export class LostClaimError extends Error {
  constructor() {
    super('the message was taken back from this worker (its lease expired); the SMTP transaction is abandoned before the end of data');
  }
}

/**
 * The commit point of a delivery. Each message waits here with its body already streamed to the
 * SMTP server; a batch of them is marked `handed_over_at` in one transaction, fenced by the
 * attempt number (a row the sweeper took back is not ours any more), and then, in one synchronous
 * block, COMMIT is written to PostgreSQL and every message is released to write its end-of-data dot.
 * So "marked" and "dot on the wire" happen within the same turn of the event loop: a crash leaves
 * a row either unmarked with no dot sent (safe to send again) or marked with its dot out (never sent
 * again). It uses the sender's own pg pool (plain node-postgres, no ORM work on the hot path).
 */
export class HandoverGate {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly maxBatch = 100,
    private readonly maxWaitMs = 1,
  ) {}

  enter(id: string, attempts: number, proceed: (err?: Error) => void): void {
    this.waiting.push({ id, attempts, proceed });
    if (this.waiting.length >= this.maxBatch) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length > 0) void this.commit(batch);
  }

  private async commit(batch: Waiting[]): Promise<void> {
    let client: pg.PoolClient | null = null;
    let released = false;
    let broken: Error | undefined;
    try {
      client = await this.pool.connect();
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string }>(
        `UPDATE mail_messages m SET handed_over_at = now()
           FROM unnest($1::uuid[], $2::int[]) AS f(id, att)
          WHERE m.id = f.id AND m.attempts = f.att AND m.state = 'sending'
         RETURNING m.id`,
        [batch.map((b) => b.id), batch.map((b) => b.attempts)],
      );
      const ours = new Set(rows.map((r) => r.id));
      // From here to the end of the loop nothing awaits: COMMIT goes onto the wire, then every dot.
      const committed = client.query('COMMIT');
      released = true;
      for (const b of batch) b.proceed(ours.has(b.id) ? undefined : new LostClaimError());
      await committed;
    } catch (err) {
      broken = err as Error;
      if (!released) {
        for (const b of batch) b.proceed(new Error(`could not record the hand-over: ${broken.message}`));
        await client?.query('ROLLBACK').catch(() => undefined);
      } else {
        // The dots are out but the marks may not be: if this process also dies now, these rows look
        // unsent to the sweeper. A double fault; logged so it can be checked.
        this.log.error(`hand-over commit failed after ${batch.length} messages were released: ${broken.message}`);
      }
    } finally {
      client?.release(broken);
    }
  }

  close(): void {
    this.flush();
  }
}
