import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { type TestApp, uniqueIp as randomIp } from '../support/app.js';
import { EVENTS_TEST_ENV } from '../support/events.js';
import { createEvent, createPetition, type OrganizerFixture, startWithCampaign, unique } from '../support/factories.js';

/**
 * The public web layer over HTTP: pages, their caching and headers, the form answers (redirect on
 * success, the form again with values and messages on error), the one HTML error page, assets.
 */
let t: TestApp;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { slug: string };

const html = (extra: Record<string, string> = {}) => ({ accept: 'text/html', 'x-forwarded-for': randomIp(), ...extra });
const get = (path: string, headers: Record<string, string> = html()) => t.http.request('GET', path, { headers });

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign(
    { role: 'api', env: EVENTS_TEST_ENV },
    { name: 'Pages <Campaign>', summary: 'Stop the contracts & win.' },
  ));
  petition = await createPetition(t, owner.token, campaign.id, {
    title: 'End the <b>contracts</b>',
    body: 'We ask **you** to act. <script>alert(1)</script>',
    target: 'The CEO',
    thresholds: [10, 100],
    variants: { ar: { title: 'أنهوا العقود', body: 'نطالبكم **بالتحرك**.', target: 'المدير' } },
  });
});
afterAll(async () => {
  await t?.close();
});

describe('public pages', () => {
  it('should serve the campaign home with escaped values, a strict CSP, an ETag and no cookie', async () => {
    const res = await get(`/c/${campaign.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<html lang="en" dir="ltr">');
    expect(res.text).toContain('<h1>Pages &lt;Campaign></h1>');
    expect(res.text).not.toContain('Pages <Campaign>');
    expect(res.text).toContain('End the &lt;b>contracts&lt;/b>');
    expect(res.text).toContain('property="og:title"');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=[1-5]$/);
    const etag = res.headers.get('etag')!;
    const again = await get(`/c/${campaign.slug}`, html({ 'if-none-match': etag }));
    expect(again.status).toBe(304);
    // Nothing on the page comes from another host.
    expect(res.text).not.toMatch(/(src|href)="(https?:)?\/\/(?!localhost)[^"]*\.(js|css)"/);
  });

  it('should choose the language from ?locale=, then Accept-Language, then the default', async () => {
    const path = `/c/${campaign.slug}/petitions/${petition.slug}`;
    const byQuery = await get(`${path}?locale=ar`);
    expect(byQuery.text).toContain('<html lang="ar" dir="rtl">');
    expect(byQuery.text).toContain('أنهوا العقود');
    const byHeader = await get(path, html({ 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' }));
    expect(byHeader.text).toContain('<html lang="ar" dir="rtl">');
    const byDefault = await get(path, html({ 'accept-language': 'fr-FR' }));
    expect(byDefault.text).toContain('<html lang="en" dir="ltr">');
    expect(byDefault.text).toContain('<strong>you</strong>');
    expect(byDefault.text).not.toContain('<script>alert');
  });

  it('should re-render the form with the typed values and a message beside the field when a post is invalid', async () => {
    const res = await t.http.request(
      'POST',
      `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`,
      {
        form: { email: 'not-an-email', firstName: 'Rania', comment: 'Keep <this>', locale: 'en' },
        headers: html(),
      },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('value="not-an-email"');
    expect(res.text).toContain('value="Rania"');
    expect(res.text).toContain('Keep &lt;this>');
    expect(res.text).toMatch(/id="sign-email-error"/);
    expect(res.text).toContain('aria-invalid="true"');
    // An API client still gets problem+json from the same route.
    const api = await t.http.request(
      'POST',
      `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`,
      {
        body: { email: 'not-an-email' },
        headers: { 'x-forwarded-for': randomIp() },
      },
    );
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('should carry ?source= from the page into the form', async () => {
    const res = await get(`/c/${campaign.slug}/petitions/${petition.slug}?source=newsletter&utm_medium=x`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<input type="hidden" name="source" value="newsletter"/>');
  });

  it('should show browsers the HTML error page for a 404 and API clients problem+json', async () => {
    const page = await get(`/c/${campaign.slug}/petitions/no-such-petition`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('Page not found');
    const api = await t.http.request('GET', `/public/campaigns/${campaign.slug}/petitions/no-such-petition`, {
      headers: { 'x-forwarded-for': randomIp() },
    });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('should show the HTML error page with Retry-After when a browser is rate limited', async () => {
    const ip = randomIp();
    let last: Awaited<ReturnType<typeof get>> | undefined;
    // The supporter-link limit is 30 a minute per address.
    for (let i = 0; i < 32; i++)
      last = await get('/public/confirm?token=0123456789abcdef', html({ 'x-forwarded-for': ip }));
    expect(last!.status).toBe(429);
    expect(last!.headers.get('content-type')).toContain('text/html');
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last!.text).toContain('Too many tries');
  });

  it('should render the event page in its zone with the zone named and the description sanitized', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, {
      description: 'Bring **banners**. <img src=x onerror=alert(1)>',
      timeZone: 'America/New_York',
    });
    const res = await get(`/c/${campaign.slug}/events/${ev.slug}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('America/New_York');
    expect(res.text).toContain('<strong>banners</strong>');
    expect(res.text).not.toContain('<img');
    expect(res.text).toContain(`/public/campaigns/${campaign.slug}/events/${ev.slug}/calendar.ics`);
    expect(res.text).toContain(`action="/public/campaigns/${campaign.slug}/events/${ev.slug}/rsvp"`);
  });

  it('should serve the statement list and timeline pages', async () => {
    expect((await get(`/c/${campaign.slug}/statements`)).status).toBe(200);
    const timeline = await get(`/c/${campaign.slug}/timeline?locale=ar`);
    expect(timeline.status).toBe(200);
    expect(timeline.text).toContain('dir="rtl"');
  });

  it('should serve hashed assets for a year and keep the script under 10 KB compressed', async () => {
    const page = await get(`/c/${campaign.slug}`);
    const css = /href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(page.text)![1];
    const js = /src="(\/assets\/site\.[0-9a-f]{12}\.js)"/.exec(page.text)![1];
    for (const path of [css, js]) {
      const res = await t.http.request('GET', path, { headers: { 'accept-encoding': 'identity' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await t.http.request('GET', '/assets/site.000000000000.css')).status).toBe(404);
    const script = readFileSync(new URL('../../src/web/assets/site.js', import.meta.url));
    expect(gzipSync(script).length).toBeLessThan(10 * 1024);
  });
});

describe('public JSON and share cards', () => {
  let statementSlug: string;
  let eventSlug: string;

  beforeAll(async () => {
    statementSlug = unique('st');
    const st = await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      {
        slug: statementSlug,
        primaryLocale: 'en',
        variants: { en: { title: 'We won', summary: 'A win.', body: 'Text.' } },
      },
      owner.token,
    );
    expect(st.status).toBe(201);
    await t.http.post(`/campaigns/${campaign.id}/statements/${st.body.id}/publish`, { notify: false }, owner.token);
    eventSlug = (await createEvent(t, owner.token, campaign.id)).slug;
  });

  it('should give every public JSON resource the absolute url of its page, and that url should be a page', async () => {
    const base = t.config.get('PUBLIC_URL');
    const api = (path: string) => t.http.request('GET', path, { headers: { 'x-forwarded-for': randomIp() } });
    const c = await api(`/public/campaigns/${campaign.slug}`);
    expect(c.status).toBe(200);
    expect(c.headers.get('content-type')).toContain('application/json');
    expect(c.body).toMatchObject({ slug: campaign.slug, name: 'Pages <Campaign>', url: `${base}/c/${campaign.slug}` });
    expect(c.body.links.petitions).toBe(`${base}/public/campaigns/${campaign.slug}/petitions`);
    expect(c.body).not.toHaveProperty('id');
    const urls = [
      c.body.url,
      (await api(`/public/campaigns/${campaign.slug}/petitions/${petition.slug}`)).body.url,
      (await api(`/public/campaigns/${campaign.slug}/events/${eventSlug}`)).body.url,
      (await api(`/public/campaigns/${campaign.slug}/statements/${statementSlug}`)).body.url,
    ];
    expect(urls).toEqual([
      `${base}/c/${campaign.slug}`,
      `${base}/c/${campaign.slug}/petitions/${petition.slug}`,
      `${base}/c/${campaign.slug}/events/${eventSlug}`,
      `${base}/c/${campaign.slug}/statements/${statementSlug}`,
    ]);
    for (const url of urls) {
      const page = await get(new URL(url).pathname);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
    }
    expect((await api('/public/campaigns/no-such-campaign-here')).status).toBe(404);
  });

  it('should put title, summary and image share meta on the campaign, petition, event and statement pages', async () => {
    const base = t.config.get('PUBLIC_URL');
    for (const path of [
      `/c/${campaign.slug}`,
      `/c/${campaign.slug}/petitions/${petition.slug}`,
      `/c/${campaign.slug}/events/${eventSlug}`,
      `/c/${campaign.slug}/statements/${statementSlug}`,
    ]) {
      const res = await get(path);
      const meta = (attr: string, name: string) =>
        new RegExp(`<meta ${attr}="${name}" content="([^"]+)"/>`).exec(res.text)?.[1];
      for (const [attr, name] of [
        ['property', 'og:title'],
        ['property', 'og:description'],
        ['name', 'twitter:title'],
        ['name', 'twitter:description'],
      ])
        expect({ path, name, value: meta(attr, name) }).toEqual({ path, name, value: expect.stringMatching(/\S/) });
      expect(meta('property', 'og:image')).toMatch(new RegExp(`^${base}/assets/share\\.[0-9a-f]{12}\\.png$`));
      expect(meta('name', 'twitter:image')).toBe(meta('property', 'og:image'));
      expect(meta('name', 'twitter:card')).toBe('summary_large_image');
      expect(meta('property', 'og:url')).toBe(`${base}${path}?locale=en`);
      // A PNG: link previews on Facebook, X and messengers do not show SVG.
      const image = await get(new URL(meta('property', 'og:image')!).pathname);
      expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    }
  });
});
