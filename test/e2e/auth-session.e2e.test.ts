import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, type OrganizerFixture } from '../support/factories.js';

/** The console's cookie session: sign in, CSRF on writes, sign out. */
describe('console cookie sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  async function signIn(org: OrganizerFixture) {
    const res = await t.http.post('/auth/session', { email: org.email, password: org.password });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    const cookie = /gs_session=([^;]+)/.exec(setCookie)?.[1];
    expect(cookie).toBeTruthy();
    return { res, setCookie, cookie: `gs_session=${cookie}`, csrf: res.body.csrfToken as string };
  }

  const withCookie = (
    method: string,
    path: string,
    cookie: string,
    extra: Record<string, string> = {},
    body?: unknown,
  ) => t.http.request(method, path, { body, headers: { cookie, ...extra } });

  it('should set an HttpOnly SameSite=Strict cookie and answer the organizer and a CSRF token when signing in', async () => {
    const org = await createOrganizer(t, { name: 'Cookie Ada' });
    const { res, setCookie } = await signIn(org);
    expect(res.body).toEqual({
      organizer: { id: org.id, email: org.email, name: 'Cookie Ada', locale: null },
      csrfToken: expect.any(String),
    });
    expect(res.body.token).toBeUndefined();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    // PUBLIC_URL is http://localhost in tests: no Secure flag, so a local console can sign in.
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('should answer GET /auth/session for a valid cookie and 401 without one', async () => {
    const org = await createOrganizer(t);
    const { cookie, csrf } = await signIn(org);
    const res = await withCookie('GET', '/auth/session', cookie);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      organizer: { id: org.id, email: org.email, name: expect.any(String), locale: null },
      csrfToken: csrf,
    });

    expect((await t.http.get('/auth/session')).status).toBe(401);
    expect((await withCookie('GET', '/auth/session', 'gs_session=gss_forged')).status).toBe(401);
    // a bearer session is not a console session
    expect((await t.http.get('/auth/session', org.token)).status).toBe(401);
  });

  it('should authenticate reads with the cookie and need no CSRF token for them', async () => {
    const org = await createOrganizer(t);
    const { cookie } = await signIn(org);
    expect((await withCookie('GET', '/campaigns', cookie)).status).toBe(200);
    expect((await withCookie('GET', '/auth/me', cookie)).body.id).toBe(org.id);
  });

  it('should refuse a cookie-authenticated write without a matching X-CSRF-Token with a 403 naming the header', async () => {
    const org = await createOrganizer(t);
    const { cookie, csrf } = await signIn(org);
    const body = { slug: `csrf-${Date.now()}`, name: 'C', timeZone: 'Europe/London', defaultLocale: 'en' };

    const missing = await withCookie('POST', '/campaigns', cookie, {}, body);
    expect(missing.status).toBe(403);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.body.type).toBe('urn:groundswell:problem:csrf-token');
    expect(missing.body.detail).toContain('X-CSRF-Token');
    expect(missing.body.errors[0].path).toBe('X-CSRF-Token');

    const other = await signIn(await createOrganizer(t));
    const wrong = await withCookie('POST', '/campaigns', cookie, { 'x-csrf-token': other.csrf }, body);
    expect(wrong.status).toBe(403);

    const ok = await withCookie('POST', '/campaigns', cookie, { 'x-csrf-token': csrf }, body);
    expect(ok.status).toBe(201);
    // nothing was half-written by the refused attempts: exactly one campaign with that slug
    const mine = await withCookie('GET', '/campaigns', cookie);
    expect(mine.body.items.filter((c: { slug: string }) => c.slug === body.slug)).toHaveLength(1);

    for (const [method, path] of [
      ['PATCH', `/campaigns/${ok.body.id}`],
      ['DELETE', `/auth/tokens/${ok.body.id}`],
    ]) {
      const res = await withCookie(method, path, cookie, {}, method === 'PATCH' ? { name: 'x' } : undefined);
      expect(res.status).toBe(403);
    }
  });

  it('should not ask bearer-authenticated writes for a CSRF token', async () => {
    const org = await createOrganizer(t);
    await createCampaign(t, org.token);
    const token = await t.http.post('/auth/tokens', { name: 'no csrf' }, org.token);
    expect(token.status).toBe(201);
  });

  it('should not fall back to the cookie when a bearer token is present but invalid', async () => {
    const org = await createOrganizer(t);
    const { cookie } = await signIn(org);
    const res = await t.http.request('GET', '/auth/me', { token: 'gss_forged', headers: { cookie } });
    expect(res.status).toBe(401);
  });

  it('should not accept an API token in the session cookie', async () => {
    const org = await createOrganizer(t);
    const token = await t.http.post('/auth/tokens', { name: 'not a cookie' }, org.token);
    expect((await withCookie('GET', '/auth/me', `gs_session=${token.body.token}`)).status).toBe(401);
  });

  it('should revoke the session and clear the cookie on DELETE /auth/session', async () => {
    const org = await createOrganizer(t);
    const { cookie, csrf } = await signIn(org);

    const refused = await withCookie('DELETE', '/auth/session', cookie);
    expect(refused.status).toBe(403);
    expect((await withCookie('GET', '/auth/session', cookie)).status).toBe(200);

    const out = await withCookie('DELETE', '/auth/session', cookie, { 'x-csrf-token': csrf });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/gs_session=;.*Max-Age=0/i);
    expect((await withCookie('GET', '/auth/session', cookie)).status).toBe(401);
    expect((await withCookie('GET', '/campaigns', cookie)).status).toBe(401);

    // a stale cookie is still cleared
    const stale = await withCookie('DELETE', '/auth/session', cookie);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('set-cookie')).toMatch(/Max-Age=0/i);
  });

  it('should refuse a wrong password on POST /auth/session with 401 and no cookie', async () => {
    const org = await createOrganizer(t);
    const res = await t.http.post('/auth/session', { email: org.email, password: 'not-the-password' });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('should document the session endpoints with named schemas and the cookie security scheme', async () => {
    const doc = (await t.http.get('/openapi.json')).body;
    expect(doc.components.schemas.ConsoleSession).toBeDefined();
    expect(doc.components.schemas.SessionSignIn).toBeDefined();
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'gs_session' });
    const post = doc.paths['/auth/session'].post;
    expect(post.summary).toBeTruthy();
    expect(post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/SessionSignIn');
    expect(post.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/ConsoleSession');
    expect(post.responses['401']).toBeDefined();
    expect(doc.paths['/auth/session'].get.summary).toBeTruthy();
    expect(doc.paths['/auth/session'].delete.summary).toBeTruthy();
  });
});

describe('session cookie behind https', () => {
  it('should mark the cookie Secure when PUBLIC_URL is https', async () => {
    const t = await startApp({ env: { PUBLIC_URL: 'https://groundswell.example.org' } });
    try {
      const org = await createOrganizer(t);
      const res = await t.http.post('/auth/session', { email: org.email, password: org.password });
      expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    } finally {
      await t.close();
    }
  });
});
