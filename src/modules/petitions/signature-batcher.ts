/**
 * Group commit for the sign path. Each request hands its item to `submit` and waits for the commit
 * of the transaction that carries it, so a 202 still means "stored"; but when many requests arrive
 * together they share one transaction: one BEGIN/COMMIT (one WAL flush), one multi-row insert of
 * signatures, one multi-row insert of outbox rows, instead of one of each per signature.
 *
 * Batching is natural: while fewer than `maxInFlight` transactions are running, an item is written
 * at once (no added latency when the site is quiet); once they are all busy, arrivals queue and the
 * next free slot takes up to `maxBatch` of them. If a batch fails, each of its items is retried in
 * its own transaction, so one bad item (or a deadlock) never fails its neighbours.
 */
export interface BatcherOptions {
  maxBatch: number;
  maxInFlight: number;
}

/**
 * The sign path's grouping, for a process whose pool has `poolSize` connections: transactions of
 * up to 100 signatures, two at once. Few and large is cheapest: each transaction costs the same
 * handful of statements whatever its size, so under load two writers filling batches of up to 100
 * took 20-25% less CPU per signature than six writers with batches of 20 (docs/benchmarks.md).
 * Two, not one, so a transaction waiting on a row lock does not stop every signature of the
 * process; and four connections stay free for reads and the process's other writes.
 * `bench:sign`'s ceiling groups its writes the same way.
 */
export function signBatching(poolSize: number): BatcherOptions {
  return { maxBatch: 100, maxInFlight: Math.max(1, Math.min(2, poolSize - 4)) };
}

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class Batcher<T> {
  private readonly queue: Pending<T>[] = [];
  private inFlight = 0;
  private closed = false;

  constructor(
    private readonly options: BatcherOptions,
    private readonly writeBatch: (items: T[]) => Promise<void>,
    private readonly writeOne: (item: T) => Promise<void>,
  ) {}

  submit(item: T): Promise<void> {
    if (this.closed) return this.writeOne(item);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  /** Items waiting plus transactions running (for tests and metrics). */
  get load(): { queued: number; inFlight: number } {
    return { queued: this.queue.length, inFlight: this.inFlight };
  }

  /** Stops batching; queued items are still written. */
  close(): void {
    this.closed = true;
    this.pump();
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.inFlight < this.options.maxInFlight || this.closed)) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(batch: Pending<T>[]): Promise<void> {
    if (batch.length === 1) {
      await this.writeOne(batch[0].item).then(batch[0].resolve, batch[0].reject);
      return;
    }
    try {
      await this.writeBatch(batch.map((p) => p.item));
      for (const p of batch) p.resolve();
    } catch {
      // Nothing of the batch was committed: write each item alone, each with its own outcome.
      await Promise.all(batch.map((p) => this.writeOne(p.item).then(p.resolve, p.reject)));
    }
  }
}
