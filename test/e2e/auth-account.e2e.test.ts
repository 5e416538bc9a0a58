import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import { createOrganizer, type OrganizerFixture } from '../support/factories.js';

/** Password change and reset, the sessions list, and "new device" emails (issues 14 and 17). */
describe('an organizer managing their own account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const login = (
    org: { email: string; password: string },
    userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
  ) =>
    t.http.request('POST', '/auth/login', {
      body: { email: org.email, password: org.password },
      headers: { 'user-agent': userAgent, 'x-forwarded-for': uniqueIp() },
    });

  const mailsTo = (email: string) => t.smtp.to(email).map((m) => m.parsed.text ?? '');

  const changePassword = (token: string, currentPassword: string, newPassword: string) =>
    t.http.post('/auth/password', { currentPassword, newPassword }, token);

  it('should change the password with the current one and sign out the other sessions', async () => {
    const org = await createOrganizer(t);
    const other = (await login(org)).body.token as string;

    const wrong = await changePassword(org.token, 'not-my-password', 'a-new-long-passphrase');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('currentPassword');
    const short = await changePassword(org.token, org.password, 'short');
    expect(short.status).toBe(400);
    expect(short.body.errors[0].path).toBe('newPassword');

    const ok = await changePassword(org.token, org.password, 'a-new-long-passphrase');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ ok: true, revokedSessions: 1 });
    expect((await t.http.get('/auth/me', org.token)).status).toBe(200);
    expect((await t.http.get('/auth/me', other)).status).toBe(401);
    expect((await login(org)).status).toBe(401);
    expect((await login({ email: org.email, password: 'a-new-long-passphrase' })).status).toBe(200);
  });

  it('should not let an API token change the password', async () => {
    const org = await createOrganizer(t);
    const token = (await t.http.post('/auth/tokens', { name: 'integration' }, org.token)).body.token;
    const res = await changePassword(token, org.password, 'x'.repeat(20));
    expect(res.status).toBe(403);
  });

  it('should keep the language the organizer chooses on their account, show it at sign-in, and mail them in it', async () => {
    const org = await createOrganizer(t);
    expect((await t.http.get('/auth/me', org.token)).body.locale).toBeNull();
    expect((await t.http.patch('/auth/me', { locale: 'fr' }, org.token)).status).toBe(400);
    expect((await t.http.patch('/auth/me', { locale: 'ar', name: 'Someone else' }, org.token)).status).toBe(400);
    expect((await t.http.request('PATCH', '/auth/me', { body: { locale: 'ar' } })).status).toBe(401);

    const changed = await t.http.patch('/auth/me', { locale: 'ar' }, org.token);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: org.id, email: org.email, locale: 'ar' });
    expect((await t.http.get('/auth/me', org.token)).body.locale).toBe('ar');
    // The console reads it when it signs in (and when it resumes a session).
    const session = await t.http.request('POST', '/auth/session', {
      body: { email: org.email, password: org.password },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(session.body.organizer).toEqual({ id: org.id, email: org.email, name: expect.any(String), locale: 'ar' });
    expect((await login(org)).body.organizer.locale).toBe('ar');

    // The mail sent to the organizer is in their language: the new-device notice of those sign-ins, a reset link.
    expect((await t.http.post('/auth/password-reset/request', { email: org.email })).status).toBe(202);
    const subjects = () => t.smtp.to(org.email).map((m) => m.parsed.subject);
    await t.smtp.waitFor(() => subjects().includes('إعادة تعيين كلمة مرور Groundswell'));
    expect(subjects()).toContain('تسجيل دخول جديد إلى حسابك على Groundswell');
    expect(subjects().filter((subject) => /^[A-Za-z]/.test(subject ?? ''))).toEqual([]);

    expect((await t.http.patch('/auth/me', { locale: 'en' }, org.token)).body.locale).toBe('en');
  });

  it('should reset a forgotten password from a single-use emailed link and sign out every session', async () => {
    const org = await createOrganizer(t);
    const asked = await t.http.post('/auth/password-reset/request', { email: org.email.toUpperCase() });
    expect(asked.status).toBe(202);
    await t.smtp.waitFor(() => mailsTo(org.email).some((m) => m.includes('/admin/password-reset?token=')));
    const token = /password-reset\?token=(gsr_[A-Za-z0-9_-]+)/.exec(mailsTo(org.email).join('\n'))?.[1];
    expect(token).toBeDefined();

    const weak = await t.http.post('/auth/password-reset/complete', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].path).toBe('password');
    const done = await t.http.post('/auth/password-reset/complete', { token, password: 'reset-long-passphrase' });
    expect(done.status).toBe(200);
    expect((await t.http.get('/auth/me', org.token)).status).toBe(401);
    expect((await login({ email: org.email, password: 'reset-long-passphrase' })).status).toBe(200);

    const again = await t.http.post('/auth/password-reset/complete', { token, password: 'another-passphrase' });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].path).toBe('token');
  });

  it('should answer a reset request for an unknown email exactly as for a known one, and send nothing', async () => {
    const email = 'nobody-at-all@example.org';
    const res = await t.http.post('/auth/password-reset/request', { email });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ ok: true });
    expect(t.smtp.to(email)).toHaveLength(0);
  });

  it('should refuse an expired reset link', async () => {
    const org = await createOrganizer(t);
    await t.http.post('/auth/password-reset/request', { email: org.email });
    await t.smtp.waitFor(() => mailsTo(org.email).some((m) => m.includes('gsr_')));
    const token = /(gsr_[A-Za-z0-9_-]+)/.exec(mailsTo(org.email).join('\n'))![1];
    const { PrismaService } = await import('../../src/infra/prisma/prisma.service.js');
    await t.app.get(PrismaService).$executeRaw`UPDATE auth_links SET expires_at = now() - interval '1 minute'
      WHERE organizer_id = ${org.id}::uuid`;
    expect(
      (await t.http.post('/auth/password-reset/complete', { token, password: 'too-late-passphrase' })).status,
    ).toBe(400);
  });

  it('should list active sessions with the device, mark the current one, and revoke another', async () => {
    const org: OrganizerFixture = await createOrganizer(t);
    const phone = await login(org, 'Mozilla/5.0 (Linux; Android 14) Chrome/140.0 Mobile Safari/537.36');
    const list = await t.http.get('/auth/sessions', org.token);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    const current = list.body.items.find((s: { current: boolean }) => s.current);
    const other = list.body.items.find((s: { current: boolean }) => !s.current);
    expect(current).toBeDefined();
    expect(other.device).toBe('Chrome on Android');

    expect((await t.http.delete(`/auth/sessions/${other.id}`, org.token)).status).toBe(200);
    expect((await t.http.get('/auth/me', phone.body.token)).status).toBe(401);
    expect((await t.http.delete(`/auth/sessions/${other.id}`, org.token)).status).toBe(404);
    const after = await t.http.get('/auth/sessions', org.token);
    expect(after.body.items.map((s: { id: string }) => s.id)).toEqual([current.id]);
  });

  it("should not let one organizer revoke another's session", async () => {
    const a = await createOrganizer(t);
    const b = await createOrganizer(t);
    const bSessions = await t.http.get('/auth/sessions', b.token);
    expect((await t.http.delete(`/auth/sessions/${bSessions.body.items[0].id}`, a.token)).status).toBe(404);
    expect((await t.http.get('/auth/me', b.token)).status).toBe(200);
  });

  it('should email the member when a sign-in comes from a device not seen before, and not for a known one', async () => {
    const org = await createOrganizer(t); // first sign-in: no email (nothing to compare with)
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0';
    await login(org, firefox);
    await t.smtp.waitFor(() => mailsTo(org.email).length >= 1);
    expect(mailsTo(org.email)[0]).toContain('Firefox on Linux');
    await login(org, firefox);
    await login(org, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1');
    await t.smtp.waitFor(() => mailsTo(org.email).length >= 2);
    expect(mailsTo(org.email).filter((m) => m.includes('Firefox on Linux'))).toHaveLength(1);
    expect(mailsTo(org.email)[1]).toContain('Safari on iOS');
  });
});
