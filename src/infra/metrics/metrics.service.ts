import { createServer, type Server } from 'node:http';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AppConfig } from '../../config/config.js';

type Collector = () => Promise<void> | void;

/**
 * Prometheus metrics of this process (prom-client), one registry per application so several apps in
 * one test process do not collide. Counters and histograms are updated where things happen; gauges
 * that need a query (queue depths, outbox states) are read at scrape time by collectors that the
 * owning modules register, so nothing runs between scrapes. Names: docs/deployment.md.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly registry = new Registry();
  private readonly log = new Logger('metrics');
  private readonly collectors: Collector[] = [];
  private server: Server | null = null;

  readonly httpDuration = new Histogram({
    name: 'groundswell_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status, with their latency.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly jobs = new Histogram({
    name: 'groundswell_job_duration_seconds',
    help: 'Jobs run by this worker, by queue, job name and outcome (completed, failed); digest runs are job="digests.campaign".',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'groundswell_queue_jobs',
    help: 'Jobs per queue and state (wait, prioritized, delayed, active, failed), read from Redis at scrape time.',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
  });
  readonly outbox = new Gauge({
    name: 'groundswell_mail_outbox_messages',
    help: 'Messages not yet final in the outbox, by state (queued, enqueued, paused, sending).',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  readonly mail = new Counter({
    name: 'groundswell_mail_messages_total',
    help: "Send outcomes in this worker: sent, unconfirmed, retry, failed, suppressed, skipped; recovered_resend and recovered_unconfirmed for a dead worker's messages.",
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly smtpUp = new Gauge({
    name: 'groundswell_smtp_up',
    help: '1 when the last SMTP probe of this worker succeeded, 0 when it failed (absent in the API role).',
    registers: [this.registry],
  });
  readonly smtpConnections = new Gauge({
    name: 'groundswell_smtp_pool_connections',
    help: 'SMTP connections of this process: open (busy or idle), idle, and sends waiting for one.',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  readonly signatureGroup = new Histogram({
    name: 'groundswell_signature_group_commit_size',
    help: 'Signatures written per transaction by the sign path (group commit).',
    buckets: [1, 2, 5, 10, 20, 50, 100],
    registers: [this.registry],
  });
  readonly pgPool = new Gauge({
    name: 'groundswell_pg_pool_connections',
    help: 'PostgreSQL pool connections by pool and state (total, idle, waiting clients).',
    labelNames: ['pool', 'state'] as const,
    registers: [this.registry],
  });

  constructor(private readonly config: AppConfig) {
    // Process CPU, memory, GC, handles and the event-loop lag (nodejs_eventloop_lag_* seconds).
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    this.registry.setDefaultLabels({ role: config.get('APP_ROLE') });
  }

  /** Runs at every scrape, before the metrics are read. */
  addCollector(collector: Collector): void {
    this.collectors.push(collector);
  }

  trackPool(name: string, pool: pg.Pool): void {
    this.addCollector(() => {
      this.pgPool.set({ pool: name, state: 'total' }, pool.totalCount);
      this.pgPool.set({ pool: name, state: 'idle' }, pool.idleCount);
      this.pgPool.set({ pool: name, state: 'waiting' }, pool.waitingCount);
    });
  }

  /** Per request: one labelled observation, a few microseconds at most (docs/benchmarks.md, "Metrics"). */
  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    await Promise.all(
      this.collectors.map(async (c) => {
        try {
          await c();
        } catch (err) {
          this.log.warn(`metrics collector: ${(err as Error).message}`);
        }
      }),
    );
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.get('METRICS_PORT');
    if (port === undefined) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.render().then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(port, this.config.get('HOST'), resolve));
    this.log.log(`metrics on port ${port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.server) await new Promise((r) => this.server!.close(r));
  }
}
