import { generate } from 'otplib';
import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import { createCampaign, createOrganizer, type OrganizerFixture } from '../support/factories.js';

/** TOTP enrolment, sign-in with a code or a recovery code, and campaigns that require it. */
describe('two-factor authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { LOGIN_MAX_PER_ACCOUNT_ALL_SOURCES: '6' } });
  });
  afterAll(() => t.close());

  const login = (body: Record<string, unknown>) =>
    t.http.request('POST', '/auth/login', { body, headers: { 'x-forwarded-for': uniqueIp() } });

  /** A code for a time step the server has not seen yet (each code works once). */
  const code = (secret: string, stepsAhead = 0) =>
    generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

  async function enrol(org: OrganizerFixture) {
    const started = await t.http.post('/auth/two-factor', {}, org.token);
    expect(started.status).toBe(200);
    expect(started.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const secret = started.body.secret as string;
    const wrong = await t.http.post('/auth/two-factor/confirm', { code: '000000' }, org.token);
    expect(wrong.status).toBe(400);
    const confirmed = await t.http.post('/auth/two-factor/confirm', { code: await code(secret) }, org.token);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    return { secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
  }

  it('should enrol, then ask for the code at sign-in and accept the right one once', async () => {
    const org = await createOrganizer(t);
    const { secret, recoveryCodes } = await enrol(org);
    expect((await t.http.get('/auth/two-factor', org.token)).body).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    const noCode = await login({ email: org.email, password: org.password });
    expect(noCode.status).toBe(401);
    expect(noCode.body.type).toBe('urn:groundswell:problem:two-factor-required');
    expect(noCode.body.errors[0].path).toBe('totp');
    // a wrong password never learns that a code would be needed
    const wrongPassword = await login({ email: org.email, password: 'wrong-password' });
    expect(wrongPassword.body.type).toBe('urn:groundswell:problem:invalid-credentials');

    const bad = await login({ email: org.email, password: org.password, totp: '123456' });
    expect(bad.status).toBe(401);
    const totp = await code(secret, 1);
    const ok = await login({ email: org.email, password: org.password, totp });
    expect(ok.status).toBe(200);
    // the same code does not work twice
    expect((await login({ email: org.email, password: org.password, totp })).status).toBe(401);

    // each time step's code works once; the console sign-in uses a recovery code instead
    const cookie = await t.http.post('/auth/session', {
      email: org.email,
      password: org.password,
      totp: recoveryCodes[0],
    });
    expect(cookie.status).toBe(200);
  });

  it('should store the secret encrypted, never in plain text', async () => {
    const org = await createOrganizer(t);
    const { secret } = await enrol(org);
    const { PrismaService } = await import('../../src/infra/prisma/prisma.service.js');
    const rows = await t.app.get(PrismaService).$queryRaw<{ totp_secret: string; recovery_codes: string[] }[]>`
      SELECT totp_secret, recovery_codes FROM organizers WHERE id = ${org.id}::uuid`;
    expect(rows[0].totp_secret).not.toContain(secret);
    expect(rows[0].totp_secret).toMatch(/^v1\./);
    expect(rows[0].recovery_codes).toHaveLength(10);
  });

  it('should accept each recovery code once, and disable with the password and a code', async () => {
    const org = await createOrganizer(t);
    const { secret, recoveryCodes } = await enrol(org);
    const first = await login({ email: org.email, password: org.password, totp: recoveryCodes[0] });
    expect(first.status).toBe(200);
    expect((await login({ email: org.email, password: org.password, totp: recoveryCodes[0] })).status).toBe(401);
    expect((await t.http.get('/auth/two-factor', org.token)).body.recoveryCodesLeft).toBe(9);

    const wrongPassword = await t.http.post(
      '/auth/two-factor/disable',
      { password: 'not-mine', code: await code(secret, 3) },
      org.token,
    );
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.errors[0].path).toBe('password');
    const off = await t.http.post(
      '/auth/two-factor/disable',
      { password: org.password, code: recoveryCodes[1] },
      org.token,
    );
    expect(off.status).toBe(200);
    expect((await login({ email: org.email, password: org.password })).status).toBe(200);
  });

  it('should let a correct password with a valid code through while the account is under a distributed attack', async () => {
    const org = await createOrganizer(t);
    const { secret } = await enrol(org);
    for (let i = 0; i < 6; i++) expect((await login({ email: org.email, password: `guess-${i}` })).status).toBe(401);
    const res = await login({ email: org.email, password: org.password, totp: await code(secret, 1) });
    expect(res.status).toBe(200);
  });

  it('should let only an owner with two-factor require it, and refuse members without it until they enrol', async () => {
    const owner = await createOrganizer(t);
    const member = await createOrganizer(t);
    const c = await createCampaign(t, owner.token);
    await t.http.post(`/campaigns/${c.id}/members`, { email: member.email, role: 'admin' }, owner.token);

    const tooEarly = await t.http.patch(`/campaigns/${c.id}`, { requireTwoFactor: true }, owner.token);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.errors[0].path).toBe('requireTwoFactor');
    const { secret } = await enrol(owner);
    const ownerAgain = (await login({ email: owner.email, password: owner.password, totp: await code(secret, 1) })).body
      .token as string;
    expect((await t.http.patch(`/campaigns/${c.id}`, { requireTwoFactor: true }, member.token)).status).toBe(403);
    const on = await t.http.patch(`/campaigns/${c.id}`, { requireTwoFactor: true }, ownerAgain);
    expect(on.status).toBe(200);
    expect(on.body.requireTwoFactor).toBe(true);

    const refused = await t.http.get(`/campaigns/${c.id}`, member.token);
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:groundswell:problem:two-factor-required');
    expect(refused.body.detail).toContain('/auth/two-factor');
    // the campaign list still shows it, so the console can say why
    expect((await t.http.get('/campaigns', member.token)).status).toBe(200);

    await enrol(member);
    expect((await t.http.get(`/campaigns/${c.id}`, member.token)).status).toBe(200);
  });
});
