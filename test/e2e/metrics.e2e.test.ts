import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, createSupporters, startBroadcast } from '../support/factories.js';
import { freePort, startProcess } from '../support/process.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of the sample with this name whose labels include these (any order); undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('metrics', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const a of apps) await a.close();
  });

  it('should serve Prometheus metrics to the token holder only when METRICS_TOKEN is set', async () => {
    const t = await startApp({ env: { METRICS_TOKEN: TOKEN, MAIL_RATE_PER_SECOND: '1000' } });
    apps.push(t);
    const org = await createOrganizer(t);
    const campaign = await createCampaign(t, org.token);
    await createSupporters(t, campaign.id, 3);
    await startBroadcast(t, org.token, campaign.id, { name: 'M', subject: 'M', body: 'M' });
    await t.smtp.waitFor((m) => m.length >= 3, 30_000);

    expect((await t.http.get('/metrics')).status).toBe(401);
    expect((await t.http.request('GET', '/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    // The outbox gauge counts the whole database, which earlier test files share: compare it with
    // the table as it stood just before and just after the scrape.
    const prisma = t.app.get(PrismaService);
    const queued = () => prisma.mailMessage.count({ where: { state: 'queued' } });
    const queuedBefore = await queued();
    const res = await t.http.request('GET', '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    const queuedAfter = await queued();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = res.text;
    // HTTP by route template, never by raw URL.
    expect(
      sample(text, 'groundswell_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/campaigns/:campaignId/broadcasts',
        status: '201',
      }),
    ).toBe(1);
    expect(text).not.toContain(campaign.id);
    // The counter is this process's own. Its worker shares the run's outbox with earlier test files,
    // so it may also have sent a message one of them left queued: every one of those reached this
    // app's SMTP sink too.
    const sent = sample(text, 'groundswell_mail_messages_total', { outcome: 'sent' });
    expect(sent).toBeGreaterThanOrEqual(3);
    expect(sent).toBeLessThanOrEqual(t.smtp.messages.length);
    const queuedGauge = sample(text, 'groundswell_mail_outbox_messages', { state: 'queued' });
    expect(queuedGauge).toBeGreaterThanOrEqual(Math.min(queuedBefore, queuedAfter));
    expect(queuedGauge).toBeLessThanOrEqual(Math.max(queuedBefore, queuedAfter));
    expect(sample(text, 'groundswell_queue_jobs', { queue: 'mail', state: 'wait' })).toBeGreaterThanOrEqual(0);
    expect(
      sample(text, 'groundswell_job_duration_seconds_count', { queue: 'mail', job: 'mail.send', outcome: 'completed' }),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'groundswell_pg_pool_connections', { pool: 'prisma', state: 'total' })).toBeGreaterThan(0);
    expect(sample(text, 'groundswell_smtp_up', {})).toBe(1);
    expect(sample(text, 'groundswell_smtp_pool_connections', { state: 'open' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds', { role: 'all' })).toBeGreaterThanOrEqual(0);
    expect(text).toContain('groundswell_signature_group_commit_size_bucket');
  });

  it('should not expose metrics on the API port when no token is set, and serve them on METRICS_PORT', async () => {
    const port = await freePort();
    const t = await startApp({ role: 'api', env: { METRICS_PORT: String(port) } });
    apps.push(t);
    const closed = await t.http.get('/metrics');
    expect(closed.status).toBe(404);
    expect(closed.headers.get('content-type')).toContain('application/problem+json');
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(
      sample(await res.text(), 'groundswell_pg_pool_connections', { pool: 'prisma', state: 'total' }),
    ).toBeGreaterThan(0);
  });
});

/**
 * The demo (`npm start`, NODE_ENV unset = development) opens /metrics and /ops/queues with an
 * operator token it generates into .secrets/local.json and says how to use; production never
 * generates one, so without METRICS_TOKEN both stay off. Each process runs in a directory of its
 * own, so no test writes the repository's .secrets/.
 */
describe('the operator token of a development start', () => {
  const start = async (env: Record<string, string | undefined>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gs-demo-'));
    const port = await freePort();
    const proc = startProcess(
      ['--role=api'],
      {
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        METRICS_TOKEN: undefined,
        DATABASE_AUTO_MIGRATE: 'false', // the run's database is migrated; prisma/migrations is not in `dir`
        MAIL_FILE_DIR: path.join(dir, 'mail'),
        ...env,
      },
      { cwd: dir },
    );
    return { proc, dir, base: `http://127.0.0.1:${port}` };
  };

  it('should generate an operator token in development, print how to use it, and open metrics and the queue dashboard with it', async () => {
    const { proc, dir, base } = await start({ NODE_ENV: 'development', MAIL_URL: undefined });
    try {
      await proc.waitForOutput(/queue dashboard: /);
      const out = proc.output();
      // The printed command reads the token (it is never printed itself).
      const read = /^ +token: +(.+)$/m.exec(out)![1];
      const token = execSync(read, { cwd: dir, encoding: 'utf8' }).trim();
      expect(token.length).toBeGreaterThanOrEqual(24);
      expect(out).not.toContain(token);
      expect(out).toMatch(
        /metrics: +curl -H "Authorization: Bearer \$\(node -p .*\)" http:\/\/localhost:3000\/metrics/,
      );

      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const metrics = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('groundswell_pg_pool_connections');

      expect((await fetch(`${base}/ops/queues`)).status).toBe(401);
      const basic = Buffer.from(`operator:${token}`).toString('base64');
      const board = await fetch(`${base}/ops/queues`, { headers: { authorization: `Basic ${basic}` } });
      expect(board.status).toBe(200);
      expect(board.headers.get('content-type')).toContain('text/html');
    } finally {
      await proc.stop();
    }
  });

  it('should keep metrics and the queue dashboard off in production when METRICS_TOKEN is unset', async () => {
    const { proc, dir, base } = await start({ NODE_ENV: 'production', MAIL_URL: 'smtp://127.0.0.1:1' });
    try {
      await proc.waitForOutput(/listening on/);
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      expect((await fetch(`${base}/ops/queues`)).status).toBe(404);
      expect(proc.output()).not.toMatch(/Operator pages/);
      expect(existsSync(path.join(dir, '.secrets'))).toBe(false);
    } finally {
      await proc.stop();
    }
  });
});
