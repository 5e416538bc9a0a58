import { SmtpHealthService } from '../../src/infra/mail/smtp-health.service.js';
import { startApp, type TestApp } from '../support/app.js';
import { freePort } from '../support/process.js';
import { waitUntil } from '../support/wait.js';

describe('readiness per role', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const a of apps) await a.close();
  });

  it('should answer ready in the API role when the SMTP server is unreachable', async () => {
    const closedPort = await freePort();
    const t = await startApp({ role: 'api', env: { MAIL_URL: `smtp://127.0.0.1:${closedPort}` } });
    apps.push(t);
    const res = await t.http.get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      draining: false,
      checks: { database: { status: 'up' }, redis: { status: 'up' }, smtp: { status: 'skipped' } },
    });
  });

  it('should report an unreachable SMTP server without failing readiness when the process also runs the worker', async () => {
    const closedPort = await freePort();
    const t = await startApp({ role: 'all', env: { MAIL_URL: `smtp://127.0.0.1:${closedPort}` } });
    apps.push(t);
    await waitUntil(async () => t.app.get(SmtpHealthService).status.status === 'down', {
      what: 'the SMTP probe',
      timeoutMs: 30_000,
    });
    const res = await t.http.get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.checks.smtp).toMatchObject({ status: 'down' });
    expect(res.body.checks.smtp.error).toMatch(/ECONNREFUSED|connect/i);
  });
});
