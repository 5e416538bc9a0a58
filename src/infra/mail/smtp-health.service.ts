import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { MetricsService } from '../metrics/metrics.service.js';
import { MailTransportService } from './mail-transport.service.js';

export interface SmtpStatus {
  status: 'up' | 'down' | 'skipped';
  checkedAt?: Date;
  error?: string;
  latencyMs?: number;
}

const PROBE_INTERVAL_MS = 30_000;
const PROBE_TIMEOUT_MS = 15_000;

/**
 * Whether this process can reach the SMTP server, from a probe every 30 s. Only the worker role
 * starts it (only the worker sends mail); it logs each change (down, up again) and feeds the
 * `groundswell_smtp_up` metric. It never decides readiness: an SMTP outage delays mail, which waits
 * in the outbox, and must not take API replicas (and with them signing) out of a load balancer.
 */
@Injectable()
export class SmtpHealthService implements OnApplicationShutdown {
  private readonly log = new Logger('smtp-health');
  private last: SmtpStatus = { status: 'skipped' };
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners: ((s: SmtpStatus) => void)[] = [];

  constructor(
    private readonly transport: MailTransportService,
    private readonly metrics: MetricsService,
  ) {}

  get status(): SmtpStatus {
    return this.last;
  }

  /** Called on each probe result (metrics). */
  onChange(listener: (s: SmtpStatus) => void): void {
    this.listeners.push(listener);
  }

  start(): void {
    if (this.timer || this.transport.mode !== 'smtp') return;
    this.onChange((s) => this.metrics.smtpUp.set(s.status === 'up' ? 1 : 0));
    this.metrics.addCollector(() => {
      const stats = this.transport.poolStats;
      if (!stats) return;
      this.metrics.smtpConnections.set({ state: 'open' }, stats.open);
      this.metrics.smtpConnections.set({ state: 'idle' }, stats.idle);
      this.metrics.smtpConnections.set({ state: 'waiting' }, stats.waiting);
    });
    void this.probe();
    this.timer = setInterval(() => void this.probe(), PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  async probe(): Promise<SmtpStatus> {
    const started = performance.now();
    let next: SmtpStatus;
    try {
      await Promise.race([
        this.transport.verify(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no answer in ${PROBE_TIMEOUT_MS / 1000} s`)), PROBE_TIMEOUT_MS).unref(),
        ),
      ]);
      next = { status: 'up', checkedAt: new Date(), latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      next = { status: 'down', checkedAt: new Date(), error: (err as Error).message };
    }
    if (next.status === 'down' && this.last.status !== 'down')
      this.log.warn(`SMTP server unreachable: ${next.error} (mail waits in the outbox)`);
    if (next.status === 'up' && this.last.status === 'down') this.log.log('SMTP server reachable again');
    this.last = next;
    for (const l of this.listeners) l(next);
    return next;
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
