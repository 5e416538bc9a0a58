import { startApp, type TestApp } from '../support/app.js';
import { createOrganizer } from '../support/factories.js';

const TOKEN = 'operator-token-for-tests-0123456789';

describe('queue dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ role: 'api', env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t.close());

  it('should ask for the operator token when the dashboard is opened without it', async () => {
    const res = await t.http.get('/ops/queues');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    // An organizer's own token is not an operator's.
    const org = await createOrganizer(t);
    expect((await t.http.get('/ops/queues/api/queues', org.token)).status).toBe(401);
  });

  it('should list every queue when the operator token is given as a bearer token or by HTTP Basic', async () => {
    const page = await t.http.request('GET', '/ops/queues', {
      headers: { authorization: `Basic ${Buffer.from(`ops:${TOKEN}`).toString('base64')}` },
    });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Groundswell queues');
    const api = await t.http.get('/ops/queues/api/queues', TOKEN);
    expect(api.status).toBe(200);
    const names = (api.body.queues as { name: string }[]).map((q) => q.name).sort();
    expect(names).toEqual(expect.arrayContaining(['mail', 'broadcasts', 'digests', 'maintenance']));
  });
});

describe('queue dashboard without an operator token', () => {
  it('should not exist when METRICS_TOKEN is unset', async () => {
    const t = await startApp({ role: 'api' });
    try {
      expect((await t.http.get('/ops/queues')).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
