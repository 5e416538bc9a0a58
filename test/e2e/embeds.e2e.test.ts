import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { type TestApp, uniqueIp } from '../support/app.js';
import { EVENTS_TEST_ENV } from '../support/events.js';
import {
  createEvent,
  createOrganizer,
  createPetition,
  type OrganizerFixture,
  startWithCampaign,
  unique,
} from '../support/factories.js';

/**
 * Embeddable forms over HTTP: the campaign's embedOrigins setting and its validation, the
 * frame-ancestors of embed pages (and of every other page), the form posts that stay in the
 * frame, the loader script, and the organizer's snippets.
 */
let t: TestApp;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { slug: string };
let event: { slug: string };

const html = (extra: Record<string, string> = {}) => ({ accept: 'text/html', 'x-forwarded-for': uniqueIp(), ...extra });
const get = (path: string, headers: Record<string, string> = html()) => t.http.request('GET', path, { headers });
const setOrigins = (embedOrigins: unknown, token = owner.token) =>
  t.http.patch(`/campaigns/${campaign.id}`, { embedOrigins }, token);
const frameAncestors = (csp: string | null) => /frame-ancestors ([^;]+)/.exec(csp ?? '')?.[1];

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign(
    { role: 'api', env: EVENTS_TEST_ENV },
    { name: 'Embed "Campaign"' },
  ));
  petition = await createPetition(t, owner.token, campaign.id, {
    title: 'Stop <the> deal',
    body: 'Please.',
    target: 'The board',
  });
  await createPetition(t, owner.token, campaign.id, {
    slug: unique('draft'),
    title: 'A draft',
    body: 'Not yet.',
    target: 'Nobody',
    status: 'draft',
  });
  event = await createEvent(t, owner.token, campaign.id, { capacity: 10 });
});
afterAll(async () => {
  await t?.close();
});

describe('embed origins setting', () => {
  it('should default to none, so embed pages may be framed nowhere', async () => {
    const c = await t.http.get(`/campaigns/${campaign.id}`, owner.token);
    expect(c.body.embedOrigins).toEqual([]);
    const res = await get(`/embed/${campaign.slug}/petitions/${petition.slug}`);
    expect(res.status).toBe(200);
    expect(frameAncestors(res.headers.get('content-security-policy'))).toBe("'none'");
  });

  it('should store origins in canonical form, once each', async () => {
    const res = await setOrigins(['https://Example.org/', 'https://example.org', 'https://shop.example.org:8443']);
    expect(res.status).toBe(200);
    expect(res.body.embedOrigins).toEqual(['https://example.org', 'https://shop.example.org:8443']);
  });

  it.each([
    ['http://example.org', 'https'],
    ['https://example.org/page', 'no path'],
    ['https://example.org?x=1', 'no path'],
    ['example.org', 'origin'],
    ['https://user:pw@example.org', 'credentials'],
    ['https://*.example.org', 'wildcards'],
    ["'self'", 'origin'],
  ])('should refuse %s with a problem naming the field', async (bad, words) => {
    const res = await setOrigins(['https://ok.example', bad]);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const err = res.body.errors.find((e: { path: string }) => e.path.startsWith('embedOrigins'));
    expect(err.path).toBe('embedOrigins.1');
    expect(err.message).toContain(words);
  });

  it('should accept http://localhost outside production', async () => {
    const res = await setOrigins(['http://localhost:8080', 'http://127.0.0.1:5173']);
    expect(res.status).toBe(200);
    expect(res.body.embedOrigins).toEqual(['http://localhost:8080', 'http://127.0.0.1:5173']);
  });

  it('should let only admins and owners change it', async () => {
    const viewer = await createOrganizer(t);
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: viewer.email, role: 'viewer' }, owner.token);
    expect((await setOrigins(['https://example.net'], viewer.token)).status).toBe(403);
  });
});

describe('frame-ancestors', () => {
  beforeAll(async () => {
    expect((await setOrigins(['https://example.org', 'https://friends.example'])).status).toBe(200);
  });

  it('should list exactly the campaign origins on every embed page, and drop X-Frame-Options', async () => {
    for (const path of [
      `/embed/${campaign.slug}/petitions/${petition.slug}`,
      `/embed/${campaign.slug}/petitions/${petition.slug}/thanks`,
      `/embed/${campaign.slug}/events/${event.slug}`,
      `/embed/${campaign.slug}/events/${event.slug}/thanks?status=waitlisted`,
      `/embed/${campaign.slug}/signup`,
      `/embed/${campaign.slug}/signup/thanks?locale=ar`,
    ]) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect(frameAncestors(res.headers.get('content-security-policy'))).toBe(
        'https://example.org https://friends.example',
      );
      expect(res.headers.get('x-frame-options')).toBeNull();
      expect(res.text).toContain('<body class="embed">');
      expect(res.text).toContain('name="robots" content="noindex"');
      expect(res.text).not.toContain('<script>');
    }
  });

  it("should keep frame-ancestors 'none' on the campaign's other pages", async () => {
    for (const path of [`/c/${campaign.slug}`, `/c/${campaign.slug}/petitions/${petition.slug}`]) {
      const res = await get(path);
      expect(frameAncestors(res.headers.get('content-security-policy'))).toBe("'none'");
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('should change the ETag when the origins change', async () => {
    const path = `/embed/${campaign.slug}/signup`;
    const before = (await get(path)).headers.get('etag');
    await setOrigins(['https://example.org']);
    const after = await get(path, html({ 'if-none-match': before! }));
    expect(after.status).toBe(200);
    expect(frameAncestors(after.headers.get('content-security-policy'))).toBe('https://example.org');
  });

  it('should draw the embed error page in the frame for a missing petition', async () => {
    const res = await get(`/embed/${campaign.slug}/petitions/no-such-petition`);
    expect(res.status).toBe(404);
    expect(frameAncestors(res.headers.get('content-security-policy'))).toBe('https://example.org');
    expect(res.text).toContain('<body class="embed">');
  });
});

describe('embedded forms', () => {
  const form = (extra: Record<string, string> = {}) => ({
    email: `${unique('em')}@example.org`,
    locale: 'en',
    consentTextVersion: 'pages-2026-12',
    ...extra,
  });

  it('should post the sign form inside the frame and redirect to the embed thank-you page', async () => {
    const page = await get(`/embed/${campaign.slug}/petitions/${petition.slug}?source=blog`);
    expect(page.text).toContain(
      `action="/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures?embed=1"`,
    );
    expect(page.text).toContain('name="source" value="blog"');
    expect(page.text).toMatch(/target="_blank" rel="noopener"/);
    const res = await t.http.request(
      'POST',
      `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures?embed=1`,
      { form: form({ redirect: 'true' }), headers: html() },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/embed/${campaign.slug}/petitions/${petition.slug}/thanks?locale=en`);
    const thanks = await get(res.headers.get('location')!);
    expect(thanks.text).toContain('Check your email');
    for (const a of thanks.text.match(/<a [^>]*href="https?:[^>]*>/g) ?? []) {
      expect(a).toContain('target="_blank"');
      expect(a).toContain('noopener');
    }
  });

  it('should re-render a refused sign form in the embed layout, framable by the campaign origins', async () => {
    const res = await t.http.request(
      'POST',
      `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures?embed=1`,
      { form: form({ email: 'not-an-email', firstName: 'Rana' }), headers: html() },
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('<body class="embed">');
    expect(res.text).toContain('value="Rana"');
    expect(res.text).toContain('signatures?embed=1');
    expect(frameAncestors(res.headers.get('content-security-policy'))).toBe('https://example.org');
  });

  it('should keep the RSVP and the signup inside the frame too', async () => {
    const rsvp = await t.http.request('POST', `/public/campaigns/${campaign.slug}/events/${event.slug}/rsvp?embed=1`, {
      form: form(),
      headers: html(),
    });
    expect(rsvp.status).toBe(303);
    expect(rsvp.headers.get('location')).toMatch(
      new RegExp(`^/embed/${campaign.slug}/events/${event.slug}/thanks\\?status=confirmed&locale=en$`),
    );
    const signup = await t.http.request('POST', `/public/campaigns/${campaign.slug}/supporters?embed=1`, {
      form: form({ consentUpdates: 'true' }),
      headers: html(),
    });
    expect(signup.status).toBe(303);
    expect(signup.headers.get('location')).toBe(`/embed/${campaign.slug}/signup/thanks?locale=en`);
  });
});

describe('loader script', () => {
  it('should serve /embed.js briefly cached and loadable from other origins, and the hashed copy for a year', async () => {
    const res = await get('/embed.js', { 'accept-encoding': 'identity' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const again = await get('/embed.js', { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
    const hashed = /"embed\.([0-9a-f]{12})\.js"/.exec(res.headers.get('etag')!)![1];
    const asset = await get(`/assets/embed.${hashed}.js`, { 'accept-encoding': 'identity' });
    expect(asset.text).toBe(res.text);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('should keep all page scripts together under 10 KB compressed', () => {
    const size = (f: string) => gzipSync(readFileSync(new URL(`../../src/web/assets/${f}`, import.meta.url))).length;
    expect(size('site.js') + size('embed.js')).toBeLessThan(10 * 1024);
  });
});

describe('organizer snippets', () => {
  it('should need a member of the campaign', async () => {
    expect((await t.http.get(`/campaigns/${campaign.id}/embeds`)).status).toBe(401);
    const stranger = await createOrganizer(t);
    expect((await t.http.get(`/campaigns/${campaign.id}/embeds`, stranger.token)).status).toBe(404);
  });

  it('should give an iframe and a script snippet for each open petition, event and the signup form', async () => {
    const viewer = await createOrganizer(t);
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: viewer.email, role: 'viewer' }, owner.token);
    const res = await t.http.get(`/campaigns/${campaign.id}/embeds`, viewer.token);
    expect(res.status).toBe(200);
    expect(res.body.allowedOrigins).toEqual(['https://example.org']);
    expect(res.body.items.map((i: { kind: string; slug: string }) => [i.kind, i.slug])).toEqual([
      ['petition', petition.slug],
      ['event', event.slug],
      ['signup', null],
    ]);
    const base = t.config.get('PUBLIC_URL');
    const p = res.body.items[0];
    expect(p.url).toBe(`${base}/embed/${campaign.slug}/petitions/${petition.slug}`);
    expect(p.iframe).toBe(
      `<iframe src="${p.url}" title="Stop &lt;the&gt; deal" width="100%" height="900" style="border:0" loading="lazy"></iframe>`,
    );
    expect(p.script).toBe(
      `<script src="${base}/embed.js" data-groundswell-embed="/embed/${campaign.slug}/petitions/${petition.slug}" data-title="Stop &lt;the&gt; deal" async></script>`,
    );
    expect(res.body.items[2].title).toBe('Embed "Campaign"');
    expect(res.body.items[2].iframe).toContain('title="Embed &quot;Campaign&quot;"');
  });
});
