export interface CheckResult {
  status: 'up' | 'down' | 'skipped';
  latencyMs?: number;
  /** Up on the strength of a success less than `staleMs` ago; this probe itself failed or was slow. */
  stale?: boolean;
  error?: string;
}

export interface ProbeOptions {
  /** How long one probe may take. Generous: under CPU load the timer can fire before the answer is read. */
  timeoutMs: number;
  /** How long a success keeps a dependency "up" when later probes fail or time out. */
  staleMs: number;
  now?: () => number;
}

/**
 * One readiness dependency, checked with a timeout and a last-known-good window, so readiness does
 * not flap when a busy process answers slowly (a load balancer would otherwise pull a healthy
 * replica for one slow probe), while a dependency that stays down is reported down after `staleMs`.
 * Concurrent callers share one probe in flight, so many health checks make one query.
 */
export class Probe {
  private lastOkAt = Number.NEGATIVE_INFINITY;
  private inflight: Promise<CheckResult> | null = null;
  private readonly now: () => number;

  constructor(
    private readonly fn: () => Promise<unknown>,
    private readonly options: ProbeOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  check(): Promise<CheckResult> {
    this.inflight ??= this.run().finally(() => (this.inflight = null));
    return this.inflight;
  }

  private async run(): Promise<CheckResult> {
    const started = this.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.fn(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer in ${this.options.timeoutMs / 1000} s`)),
            this.options.timeoutMs,
          );
          timer.unref();
        }),
      ]);
      this.lastOkAt = this.now();
      return { status: 'up', latencyMs: Math.round(this.lastOkAt - started) };
    } catch (err) {
      const error = (err as Error).message;
      if (this.now() - this.lastOkAt <= this.options.staleMs) return { status: 'up', stale: true, error };
      return { status: 'down', error };
    } finally {
      clearTimeout(timer);
    }
  }
}
