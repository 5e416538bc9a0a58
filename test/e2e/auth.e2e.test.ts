import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import { createOrganizer, unique } from '../support/factories.js';

describe('organizer authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { LOGIN_MAX_PER_ACCOUNT: '5' } });
  });
  afterAll(() => t.close());

  it('should sign in, show the organizer, and reject the session after logout', async () => {
    const org = await createOrganizer(t, { name: 'Ada' });
    const me = await t.http.get('/auth/me', org.token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: org.id, email: org.email, name: 'Ada' });
    expect(me.body.passwordHash).toBeUndefined();

    expect((await t.http.post('/auth/logout', {}, org.token)).status).toBe(200);
    const after = await t.http.get('/auth/me', org.token);
    expect(after.status).toBe(401);
    expect(after.body.type).toBe('urn:groundswell:problem:unauthorized');
  });

  it('should accept the email in any case and with surrounding spaces', async () => {
    const org = await createOrganizer(t);
    const res = await t.http.post('/auth/login', { email: `  ${org.email.toUpperCase()} `, password: org.password });
    expect(res.status).toBe(200);
  });

  it('should give the same answer for a wrong password and an unknown account', async () => {
    const org = await createOrganizer(t);
    const wrong = await t.http.post('/auth/login', { email: org.email, password: 'not-the-password' });
    const unknown = await t.http.post('/auth/login', {
      email: `${unique('nobody')}@example.org`,
      password: 'not-the-password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('should throttle an account after repeated failures, even with the right password', async () => {
    const org = await createOrganizer(t);
    for (let i = 0; i < 5; i++)
      expect((await t.http.post('/auth/login', { email: org.email, password: 'wrong-guess-000' })).status).toBe(401);
    const res = await t.http.post('/auth/login', { email: org.email, password: org.password });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('should issue personal API tokens that work, show their last use, and stop working when revoked', async () => {
    const org = await createOrganizer(t);
    const created = await t.http.post('/auth/tokens', { name: 'CRM sync' }, org.token);
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^gsp_/);

    expect((await t.http.get('/campaigns', created.body.token)).status).toBe(200);
    const list = await t.http.get('/auth/tokens', org.token);
    const listed = list.body.items.find((i: { id: string }) => i.id === created.body.id);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(listed.token).toBeUndefined();

    expect((await t.http.delete(`/auth/tokens/${created.body.id}`, org.token)).status).toBe(200);
    expect((await t.http.get('/campaigns', created.body.token)).status).toBe(401);
  });

  it("should not let one organizer revoke another's token", async () => {
    const a = await createOrganizer(t);
    const b = await createOrganizer(t);
    const token = await t.http.post('/auth/tokens', { name: 'b' }, b.token);
    expect((await t.http.delete(`/auth/tokens/${token.body.id}`, a.token)).status).toBe(404);
    expect((await t.http.get('/auth/me', token.body.token)).status).toBe(200);
  });
});

describe('login flood from one address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { LOGIN_MAX_PER_IP: '8' } });
  });
  afterAll(() => t.close());

  it('should throttle a flood of logins from one IP across different accounts', async () => {
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const body = { email: `${unique('flood')}@example.org`, password: 'whatever-123' };
      statuses.push((await t.http.request('POST', '/auth/login', { body, headers: { 'x-forwarded-for': ip } })).status);
    }
    // another address is not affected
    expect(
      (
        await t.http.request('POST', '/auth/login', {
          body: { email: 'x@example.org', password: 'whatever-123' },
          headers: { 'x-forwarded-for': uniqueIp() },
        })
      ).status,
    ).toBe(401);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8).every((s) => s === 429)).toBe(true);
  });
});

describe('HTTP conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { BODY_LIMIT_BYTES: '4096' } });
  });
  afterAll(() => t.close());

  it('should reject unknown and missing fields with problem+json naming each field', async () => {
    const res = await t.http.post('/auth/login', { email: 'not-an-email', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('urn:groundswell:problem:validation');
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['email', 'isAdmin', 'password']);
  });

  it('should not coerce types implicitly', async () => {
    const org = await createOrganizer(t);
    const res = await t.http.post(
      '/campaigns',
      { slug: 'abc-def', name: 123, timeZone: 'Europe/London', defaultLocale: 'en' },
      org.token,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'name' })]);
  });

  it('should answer malformed JSON and oversized bodies with 4xx problems', async () => {
    const bad = await t.http.request('POST', '/auth/login', {
      raw: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('(body)');
    const big = await t.http.post('/auth/login', { email: 'a@b.org', password: 'x'.repeat(10_000) });
    expect(big.status).toBe(413);
    expect(big.body.type).toBe('urn:groundswell:problem:payload-too-large');
  });

  it('should carry a request id and security headers on every response', async () => {
    const res = await t.http.request('GET', '/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const problem = await t.http.get('/nope');
    expect(problem.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('should answer unknown routes with a 404 problem', async () => {
    const res = await t.http.get('/nope');
    expect(res.status).toBe(404);
    expect(res.body.type).toBe('urn:groundswell:problem:not-found');
  });

  it('should report readiness of PostgreSQL, Redis and SMTP', async () => {
    const res = await t.http.get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.checks.database.status).toBe('up');
    expect(res.body.checks.redis.status).toBe('up');
    expect(res.body.checks.smtp.status).toBe('up');
  });
});
