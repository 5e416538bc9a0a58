/**
 * Collects single calls into batches: each `push` resolves with its own result once the batch it
 * joined has run. A batch runs when it reaches `maxSize` or `maxWaitMs` after its first item, so
 * one job per message still costs the database one statement per batch, not one per message.
 */
export class Batcher<I, O> {
  private items: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxSize: number,
    private readonly maxWaitMs: number,
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.items.push({ item, resolve, reject });
      if (this.items.length >= this.maxSize) this.flush();
      else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.items;
    this.items = [];
    if (batch.length === 0) return;
    this.run(batch.map((b) => b.item)).then(
      (results) => batch.forEach((b, i) => b.resolve(results[i])),
      (err: unknown) => batch.forEach((b) => b.reject(err)),
    );
  }
}
