import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { RecipientDirectory } from '../../src/modules/mail/recipient-directory.js';
import { SupporterDigestPagesService } from '../../src/modules/supporters/supporter-digest-pages.service.js';
import { SupportersService } from '../../src/modules/supporters/supporters.service.js';
import { mailSettled, waitUntil } from '../support/wait.js';
import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import { createCampaign, type OrganizerFixture, unique, startWithCampaign } from '../support/factories.js';
import {
  consent,
  linkIn,
  mailsTo,
  signup,
  signupAndConfirm,
  signupForm,
  spreadIps,
  SUPPORTERS_TEST_ENV,
  waitForMail,
} from '../support/supporters.js';

/**
 * Supporters end to end: public signup with double opt-in, deduplication, consent log,
 * unsubscribe and preferences through the signed links in real emails (in-process SMTP server),
 * against the real database and Redis.
 */
let t: TestApp;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let prisma: PrismaService;

const email = (tag = 's') => `${unique(tag)}@example.org`;

async function findByEmail(address: string, c = campaign) {
  const res = await t.http.get(`/campaigns/${c.id}/supporters?email=${encodeURIComponent(address)}`, owner.token);
  expect(res.status).toBe(200);
  return res.body.items[0] as any;
}

beforeAll(async () => {
  ({ t, prisma, owner, campaign } = await startWithCampaign(
    {
      env: {
        ...SUPPORTERS_TEST_ENV,
        SIGNUP_BLOCKED_DOMAINS: 'blocked.example',
        SIGNUP_BLOCK_DISPOSABLE: 'true',
        SIGNUP_MAX_PER_EMAIL_PER_HOUR: '4',
        SIGNUP_MAX_PER_IP_PER_HOUR: '1000',
      },
    },
    { defaultLocale: 'en' },
  ));
  spreadIps(t);
});
afterAll(() => t.close());

describe('signup and double opt-in', () => {
  it('should keep a new signup pending and email a confirmation link when someone signs up', async () => {
    const address = email();
    const res = await signup(t, campaign.slug, {
      email: address,
      firstName: 'Nadia',
      lastName: 'Haddad',
      postalCode: 'SW1A 1AA',
      country: 'gb',
      ...consent,
    });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ ok: true, message: expect.any(String) });

    const s = await findByEmail(address);
    expect(s).toMatchObject({
      status: 'pending',
      mailStatus: 'pending',
      country: 'GB',
      locale: 'en',
      purposes: { updates: true, digests: false },
    });
    expect(s.personal).toMatchObject({
      email: address,
      firstName: 'Nadia',
      lastName: 'Haddad',
      postalCode: 'SW1A 1AA',
      displayName: 'Nadia H.',
    });

    const mail = await waitForMail(t, address, /confirm/i);
    expect(mail.parsed.text).toContain('Hello Nadia');
    expect(linkIn(mail, '/public/confirm')).toMatch(/^\/public\/confirm\?token=/);
  });

  it('should never send campaign mail to a pending supporter', async () => {
    const address = email();
    await signup(t, campaign.slug, { email: address, ...consent, consentDigests: true });
    const s = await findByEmail(address);
    const directory = t.app.get(RecipientDirectory);
    const recipient = (await directory.resolve([s.id])).get(s.id)!;
    expect(recipient).toMatchObject({ campaignMail: false, digestMail: false, transactional: true });
    const audience: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await directory.audiencePage(campaign.id, { purpose: 'updates' }, after, 500);
      if (page.length === 0) break;
      audience.push(...page.map((m) => m.supporterId));
      after = page[page.length - 1].supporterId;
    }
    expect(audience).not.toContain(s.id);
  });

  it('should show a page with a button and change nothing when the confirmation link is opened', async () => {
    const address = email();
    await signup(t, campaign.slug, { email: address, ...consent });
    const path = linkIn(await waitForMail(t, address, /confirm/i), '/public/confirm');
    const page = await t.http.request('GET', path, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('<form method="post">');
    expect((await findByEmail(address)).status).toBe('pending');
  });

  it('should confirm the supporter when the confirmation is posted, and be harmless twice', async () => {
    const address = email();
    const path = await signupAndConfirm(t, campaign.slug, { email: address });
    let s = await findByEmail(address);
    expect(s).toMatchObject({ status: 'confirmed', mailStatus: 'subscribed', confirmedVia: 'email-link' });
    const again = await t.http.post(path, {});
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ ok: true, changed: false });
    s = await findByEmail(address);
    expect(s.status).toBe('confirmed');
    const recipient = (await t.app.get(RecipientDirectory).resolve([s.id])).get(s.id)!;
    expect(recipient).toMatchObject({ campaignMail: true, email: address });
  });

  it('should redirect an HTML confirmation to the campaign confirmed URL when one is set', async () => {
    const other = await createCampaign(t, owner.token);
    const set = await t.http.patch(
      `/campaigns/${other.id}/supporters/settings`,
      { confirmedUrl: 'https://campaign.example/welcome', thankYouUrl: 'https://campaign.example/thanks' },
      owner.token,
    );
    expect(set.status).toBe(200);
    const address = email();
    await signup(t, other.slug, { email: address, ...consent });
    const path = linkIn(await waitForMail(t, address, /confirm/i), '/public/confirm');
    const res = await t.http.request('POST', path, { form: {}, headers: { accept: 'text/html' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('https://campaign.example/welcome');
  });

  it('should refuse a forged or wrong-purpose token with a 400 naming token', async () => {
    const forged = await t.http.post('/public/confirm?token=abc.def', {});
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].path).toBe('token');
    const address = email();
    const path = await signupAndConfirm(t, campaign.slug, { email: address });
    const token = path.split('token=')[1];
    const wrongPurpose = await t.http.post(`/public/unsubscribe?token=${token}`, {});
    expect(wrongPurpose.status).toBe(400);
    expect(wrongPurpose.body.errors[0].path).toBe('token');
  });
});

describe('deduplication', () => {
  it('should keep one supporter when the same email signs up again with different casing and Unicode form', async () => {
    const local = `jose-${unique('d')}`;
    const first = `${local}\u00e9@example.org`; // é composed
    const second = `  ${local.toUpperCase()}E\u0301@EXAMPLE.ORG `; // É decomposed, other case, spaces
    const r1 = await signup(t, campaign.slug, { email: first, firstName: 'José', ...consent });
    const r2 = await signup(t, campaign.slug, {
      email: second,
      lastName: 'Ramírez',
      phone: '+44 20 7946 0000',
      ...consent,
      consentDigests: true,
    });
    expect(r2.status).toBe(r1.status);
    expect(r2.body).toEqual(r1.body);
    const rows = await prisma.supporter.findMany({
      where: { campaignId: campaign.id, emailIndex: t.app.get(SupportersService).emailIndex(first) },
    });
    expect(rows).toHaveLength(1);
    const s = await findByEmail(second);
    expect(s.personal).toMatchObject({ firstName: 'José', lastName: 'Ramírez', phone: '+44 20 7946 0000' });
    expect(s.purposes).toEqual({ updates: true, digests: true });
  });

  it('should answer identically whether or not the email is already on the list', async () => {
    const known = email();
    await signupAndConfirm(t, campaign.slug, { email: known });
    const again = await signup(t, campaign.slug, { email: known, ...consent });
    const fresh = await signup(t, campaign.slug, { email: email(), ...consent });
    expect(again.status).toBe(fresh.status);
    expect(again.body).toEqual(fresh.body);
    expect(again.headers.get('content-type')).toBe(fresh.headers.get('content-type'));
  });

  it('should fill in only missing fields, never overwrite, downgrade or switch the language of a returning supporter', async () => {
    const address = email();
    await signupAndConfirm(t, campaign.slug, { email: address, firstName: 'Layla', locale: 'en' });
    const before = mailsTo(t, address).length;
    const res = await signup(t, campaign.slug, {
      email: address,
      firstName: 'Someone Else',
      lastName: 'Mansour',
      locale: 'ar',
      ...consent,
    });
    expect(res.status).toBe(202);
    const s = await findByEmail(address);
    expect(s.status).toBe('confirmed');
    expect(s.locale).toBe('en');
    expect(s.personal.firstName).toBe('Layla');
    expect(s.personal.lastName).toBe('Mansour');
    // a confirmed supporter gets no new confirmation email
    await mailSettled(t);
    expect(mailsTo(t, address).length).toBe(before);
  });

  it('should apply the same rules to a group of forms written together (a petition group commit)', async () => {
    const svc = t.app.get(SupportersService);
    const returning = email('ret');
    await signupAndConfirm(t, campaign.slug, { email: returning, firstName: 'Layla', locale: 'en' });
    const fresh = email('new');
    const ctx = {
      ip: '203.0.113.9',
      sourceFormId: 'petition:test',
      sendConfirmation: false,
      campaignDefaultLocale: 'en',
    };
    const form = (body: Record<string, unknown>) => ({ campaignId: campaign.id, ctx, input: body as any });
    const results = await prisma.$transaction((tx) =>
      svc.upsertManyFromForms(tx, [
        form({ email: fresh, firstName: 'Omar', locale: 'ar', consentUpdates: true, consentTextVersion: 'v1' }),
        form({
          email: returning,
          firstName: 'Someone Else',
          lastName: 'Mansour',
          locale: 'ar',
          consentDigests: true,
          consentTextVersion: 'v1',
        }),
        // The same new address twice in one group: one supporter; the second entry is a returning one.
        form({ email: fresh, lastName: 'Khalil', country: 'GB' }),
      ]),
    );
    expect(results.map((r) => [r.created, r.status, r.locale])).toEqual([
      [true, 'pending', 'ar'],
      [false, 'confirmed', 'en'],
      [false, 'pending', 'ar'],
    ]);
    expect(results[2].supporterId).toBe(results[0].supporterId);
    expect(results[0].needsConfirmation).toBe(true);
    expect(results[1].needsConfirmation).toBe(false);

    const newcomer = await findByEmail(fresh);
    expect(newcomer.personal).toMatchObject({ firstName: 'Omar', lastName: 'Khalil' });
    expect(newcomer).toMatchObject({ country: 'GB', locale: 'ar', purposes: { updates: true, digests: false } });
    const known = await findByEmail(returning);
    expect(known.personal).toMatchObject({ firstName: 'Layla', lastName: 'Mansour' });
    expect(known).toMatchObject({ status: 'confirmed', locale: 'en', purposes: { digests: true } });
    const grants = await prisma.supporterConsent.findMany({
      where: { formId: 'petition:test', supporterId: { in: [results[0].supporterId, results[1].supporterId] } },
    });
    expect(
      grants.map((g) => `${g.supporterId === results[0].supporterId ? 'new' : 'returning'}:${g.purpose}`).sort(),
    ).toEqual(['new:updates', 'returning:digests']);
  });

  it('should resend the confirmation when a pending supporter signs up again', async () => {
    const address = email();
    await signup(t, campaign.slug, { email: address, ...consent });
    await waitForMail(t, address, /confirm/i, 1);
    await signup(t, campaign.slug, { email: address, ...consent });
    await waitForMail(t, address, /confirm/i, 2);
  });

  it('should make one supporter when the same email signs up concurrently', async () => {
    const address = email();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => signup(t, campaign.slug, { email: address, ...consent })),
    );
    expect(results.map((r) => r.status)).toEqual([202, 202, 202, 202]);
    const n = await prisma.supporter.count({
      where: { campaignId: campaign.id, emailIndex: t.app.get(SupportersService).emailIndex(address) },
    });
    expect(n).toBe(1);
  });
});

describe('consent log', () => {
  it('should record each grant with the consent text version, the form and a keyed IP hash, never the raw IP', async () => {
    const address = email();
    const ip = '203.0.113.77';
    await signup(
      t,
      campaign.slug,
      {
        email: address,
        consentUpdates: true,
        consentDigests: true,
        consentTextVersion: 'join-2026-05',
        formId: 'footer',
      },
      { ip },
    );
    const s = await findByEmail(address);
    const detail = (await t.http.get(`/campaigns/${campaign.id}/supporters/${s.id}`, owner.token)).body;
    expect(detail.consentLog).toHaveLength(2);
    expect(detail.consentLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          purpose: 'updates',
          action: 'granted',
          textVersion: 'join-2026-05',
          source: 'form',
          formId: 'signup:footer',
        }),
        expect.objectContaining({
          purpose: 'digests',
          action: 'granted',
          textVersion: 'join-2026-05',
          source: 'form',
          formId: 'signup:footer',
        }),
      ]),
    );
    const rows = await prisma.supporterConsent.findMany({ where: { supporterId: s.id } });
    for (const r of rows) {
      expect(r.ipHash).toMatch(/^[\w-]{22}$/);
      expect(JSON.stringify(r)).not.toContain(ip);
    }
    const raw = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM supporter_consents WHERE ip_hash LIKE '%203.0.113%' OR form_id LIKE '%203.0.113%'`,
    );
    expect(Number(raw[0].n)).toBe(0);
  });

  it('should log a confirmation entry when the person confirms', async () => {
    const address = email();
    await signupAndConfirm(t, campaign.slug, { email: address });
    const s = await findByEmail(address);
    const detail = (await t.http.get(`/campaigns/${campaign.id}/supporters/${s.id}`, owner.token)).body;
    expect(detail.consentLog.map((c: any) => `${c.purpose}:${c.action}`)).toEqual([
      'updates:granted',
      'updates:confirmed',
    ]);
  });

  it('should delete IP hashes older than 30 days and keep the rest of the entry', async () => {
    const address = email();
    await signup(t, campaign.slug, { email: address, ...consent });
    const s = await findByEmail(address);
    const { SupporterPrivacyService } = await import('../../src/modules/supporters/supporter-privacy.service.js');
    const privacy = t.app.get(SupporterPrivacyService);
    await privacy.expireIpHashes(new Date(Date.now() + 29 * 86_400_000));
    expect((await prisma.supporterConsent.findFirst({ where: { supporterId: s.id } }))!.ipHash).not.toBeNull();
    await privacy.expireIpHashes(new Date(Date.now() + 31 * 86_400_000));
    const entry = (await prisma.supporterConsent.findFirst({ where: { supporterId: s.id } }))!;
    expect(entry.ipHash).toBeNull();
    expect(entry.textVersion).toBe('updates-v3');
  });
});

describe('form posts, honeypot, limits and bad input', () => {
  it('should accept a plain HTML form post and redirect to the configured thank-you URL when the form asks for it', async () => {
    const other = await createCampaign(t, owner.token);
    await t.http.patch(
      `/campaigns/${other.id}/supporters/settings`,
      { thankYouUrl: 'https://campaign.example/thank-you' },
      owner.token,
    );
    const address = email();
    const res = await signupForm(t, other.slug, {
      email: address,
      firstName: 'Omar',
      consentUpdates: 'on',
      consentTextVersion: 'v1',
      redirect: '1',
      website: '',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('https://campaign.example/thank-you');
    await waitForMail(t, address, /confirm/i);
  });

  it('should redirect a browser form post to the thank-you page in the form language', async () => {
    const res = await signupForm(
      t,
      campaign.slug,
      { email: email(), consentUpdates: 'on', consentTextVersion: 'v1', locale: 'ar' },
      { headers: { accept: 'text/html' } },
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/c/${campaign.slug}/thanks?locale=ar`);
    const page = await t.http.request('GET', location, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('dir="rtl"');
    expect(page.text).toContain('lang="ar"');
  });

  it('should answer as usual but store and send nothing when the honeypot is filled', async () => {
    const address = email();
    const res = await signup(t, campaign.slug, { email: address, ...consent, website: 'http://spam.example' });
    expect(res.status).toBe(202);
    await mailSettled(t);
    expect(
      await prisma.supporter.count({ where: { emailIndex: t.app.get(SupportersService).emailIndex(address) } }),
    ).toBe(0);
    expect(mailsTo(t, address)).toHaveLength(0);
  });

  it('should stop sending confirmations after the per-email limit while answering the same', async () => {
    const address = email();
    const bodies = [];
    for (let i = 0; i < 6; i++) bodies.push(await signup(t, campaign.slug, { email: address, ...consent }));
    expect(new Set(bodies.map((b) => `${b.status}${JSON.stringify(b.body)}`)).size).toBe(1);
    await waitForMail(t, address, /confirm/i, 4);
    await mailSettled(t);
    expect(mailsTo(t, address, /confirm/i)).toHaveLength(4);
  });

  it('should answer 429 when one client IP signs up too often', async () => {
    const limited = await startApp({ env: { ...SUPPORTERS_TEST_ENV, SIGNUP_MAX_PER_IP_PER_HOUR: '3' } });
    try {
      const ip = uniqueIp();
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await signup(limited, campaign.slug, { email: email(), ...consent }, { ip })).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
      expect((await signup(limited, campaign.slug, { email: email(), ...consent }, { ip: uniqueIp() })).status).toBe(
        202,
      );
    } finally {
      await limited.close();
    }
  });

  it('should refuse blocked and disposable email domains with a 400 naming email', async () => {
    for (const address of [`x@blocked.example`, `x@sub.blocked.example`, `x@mailinator.com`]) {
      const res = await signup(t, campaign.slug, { email: address, ...consent });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].path).toBe('email');
    }
  });

  it.each([
    ['email', { email: 'not-an-email' }],
    ['email', { email: 'a@b' }],
    ['email', { email: 42 }],
    ['email', { email: undefined }],
    ['firstName', { firstName: 'Eve\r\nBcc: victim@example.org' }],
    ['lastName', { lastName: 'x'.repeat(101) }],
    ['lastName', { lastName: 'a\u202Eb' }],
    ['phone', { phone: 'call me' }],
    ['postalCode', { postalCode: '<script>' }],
    ['country', { country: 'XX' }],
    ['locale', { locale: 'fr' }],
    ['referrer', { referrer: 'javascript:alert(1)' }],
    ['consentUpdates', { consentUpdates: 'maybe' }],
    ['consentUpdates', { consentUpdates: false, consentDigests: false }],
    ['consentTextVersion', { consentTextVersion: undefined }],
    ['consentTextVersion', { consentTextVersion: 'v1 <b>' }],
    ['utmSource', { utmSource: 'a'.repeat(300) }],
    ['surprise', { surprise: 1 }],
  ])('should answer 400 naming %s when it is malformed', async (field, patch) => {
    const body: Record<string, unknown> = { email: email(), ...consent, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete body[k];
    const res = await signup(t, campaign.slug, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: any) => e.path)).toContain(field);
  });

  it('should answer 404 for an unknown or archived campaign', async () => {
    expect((await signup(t, 'no-such-campaign', { email: email(), ...consent })).status).toBe(404);
    const archived = await createCampaign(t, owner.token);
    await t.http.post(`/campaigns/${archived.id}/archive`, {}, owner.token);
    expect((await signup(t, archived.slug, { email: email(), ...consent })).status).toBe(404);
  });

  it('should allow the signup endpoint from a configured CORS origin', async () => {
    const cors = await startApp({ env: { ...SUPPORTERS_TEST_ENV, CORS_ORIGINS: 'https://campaign.example' } });
    try {
      const pre = await cors.http.request('OPTIONS', `/public/campaigns/${campaign.slug}/supporters`, {
        headers: {
          origin: 'https://campaign.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(pre.status).toBeLessThan(300);
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://campaign.example');
      const other = await cors.http.request('OPTIONS', `/public/campaigns/${campaign.slug}/supporters`, {
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cors.close();
    }
  });
});

describe('unsubscribe and preferences', () => {
  async function confirmedSupporter(extra: Record<string, unknown> = {}) {
    const address = email();
    await signupAndConfirm(t, campaign.slug, { email: address, ...extra });
    const s = await findByEmail(address);
    return { address, id: s.id as string };
  }

  it('should unsubscribe at once from every purpose on the RFC 8058 one-click POST', async () => {
    const { address, id } = await confirmedSupporter({ consentDigests: true });
    const token = t.app
      .get((await import('../../src/infra/crypto/link-signer.service.js')).LinkSignerService)
      .signFor('unsubscribe', id);
    const page = await t.http.request('GET', `/public/unsubscribe?token=${token}`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect((await findByEmail(address)).mailStatus).toBe('subscribed');

    const res = await t.http.request('POST', `/public/unsubscribe?token=${token}`, {
      form: { 'List-Unsubscribe': 'One-Click' },
    });
    expect(res.status).toBe(200);
    const s = await findByEmail(address);
    expect(s).toMatchObject({ mailStatus: 'unsubscribed', purposes: { updates: false, digests: false } });
    expect((await t.app.get(RecipientDirectory).resolve([id])).get(id)).toMatchObject({
      campaignMail: false,
      digestMail: false,
    });
    const log = (await t.http.get(`/campaigns/${campaign.id}/supporters/${id}`, owner.token)).body.consentLog;
    expect(
      log
        .filter((c: any) => c.action === 'withdrawn')
        .map((c: any) => c.purpose)
        .sort(),
    ).toEqual(['digests', 'updates']);
    // again, and as multipart (which RFC 8058 allows): harmless
    const boundary = 'xYz';
    const multipart = await t.http.request('POST', `/public/unsubscribe?token=${token}`, {
      raw: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(multipart.status).toBe(200);
  });

  it('should serve the unsubscribe and preferences links the mail module builds', async () => {
    const { unsubscribeUrl, preferencesUrl } = await import('../../src/modules/mail/links.js');
    const { LinkSignerService } = await import('../../src/infra/crypto/link-signer.service.js');
    const signer = t.app.get(LinkSignerService);
    const { id } = await confirmedSupporter();
    const pref = new URL(preferencesUrl(signer, id));
    const unsub = new URL(unsubscribeUrl(signer, id));
    expect((await t.http.get(pref.pathname + pref.search)).status).toBe(200);
    expect((await t.http.post(unsub.pathname + unsub.search, {})).status).toBe(200);
  });

  it('should show masked preferences and apply changes made through the preferences link', async () => {
    const { address, id } = await confirmedSupporter();
    const { LinkSignerService } = await import('../../src/infra/crypto/link-signer.service.js');
    const token = t.app.get(LinkSignerService).signFor('preferences', id);
    const view = await t.http.get(`/public/preferences?token=${token}`);
    expect(view.status).toBe(200);
    expect(view.body.email).toBe(`${address[0]}***@example.org`);
    expect(view.text).not.toContain(address);
    expect(view.body).toMatchObject({
      locale: 'en',
      purposes: { updates: true, digests: false },
      digestFrequency: 'weekly',
    });

    const changed = await t.http.post(`/public/preferences?token=${token}`, {
      digests: true,
      digestFrequency: 'daily',
      digestHour: 7,
      timeZone: 'Asia/Gaza',
      locale: 'ar',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      locale: 'ar',
      purposes: { updates: true, digests: true },
      digestFrequency: 'daily',
      digestHour: 7,
      timeZone: 'Asia/Gaza',
    });
    const digestPage = await t.app
      .get(SupporterDigestPagesService)
      .digestSubscribersPage(campaign.id, 'daily', null, 1000);
    expect(digestPage).toContainEqual({ supporterId: id, locale: 'ar', digestHour: 7, timeZone: 'Asia/Gaza' });

    // The HTML form leaves unchecked boxes out.
    const html = await t.http.request('POST', `/public/preferences?token=${token}`, {
      form: { fullForm: 'true', digests: 'true', digestFrequency: 'weekly', digestHour: '', locale: 'en' },
      headers: { accept: 'text/html' },
    });
    expect(html.status).toBe(200);
    expect(html.text).toContain('<form');
    const s = await findByEmail(address);
    expect(s).toMatchObject({
      purposes: { updates: false, digests: true },
      digestFrequency: 'weekly',
      digestHour: null,
      locale: 'en',
    });
    const log = (await t.http.get(`/campaigns/${campaign.id}/supporters/${id}`, owner.token)).body.consentLog;
    expect(
      log
        .slice(-2)
        .map((c: any) => `${c.purpose}:${c.action}:${c.source}`)
        .sort(),
    ).toEqual(['digests:granted:preferences', 'updates:withdrawn:preferences']);

    const unsub = await t.http.post(`/public/preferences?token=${token}`, { unsubscribeAll: true });
    expect(unsub.body).toMatchObject({ unsubscribed: true, mailStatus: 'unsubscribed' });
  });

  it('should resubscribe only after a new confirmation when an unsubscribed person signs up again', async () => {
    const { address, id } = await confirmedSupporter();
    const { LinkSignerService } = await import('../../src/infra/crypto/link-signer.service.js');
    await t.http.post(`/public/unsubscribe?token=${t.app.get(LinkSignerService).signFor('unsubscribe', id)}`, {});
    const before = mailsTo(t, address, /confirm/i).length;
    await signup(t, campaign.slug, { email: address, ...consent });
    expect((await findByEmail(address)).mailStatus).toBe('unsubscribed');
    const mail = await waitForMail(t, address, /confirm/i, before + 1);
    await t.http.post(linkIn(mail, '/public/confirm'), {});
    expect((await findByEmail(address)).mailStatus).toBe('subscribed');
  });
});

describe('mail directory contract', () => {
  it('should filter the audience by purpose, tags, locales and countries and count it the same', async () => {
    const c = await createCampaign(t, owner.token);
    const a = email();
    const b = email();
    await signupAndConfirm(t, c.slug, { email: a, locale: 'ar', country: 'PS', consentDigests: true });
    await signupAndConfirm(t, c.slug, { email: b, locale: 'en', country: 'GB' });
    const ida = (await findByEmail(a, c)).id;
    await t.http.post(`/campaigns/${c.id}/supporters/tags`, { supporterIds: [ida], add: ['Volunteers'] }, owner.token);
    const dir = t.app.get(RecipientDirectory);
    expect(await dir.countAudience(c.id, { purpose: 'updates' })).toBe(2);
    expect(await dir.countAudience(c.id, { purpose: 'digests' })).toBe(1);
    expect(
      (await dir.audiencePage(c.id, { purpose: 'updates', tags: ['volunteers'] }, null, 10)).map((m) => m.supporterId),
    ).toEqual([ida]);
    expect(await dir.audiencePage(c.id, { purpose: 'updates', locales: ['ar'], countries: ['ps'] }, null, 10)).toEqual([
      { supporterId: ida, locale: 'ar' },
    ]);
    expect(await dir.countAudience(c.id, { purpose: 'updates', countries: ['FR'] })).toBe(0);
  });

  it('should mark every supporter with the address undeliverable on a bounce, and a complaint wins over a bounce', async () => {
    const c2 = await createCampaign(t, owner.token);
    const address = email();
    await signupAndConfirm(t, campaign.slug, { email: address });
    await signupAndConfirm(t, c2.slug, { email: address });
    const dir = t.app.get(RecipientDirectory);
    const index = t.app.get(SupportersService).emailIndex(address);
    await dir.markUndeliverable(index, 'complained');
    await dir.markUndeliverable(index, 'bounced');
    expect((await findByEmail(address)).mailStatus).toBe('complained');
    expect((await findByEmail(address, c2)).mailStatus).toBe('complained');
    const id = (await findByEmail(address)).id;
    expect((await dir.resolve([id])).get(id)).toMatchObject({ campaignMail: false, transactional: true });
  });
});

describe('retention', () => {
  it('should delete unconfirmed signups after the configured number of days, and keep confirmed ones', async () => {
    const { SupporterPrivacyService } = await import('../../src/modules/supporters/supporter-privacy.service.js');
    const pending = email();
    const confirmed = email();
    await signup(t, campaign.slug, { email: pending, ...consent });
    await signupAndConfirm(t, campaign.slug, { email: confirmed });
    const privacy = t.app.get(SupporterPrivacyService);
    await privacy.purgeUnconfirmed(new Date(Date.now() + 13 * 86_400_000));
    expect(await findByEmail(pending)).toBeDefined();
    const purged = await privacy.purgeUnconfirmed(new Date(Date.now() + 15 * 86_400_000));
    expect(purged).toBeGreaterThan(0);
    expect(await findByEmail(pending)).toBeUndefined();
    expect(await findByEmail(confirmed)).toBeDefined();
  });

  it('should schedule the retention jobs in the worker', async () => {
    const { SCHEDULES } = await import('../../src/infra/queue/queue.registry.js');
    expect(SCHEDULES.map((s) => s.job)).toEqual(
      expect.arrayContaining(['supporters.purge-unconfirmed', 'supporters.expire-ip-hashes']),
    );
    await waitUntil(
      async () => {
        const { QueueService } = await import('../../src/infra/queue/queue.service.js');
        const schedulers = await t.app.get(QueueService).queue('supporters').getJobSchedulers();
        return schedulers.length === 2;
      },
      { what: 'job schedulers' },
    );
  });
});
