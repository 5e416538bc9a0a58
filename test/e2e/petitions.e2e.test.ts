import { waitUntil } from '../support/wait.js';
import { type TestApp } from '../support/app.js';
import {
  createOrganizer,
  createPetition,
  type OrganizerFixture,
  unique,
  startWithCampaign,
} from '../support/factories.js';
import { exportLines } from '../support/csv.js';
import { PetitionCountsService } from '../../src/modules/petitions/petition-counts.service.js';

/**
 * Petitions end to end: the real HTTP server and worker (count aggregator, mail relay) with a real
 * SMTP sink. Signers come from distinct client addresses through the trusted-proxy header, as
 * they would behind a load balancer.
 */
let t: TestApp;
let alice: OrganizerFixture;
let campaign: { id: string; slug: string };
let ipCounter = 1;
/** One pass of the count aggregator (as its every-second job runs it), so a count that must not move is checked after one. */
const aggregated = () => t.app.get(PetitionCountsService).aggregate();
const nextIp = () => `203.0.113.${ipCounter++ % 250}`;

/** An open petition of this file's campaign. */
const openPetition = (overrides: Record<string, unknown> = {}) =>
  createPetition(t, alice.token, campaign.id, overrides);

// Public reads come from one address of their own, so this file's polling never eats into the
// per-IP budget other test files in the same run share for 127.0.0.1.
const READER = { 'x-forwarded-for': '203.0.113.251' };
const pubGet = (path: string) => t.http.request('GET', path, { headers: READER });
const pubPost = (path: string, body: unknown) => t.http.request('POST', path, { body, headers: READER });

const signPath = (p: { slug: string }) => `/public/campaigns/${campaign.slug}/petitions/${p.slug}/signatures`;

function sign(p: { slug: string }, body: Record<string, unknown>, ip = nextIp()) {
  return t.http.request('POST', signPath(p), { body, headers: { 'x-forwarded-for': ip } });
}

/** The confirmation link token from the newest email to this address. */
async function confirmationToken(email: string): Promise<string> {
  const messages = await t.smtp.waitFor((all) =>
    all.some((m) => m.envelopeTo.includes(email) && /signature/i.test(m.parsed.subject ?? '')),
  );
  const mine = messages.filter((m) => m.envelopeTo.includes(email) && /signature/i.test(m.parsed.subject ?? ''));
  const text = mine[mine.length - 1].parsed.text ?? '';
  const match = /\/public\/signatures\/confirm\?token=([\w.-]+)/.exec(text);
  if (!match) throw new Error(`no confirmation link in: ${text}`);
  return match[1];
}

async function signAndConfirm(p: { slug: string }, body: Record<string, unknown>) {
  const res = await sign(p, body);
  expect(res.status).toBe(202);
  const token = await confirmationToken(body.email as string);
  const confirmed = await pubPost('/public/signatures/confirm', { token });
  expect(confirmed.status).toBe(200);
  return token;
}

async function publicCount(p: { slug: string }): Promise<number> {
  const res = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}`);
  return res.body.confirmedCount as number;
}

beforeAll(async () => {
  ({
    t,
    owner: alice,
    campaign,
  } = await startWithCampaign({
    env: {
      TRUST_PROXY: '127.0.0.1',
      PETITION_SIGN_BURST_PER_MINUTE: '3',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '1000',
      CORS_ORIGINS: 'https://campaign.example',
    },
  }));
});
afterAll(() => t.close());

describe('organizer petition API', () => {
  it('should create a petition with safe HTML, thresholds and a locale variant when an organizer posts one', async () => {
    const res = await t.http.post(
      `/campaigns/${campaign.id}/petitions`,
      {
        slug: unique('crud'),
        title: 'No Azure for Apartheid',
        body: 'Microsoft, **end the contracts**.\n\n<script>alert(1)</script> [x](javascript:alert(1))',
        target: 'Microsoft leadership',
        goal: 5000,
        thresholds: [1000, 10000],
        variants: { ar: { title: 'لا لأزور', body: 'أنهوا **العقود**', target: 'إدارة مايكروسوفت' } },
      },
      alice.token,
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('draft');
    expect(res.body.bodyHtml).toContain('<strong>end the contracts</strong>');
    expect(res.body.bodyHtml).not.toContain('<script>');
    expect(res.body.bodyHtml).not.toContain('href="javascript:');
    expect(res.body.variants).toEqual([
      expect.objectContaining({ locale: 'ar', bodyHtml: expect.stringContaining('<strong>العقود</strong>') }),
    ]);
    expect(res.body.nextThreshold).toBe(1000);

    const audit = await t.http.get(`/campaigns/${campaign.id}/audit?entityType=petition`, alice.token);
    expect(audit.body.items.map((e: { action: string; entityId: string }) => `${e.action}:${e.entityId}`)).toContain(
      `petition.created:${res.body.id}`,
    );
  });

  it('should reject thresholds that are not ascending and a duplicate slug', async () => {
    const bad = await t.http.post(
      `/campaigns/${campaign.id}/petitions`,
      { slug: unique('bad'), title: 'x', body: 'x', target: 'x', thresholds: [10, 5] },
      alice.token,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('thresholds');
    const p = await openPetition();
    const dup = await t.http.post(
      `/campaigns/${campaign.id}/petitions`,
      { slug: p.slug, title: 'x', body: 'x', target: 'x' },
      alice.token,
    );
    expect(dup.status).toBe(409);
  });

  it('should update, close, reopen and archive a petition, and hide drafts and archived ones from the public', async () => {
    const draft = await openPetition({ status: 'draft' });
    expect((await pubGet(`/public/campaigns/${campaign.slug}/petitions/${draft.slug}`)).status).toBe(404);

    const opened = await t.http.patch(
      `/campaigns/${campaign.id}/petitions/${draft.id}`,
      { status: 'open', title: 'New title' },
      alice.token,
    );
    expect(opened.status).toBe(200);
    expect(opened.body.openedAt).not.toBeNull();
    const pub = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${draft.slug}`);
    expect(pub.status).toBe(200);
    expect(pub.body.title).toBe('New title');

    const back = await t.http.patch(
      `/campaigns/${campaign.id}/petitions/${draft.id}`,
      { status: 'draft' },
      alice.token,
    );
    expect(back.status).toBe(409);

    const archived = await t.http.post(
      `/campaigns/${campaign.id}/petitions/${draft.id}/archive`,
      undefined,
      alice.token,
    );
    expect(archived.status).toBe(200);
    expect((await pubGet(`/public/campaigns/${campaign.slug}/petitions/${draft.slug}`)).status).toBe(404);
    const list = await t.http.get(`/campaigns/${campaign.id}/petitions?archived=true`, alice.token);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(draft.id);
  });

  it('should serve the petition text in the asked locale when a variant exists', async () => {
    const p = await openPetition({ variants: { ar: { title: 'أوقفوا العقود', body: 'نص', target: 'المدير' } } });
    const ar = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}?locale=ar`);
    expect(ar.body).toMatchObject({ locale: 'ar', title: 'أوقفوا العقود', target: 'المدير', locales: ['ar', 'en'] });
    const en = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}`);
    expect(en.body.title).toBe('End the contracts');
  });
});

describe('signing and confirming', () => {
  it('should count a signature only once the signer confirms it from the email, and confirming twice is harmless', async () => {
    const p = await openPetition({ goal: 100, thresholds: [10, 100] });
    const email = `${unique('signer')}@example.org`;
    const res = await sign(p, { email, firstName: 'Amal', lastName: 'Haddad', country: 'GB', postalCode: 'SW1A 1AA' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'pending', message: expect.any(String) });

    const token = await confirmationToken(email);
    await aggregated();
    expect(await publicCount(p)).toBe(0);

    const peek = await pubGet(`/public/signatures/confirm?token=${token}`);
    expect(peek.body).toEqual({
      confirmed: false,
      petition: { slug: p.slug, title: 'End the contracts', campaignSlug: campaign.slug },
    });
    const page = await t.http.request('GET', `/public/signatures/confirm?token=${token}`, {
      headers: { accept: 'text/html', ...READER },
    });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    await aggregated();
    expect(await publicCount(p)).toBe(0); // the page alone (a link scanner) confirms nothing

    // The page's button posts back to its own URL (token in the query), as a browser would.
    const first = await t.http.request('POST', `/public/signatures/confirm?token=${token}`, {
      body: {},
      headers: READER,
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      status: 'confirmed',
      petition: { slug: p.slug, title: 'End the contracts', campaignSlug: campaign.slug },
    });
    await waitUntil(async () => (await publicCount(p)) === 1, { what: 'count 1' });

    const again = await pubPost('/public/signatures/confirm', { token });
    expect(again.body).toEqual(first.body);
    // The count moves with the aggregator's next tick (every second; later on a busy machine).
    await waitUntil(async () => (await publicCount(p)) === 1, { what: 'the count to reach 1' });
    expect(await publicCount(p)).toBe(1);

    const view = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}`);
    expect(view.body).toMatchObject({
      confirmedCount: 1,
      goal: 100,
      nextThreshold: 10,
      target: 'The CEO',
      status: 'open',
    });
  });

  it('should answer a repeated signature exactly as a first one and keep one signature per supporter', async () => {
    const p = await openPetition();
    const email = `${unique('twice')}@example.org`;
    const first = await sign(p, { email, firstName: 'Sam' });
    const second = await sign(p, {
      email: email.toUpperCase(),
      firstName: 'Someone',
      showName: true,
      comment: 'changed',
    });
    const fresh = await sign(p, { email: `${unique('other')}@example.org` });
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(fresh.body).toEqual(first.body);

    const list = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/signatures`, alice.token);
    expect(list.body.items).toHaveLength(2);
    // The first submission stands: a stranger who knows the address cannot list someone by name.
    const mine = list.body.items.find((s: { signer: { email: string } }) => s.signer.email === email.toLowerCase());
    expect(mine).toMatchObject({ isPublic: false, displayName: 'Anonymous', comment: null });
  });

  it('should store each signer exactly once with one confirmation when many sign at the same moment', async () => {
    const p = await openPetition();
    const emails = Array.from({ length: 30 }, () => `${unique('rush')}@example.org`);
    // 40 simultaneous submissions: every address once, ten of them twice (group-committed together).
    const submissions = [...emails, ...emails.slice(0, 10)].map((email, i) =>
      sign(p, { email, firstName: `R${i}` }, `192.0.2.${i + 1}`),
    );
    const answers = await Promise.all(submissions);
    expect(new Set(answers.map((a) => `${a.status} ${a.text}`)).size).toBe(1);
    expect(answers[0].status).toBe(202);

    const list = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/signatures?limit=200`, alice.token);
    expect(list.body.items).toHaveLength(30);
    expect(new Set(list.body.items.map((s: { signer: { email: string } }) => s.signer.email))).toEqual(new Set(emails));
    // Every signer gets the confirmation email (the repeats at most a reminder besides).
    await t.smtp.waitFor((all) =>
      emails.every((e) =>
        all.some((m) => m.envelopeTo.includes(e) && /Confirm your signature/.test(m.parsed.subject ?? '')),
      ),
    );

    const one = list.body.items[0];
    const bySupporter = await t.http.get(
      `/campaigns/${campaign.id}/petitions/${p.id}/signatures?supporterId=${one.signer.supporterId}`,
      alice.token,
    );
    expect(bySupporter.body.items.map((s: { id: string }) => s.id)).toEqual([one.id]);
  });

  it('should list public signers as "First L." or "Anonymous" and never expose an email', async () => {
    const p = await openPetition();
    const named = `${unique('named')}@example.org`;
    const anon = `${unique('anon')}@example.org`;
    await signAndConfirm(p, {
      email: named,
      firstName: 'Layla',
      lastName: 'Nasser',
      showName: true,
      comment: 'For my colleagues',
    });
    await signAndConfirm(p, { email: anon, firstName: 'Hidden', lastName: 'Person', comment: 'private words' });
    const view = await waitUntil(
      async () => {
        const r = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}`);
        return r.body.confirmedCount === 2 && r.body.recentSigners.length === 2 && r;
      },
      { what: 'two recent signers' },
    );
    const names = view.body.recentSigners.map((s: { name: string }) => s.name).sort();
    expect(names).toEqual(['Anonymous', 'Layla N.']);
    expect(view.body.recentSigners.find((s: { name: string }) => s.name === 'Anonymous').comment).toBeNull();
    expect(view.body.recentSigners.find((s: { name: string }) => s.name === 'Layla N.').comment).toBe(
      'For my colleagues',
    );
    expect(view.text).not.toMatch(/@|Nasser|Hidden|private words/);

    const signers = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}/signers`);
    expect(signers.body.items.map((s: { name: string }) => s.name).sort()).toEqual(['Anonymous', 'Layla N.']);
    expect(signers.text).not.toMatch(/@|Nasser|Hidden/);
  });

  it('should let the campaign website sign from the browser (CORS) and no other origin', async () => {
    const p = await openPetition();
    const preflight = (origin: string) =>
      t.http.request('OPTIONS', signPath(p), {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://campaign.example')).headers.get('access-control-allow-origin')).toBe(
      'https://campaign.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should take a plain HTML form post and answer with a page, errors included', async () => {
    const p = await openPetition();
    const browser = { 'x-forwarded-for': nextIp(), accept: 'text/html,application/xhtml+xml' };
    const res = await t.http.request('POST', signPath(p), {
      form: {
        email: `${unique('form')}@example.org`,
        firstName: 'Form',
        showName: 'on',
        comment: 'Line one\nLine two',
        website: '',
      },
      headers: browser,
    });
    // Redirect-after-post to the thank-you page.
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/c/${campaign.slug}/petitions/${p.slug}/thanks?locale=en`);
    const thanks = await t.http.request('GET', location, { headers: browser });
    expect(thanks.status).toBe(200);
    expect(thanks.headers.get('content-type')).toContain('text/html');
    expect(thanks.text).toContain('Check your email');

    await t.http.patch(`/campaigns/${campaign.id}/petitions/${p.id}`, { status: 'closed' }, alice.token);
    const closed = await t.http.request('POST', signPath(p), {
      form: { email: `${unique('form')}@example.org` },
      headers: browser,
    });
    expect(closed.status).toBe(409);
    expect(closed.headers.get('content-type')).toContain('text/html');
    expect(closed.text).toContain('closed');
  });
});

describe('counts and thresholds', () => {
  it('should record one campaign milestone when the confirmed count crosses a threshold', async () => {
    const p = await openPetition({ thresholds: [2, 1000] });
    for (let i = 0; i < 3; i++) await signAndConfirm(p, { email: `${unique('m')}@example.org`, firstName: `M${i}` });
    await waitUntil(async () => (await publicCount(p)) === 3, { what: 'count 3' });
    // More passes of the aggregator: still exactly one milestone for this threshold.
    await aggregated();
    await aggregated();
    const milestones = await t.http.get(`/campaigns/${campaign.id}/milestones?limit=200`, alice.token);
    const mine = milestones.body.items.filter(
      (m: { key?: string; title: string }) => (m.key ?? '').includes(p.id) || m.title.includes('2 people'),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0].title).toContain('2 people have signed');
    const view = await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}`);
    expect(view.body.nextThreshold).toBe(1000);
  });

  it('should take an invalidated signature out of the count and put it back when reinstated', async () => {
    const p = await openPetition();
    const email = `${unique('fraud')}@example.org`;
    await signAndConfirm(p, { email, firstName: 'Bot' });
    await waitUntil(async () => (await publicCount(p)) === 1, { what: 'count 1' });
    const list = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/signatures`, alice.token);
    const id = list.body.items[0].id;

    const inv = await t.http.post(
      `/campaigns/${campaign.id}/petitions/${p.id}/signatures/${id}/invalidate`,
      { reason: 'bot run' },
      alice.token,
    );
    expect(inv.status).toBe(200);
    expect(inv.body).toMatchObject({ status: 'invalidated', invalidReason: 'bot run' });
    await waitUntil(async () => (await publicCount(p)) === 0, { what: 'count 0' });

    // The fraudster confirming again learns nothing and changes nothing.
    const token = await confirmationToken(email);
    expect((await pubPost('/public/signatures/confirm', { token })).body.status).toBe('confirmed');

    const back = await t.http.post(
      `/campaigns/${campaign.id}/petitions/${p.id}/signatures/${id}/reinstate`,
      { note: 'real person' },
      alice.token,
    );
    expect(back.body.status).toBe('confirmed');
    await waitUntil(async () => (await publicCount(p)) === 1, { what: 'count back to 1' });
  });
});

describe('fraud controls', () => {
  it('should refuse a disposable email domain with a clear error', async () => {
    const p = await openPetition();
    const res = await sign(p, { email: `${unique('x')}@mailinator.com` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'email' });
  });

  it('should answer a filled honeypot as usual and store nothing', async () => {
    const p = await openPetition();
    const res = await sign(p, { email: `${unique('bot')}@example.org`, website: 'http://spam.example' });
    expect(res.status).toBe(202);
    const list = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/signatures`, alice.token);
    expect(list.body.items).toHaveLength(0);
  });

  it('should rate limit bursts of signatures from one client address', async () => {
    const p = await openPetition();
    const ip = '198.51.100.77';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await sign(p, { email: `${unique('burst')}@example.org` }, ip)).status);
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Someone else is not affected.
    expect((await sign(p, { email: `${unique('ok')}@example.org` })).status).toBe(202);
  });

  it('should show moderators the trending IP hashes and email domains and invalidate them in bulk', async () => {
    const p = await openPetition();
    const ip = '198.51.100.90';
    for (let i = 0; i < 3; i++) await sign(p, { email: `${unique('t')}@bulk.example` }, ip);
    const trending = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/trending`, alice.token);
    expect(trending.status).toBe(200);
    expect(trending.body.signatures).toBe(3);
    expect(trending.body.ipHashes).toEqual([expect.objectContaining({ count: 3, invalidated: 0 })]);
    expect(trending.body.ipHashes[0].ipHash).not.toContain('198.51');
    expect(trending.body.emailDomains).toEqual([
      { domain: 'bulk.example', count: 3, invalidated: 0, disposable: false },
    ]);

    const bulk = await t.http.post(
      `/campaigns/${campaign.id}/petitions/${p.id}/signatures/invalidate-matching`,
      { reason: 'one bot', ipHash: trending.body.ipHashes[0].ipHash },
      alice.token,
    );
    expect(bulk.body).toEqual({ invalidated: 3 });
  });
});

describe('closed petitions', () => {
  it('should reject signatures to a closed petition with a clear error', async () => {
    const p = await openPetition();
    await t.http.patch(`/campaigns/${campaign.id}/petitions/${p.id}`, { status: 'closed' }, alice.token);
    const res = await sign(p, { email: `${unique('late')}@example.org` });
    expect(res.status).toBe(409);
    expect(res.body.type).toBe('urn:groundswell:problem:petition-closed');
  });

  it('should reject signatures once the closing time has passed', async () => {
    // Room for the first signature to land before closing even on a busy machine; then wait for the time to pass.
    const closesAt = Date.now() + 8_000;
    const p = await openPetition({ closesAt: new Date(closesAt).toISOString() });
    expect((await sign(p, { email: `${unique('early')}@example.org` })).status).toBe(202);
    await waitUntil(() => Date.now() > closesAt + 200, { what: 'the closing time to pass', intervalMs: 100 });
    const res = await sign(p, { email: `${unique('late')}@example.org` });
    expect(res.status).toBe(409);
    expect((await pubGet(`/public/campaigns/${campaign.slug}/petitions/${p.slug}`)).body.status).toBe('closed');
  });
});

describe('organizer reports and delivery', () => {
  let p: { id: string; slug: string };
  let viewer: OrganizerFixture;

  beforeAll(async () => {
    p = await openPetition({ title: 'Deliver me', target: 'The Board' });
    await signAndConfirm(p, {
      email: `${unique('d1')}@example.org`,
      firstName: 'Nour',
      lastName: 'Khalil',
      showName: true,
      country: 'PS',
      source: 'newsletter',
      comment: '=HYPERLINK("x")',
    });
    await signAndConfirm(p, {
      email: `${unique('d2')}@example.org`,
      firstName: 'Quiet',
      lastName: 'One',
      country: 'US',
      postalCode: '98052',
      source: 'newsletter',
    });
    await sign(p, { email: `${unique('d3')}@example.org`, firstName: 'Pending' });
    await waitUntil(async () => (await publicCount(p)) === 2, { what: 'count 2' });
    viewer = await createOrganizer(t);
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: viewer.email, role: 'viewer' }, alice.token);
  });

  it('should give counts per day, by source, country and postal-code prefix', async () => {
    const stats = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/stats?days=7`, alice.token);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ confirmed: 2, pending: 1, invalidated: 0 });
    expect(stats.body.topSources).toEqual([{ key: 'newsletter', count: 2 }]);
    expect(stats.body.countries.map((c: { key: string }) => c.key).sort()).toEqual(['PS', 'US']);
    expect(stats.body.postalPrefixes).toEqual([{ key: '980', count: 1 }]);
    const today = stats.body.perDay[stats.body.perDay.length - 1];
    expect(today).toMatchObject({ signed: 3, confirmed: 2 });
  });

  it('should show signer personal data to admins and owners only', async () => {
    const asOwner = await t.http.get(
      `/campaigns/${campaign.id}/petitions/${p.id}/signatures?status=confirmed`,
      alice.token,
    );
    expect(
      asOwner.body.items.every((s: { signer: { email: string } }) => s.signer.email.endsWith('@example.org')),
    ).toBe(true);
    const asViewer = await t.http.get(
      `/campaigns/${campaign.id}/petitions/${p.id}/signatures?status=confirmed`,
      viewer.token,
    );
    expect(asViewer.status).toBe(200);
    expect(asViewer.body.items.map((s: { signer: unknown }) => s.signer)).toEqual([null, null]);
    expect(asViewer.text).not.toContain('@example.org');
  });

  it('should stream a CSV export with personal columns for admins and neutralise formulas', async () => {
    const res = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/signatures.csv`, alice.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const { notice, lines } = exportLines(res.text);
    expect(notice).toMatch(/^# Exported by \S+@example\.org on \S+Z — personal data of 3 people$/);
    expect(lines[0]).toContain('email');
    expect(lines).toHaveLength(4);
    expect(res.text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('should print a delivery page and CSV with only the signers who chose to be public, and the total', async () => {
    const delivered = await t.http.post(
      `/campaigns/${campaign.id}/petitions/${p.id}/deliver`,
      { note: 'Handed to the board secretary' },
      alice.token,
    );
    expect(delivered.body).toMatchObject({ status: 'delivered', deliveryNote: 'Handed to the board secretary' });

    const html = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/delivery.html`, alice.token);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('Deliver me');
    expect(html.text).toContain('The Board');
    expect(html.text).toContain('2 people signed this petition. 1 chose to be listed by name.');
    expect(html.text).toContain('Nour K.');
    expect(html.text).not.toMatch(/Quiet|@example\.org|Khalil/);

    const csv = await t.http.get(`/campaigns/${campaign.id}/petitions/${p.id}/delivery.csv`, alice.token);
    const rows = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('name,country,signed_at,comment');
    expect(rows[1]).toMatch(/^Nour K\.,PS,/);
    expect(rows[rows.length - 1]).toContain('Total confirmed signatures: 2');
    expect(csv.headers.get('x-total-signatures')).toBe('2');

    const closed = await sign(p, { email: `${unique('after')}@example.org` });
    expect(closed.status).toBe(409);
  });
});
