/**
 * The webhook part of `npm run bench:osdi`: outbound deliveries per second from a worker process to
 * a local receiver, with the receiver checking every signature and that each idempotency key
 * arrived exactly once. The receiver lives in the orchestrator process (never the server's).
 *
 * Per run: `count` signup events for seeded people are recorded through WebhooksService in one
 * transaction (as a business write would, many at once); the clock starts at its commit and stops
 * when the receiver has every key. Payloads are built at delivery time from the current data (the
 * person, decrypted, through the OSDI builders), signed, and POSTed through the SSRF-checked client.
 * Ceiling, same run: the same number of POSTs of a real payload from this process to the receiver,
 * as many at once as the worker's QUEUE_CONCURRENCY (node:http keep-alive, nothing else).
 *
 * The worker runs the production build with NODE_ENV=development and WEBHOOKS_ALLOW_LOCAL_TARGETS:
 * production refuses http:// and loopback receivers by design, and NODE_ENV changes nothing else
 * at run time but automatic migrations (off here).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { signatureDigest } from '../src/common/webhook-signature.js';
import { PrismaService } from '../src/infra/prisma/prisma.service.js';
import { WebhooksService } from '../src/modules/webhooks/webhooks.service.js';
import { withServices } from './lib/app-context.js';
import { startServer } from './lib/server.js';
import { fmt, median } from './lib/stats.js';

/** The worker's WEBHOOKS_CONCURRENCY default, and the ceiling's parallel POSTs. */
const CONCURRENCY = 50;

class Receiver {
  readonly keys = new Map<string, number>();
  badSignatures = 0;
  secret = '';
  sample = '';
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(req.headers['x-groundswell-signature'] ?? ''));
      const key = String(req.headers['idempotency-key'] ?? '');
      if (key) {
        if (!m || signatureDigest(this.secret, m[1], body) !== m[2]) this.badSignatures++;
        this.keys.set(key, (this.keys.get(key) ?? 0) + 1);
        if (!this.sample) this.sample = body.toString('utf8');
      }
      res.writeHead(200).end();
      if (this.waiter && this.keys.size >= this.waiter.n) this.waiter.resolve();
    });
  });
  private waiter?: { n: number; resolve: () => void };

  async start(): Promise<string> {
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  reset(): void {
    this.keys.clear();
    this.badSignatures = 0;
  }
  until(n: number, timeoutMs: number): Promise<void> {
    if (this.keys.size >= n) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`receiver got ${this.keys.size} of ${n} keys in time`)),
        timeoutMs,
      );
      this.waiter = {
        n,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
    });
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** POSTs `count` copies of a body, `CONCURRENCY` at a time over keep-alive: the ceiling. */
async function ceiling(url: string, body: string, count: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  const started = performance.now();
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        `${url}/ceiling`,
        { method: 'POST', agent, headers: { 'content-type': 'application/hal+json', 'idempotency-key': '' } },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < count) await one();
    }),
  );
  agent.destroy();
  return count / ((performance.now() - started) / 1000);
}

export interface WebhookBenchResult {
  perSecond: number;
  ceiling: number;
  ratio: number;
  seconds: number;
  callP50: number;
  count: number;
}

export async function webhookBench(options: {
  env: Record<string, string>;
  databaseUrl: string;
  campaignId: string;
  organizerId: string;
  count: number;
  runs: number;
}): Promise<WebhookBenchResult> {
  const receiver = new Receiver();
  const base = await receiver.start();
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  const people = (
    await db.query<{ id: string }>('SELECT id FROM supporters WHERE campaign_id = $1 ORDER BY id LIMIT $2', [
      options.campaignId,
      options.count,
    ])
  ).rows.map((r) => r.id);
  if (people.length < options.count) throw new Error(`only ${people.length} people to send webhooks about`);
  const worker = await startServer({
    role: 'worker',
    env: {
      ...options.env,
      NODE_ENV: 'development',
      DATABASE_AUTO_MIGRATE: 'false',
      WEBHOOKS_ALLOW_LOCAL_TARGETS: 'true',
      WEBHOOKS_CONCURRENCY: String(CONCURRENCY),
      MAIL_URL: 'smtp://127.0.0.1:2525',
      LOG_LEVEL: 'info',
    },
  });
  const rows: { perSecond: number; ceiling: number; seconds: number; callP50: number }[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      receiver.reset();
      const endpointId = await withServices(options.env, async (app) => {
        const webhooks = app.get(WebhooksService);
        const ep = await webhooks.create({ organizerId: options.organizerId }, options.campaignId, {
          url: `${base}/hook`,
          eventTypes: ['signup'],
        });
        receiver.secret = ep.secret;
        await app.get(PrismaService).$transaction(
          (tx) =>
            webhooks.recordMany(
              tx,
              people.map((id) => ({
                campaignId: options.campaignId,
                type: 'signup' as const,
                key: `bench-signup:${ep.id}:${id}`,
                subjectId: id,
              })),
            ),
          { timeout: 300_000 },
        );
        return ep.id;
      });
      const committed = performance.now();
      await receiver.until(options.count, 600_000);
      const seconds = (performance.now() - committed) / 1000;
      const duplicates = [...receiver.keys.values()].filter((n) => n !== 1).length;
      if (receiver.keys.size !== options.count || duplicates > 0 || receiver.badSignatures > 0)
        throw new Error(
          `run ${run + 1}: ${receiver.keys.size} keys, ${duplicates} duplicated, ${receiver.badSignatures} bad signatures`,
        );
      const { rows: d } = await db.query<{ p50: number }>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a.duration_ms) AS p50
           FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1`,
        [endpointId],
      );
      const top = await ceiling(base, receiver.sample, options.count);
      const perSecond = options.count / seconds;
      rows.push({ perSecond, ceiling: top, seconds, callP50: Number(d[0].p50) });
      console.log(
        `webhooks run ${run + 1}: ${fmt.int(perSecond)} deliveries/s (${fmt.int(options.count)} in ${seconds.toFixed(1)} s, ` +
          `each key exactly once, signatures valid, call p50 ${fmt.ms(Number(d[0].p50))}) | ceiling ${fmt.int(top)} POSTs/s | ` +
          `ratio ${fmt.pct(perSecond / top)}`,
      );
      await db.query('DELETE FROM webhook_endpoints WHERE id = $1', [endpointId]);
    }
  } finally {
    await worker.stop();
    await receiver.stop();
    await db.end();
  }
  return {
    perSecond: median(rows.map((r) => r.perSecond)),
    ceiling: median(rows.map((r) => r.ceiling)),
    ratio: median(rows.map((r) => r.perSecond / r.ceiling)),
    seconds: median(rows.map((r) => r.seconds)),
    callP50: median(rows.map((r) => r.callP50)),
    count: options.count,
  };
}
