import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { axeInBothLanguages, launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { type TestApp } from '../support/app.js';
import { createEvent, createPetition, type OrganizerFixture, startWithCampaign, unique } from '../support/factories.js';
import { waitUntil } from '../support/wait.js';

/**
 * Embedded forms in a real Chromium, on a campaign site served from a second local port (another
 * origin): the script snippet inserts the iframe and resizes it to its content, the petition signs
 * inside the frame and its thank-you state stays there, the plain iframe works with JavaScript off,
 * an origin the campaign did not list is refused by the browser (frame-ancestors), and axe-core
 * finds no serious or critical violation on the embed pages in English and Arabic.
 */
let t: TestApp;
let browser: TestBrowser;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { slug: string };
let event: { slug: string };
let host: Server;
let hostPort: number;
/** The snippets as the organizer API gives them, pointing at this test server. */
const snippets: Record<string, string> = {};

const hostUrl = (name: string, hostname = '127.0.0.1') => `http://${hostname}:${hostPort}/${name}`;

function hostPage(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our campaign site</title></head>
<body><main><h1>Our campaign site</h1><p>Sign our petition below.</p>${snippet}<p id="after">Thank you for reading.</p></main></body></html>`;
}

/** The embedded form's frame, once its document has loaded. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  return waitUntil(
    async () => {
      const f = await handle.contentFrame();
      return f && f.url().includes('/embed/') ? f : null;
    },
    { what: 'the embed frame', timeoutMs: 10_000, intervalMs: 50 },
  );
}

/** Waits until the iframe is as tall as the document inside it (within a pixel), and returns that height. */
async function resizedToContent(page: Page, frame: Frame): Promise<number> {
  return waitUntil(
    async () => {
      const outer = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return Math.abs(outer - Math.ceil(inner)) <= 1 ? outer : null;
    },
    { what: 'the iframe resized to its content', timeoutMs: 10_000, intervalMs: 50 },
  );
}

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign(
    {
      role: 'api',
      env: { PETITION_SIGN_BURST_PER_MINUTE: '1000', SIGNUP_MAX_PER_IP_PER_HOUR: '10000' },
    },
    { name: 'Tech Workers for Justice' },
  ));
  host = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1).split('?')[0];
    const snippet = snippets[name];
    if (!snippet) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(snippet));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostPort = (host.address() as AddressInfo).port;
  browser = await launchBrowser({
    allowedHosts: [new URL(t.url).host, `127.0.0.1:${hostPort}`, `localhost:${hostPort}`],
  });

  petition = await createPetition(t, owner.token, campaign.id, {
    title: 'End the contracts',
    body: 'We ask the board to end the contracts.',
    target: 'The Board of Directors',
    thresholds: [10, 100],
    variants: { ar: { title: 'أنهوا العقود', body: 'نطالب مجلس الإدارة بإنهاء العقود.', target: 'مجلس الإدارة' } },
  });
  event = await createEvent(t, owner.token, campaign.id, { capacity: 20, maxGuests: 2 });
  // Only the first host origin may frame the forms; http://localhost:<same port> is another origin.
  const set = await t.http.patch(
    `/campaigns/${campaign.id}`,
    { embedOrigins: [`http://127.0.0.1:${hostPort}`] },
    owner.token,
  );
  expect(set.status).toBe(200);

  const res = await t.http.get(`/campaigns/${campaign.id}/embeds`, owner.token);
  expect(res.status).toBe(200);
  const base = t.config.get('PUBLIC_URL');
  const own = (s: string) => s.split(base).join(t.url);
  const p = res.body.items.find((i: { kind: string }) => i.kind === 'petition');
  snippets.script = own(p.script);
  snippets.iframe = own(p.iframe);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await t?.close();
});

describe('embedded petition form', () => {
  it('should insert the iframe from the script snippet, resize it to its content and sign inside the frame', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await page.goto(hostUrl('script'));
    const frame = await embedFrame(page);
    await frame.waitForSelector('form[action*="/signatures?embed=1"]');
    expect(await page.getAttribute('iframe', 'title')).toBe('End the contracts');
    const formHeight = await resizedToContent(page, frame);
    expect(formHeight).toBeGreaterThan(640); // the loader's starting height: the form is taller
    await screenshot(page, 'embed-script-form');

    // Messages that are not the frame's own height report change nothing: another window's
    // (the host page itself), and the frame's own with the wrong shape.
    const ignored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          window.postMessage({ type: 'groundswell:height', height: 7 }, '*');
          window.addEventListener('message', (ev) => {
            if (ev.data === 'marker') resolve(document.querySelector('iframe')!.getBoundingClientRect().height);
          });
          window.postMessage('marker', '*');
        }),
    );
    expect(ignored).toBe(formHeight);
    await frame.evaluate(() => {
      parent.postMessage({ type: 'groundswell:height', height: '9999' }, '*');
      parent.postMessage({ type: 'other', height: 9999 }, '*');
    });
    expect(await resizedToContent(page, frame)).toBe(formHeight);

    await frame.fill('#sign-email', `${unique('emb')}@example.org`);
    await frame.fill('#sign-firstName', 'Layla');
    await Promise.all([frame.waitForURL(/\/embed\/.+\/thanks/), frame.click('form button[type=submit]')]);
    expect(await frame.textContent('h1')).toBe('Check your email');
    expect(page.url()).toBe(hostUrl('script'));
    for (const a of await frame.$$('a[href^="http"]')) {
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('rel')).toContain('noopener');
    }
    const thanksHeight = await resizedToContent(page, frame);
    expect(thanksHeight).toBeLessThan(formHeight);
    await screenshot(page, 'embed-script-thanks');
    expect(ctx.offHostRequests).toEqual([]);
    await ctx.close();
  });

  it('should sign through the plain iframe with JavaScript off', async () => {
    const ctx = await browser.context({ javaScript: false });
    const page = await ctx.newPage();
    await page.goto(hostUrl('iframe'));
    const frame = await embedFrame(page);
    await frame.waitForSelector('form');
    expect(await page.$eval('iframe', (el) => el.getAttribute('height'))).toBe('900');
    await frame.fill('#sign-email', `${unique('emb')}@example.org`);
    await Promise.all([frame.waitForURL(/\/embed\/.+\/thanks/), frame.click('form button[type=submit]')]);
    expect(await frame.textContent('h1')).toBe('Check your email');
    expect(page.url()).toBe(hostUrl('iframe'));
    await screenshot(page, 'embed-iframe-nojs-thanks');
    expect(ctx.offHostRequests).toEqual([]);
    await ctx.close();
  });

  it('should be refused by the browser on an origin the campaign did not list', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
    });
    await page.goto(hostUrl('iframe', 'localhost'));
    const handle = await page.waitForSelector('iframe');
    // Chromium swaps a refused frame for its own error document: the form never appears.
    await waitUntil(
      async () => {
        const f = await handle.contentFrame();
        return f && f.url().startsWith('chrome-error:') ? true : null;
      },
      { what: 'the refused frame', timeoutMs: 10_000, intervalMs: 50 },
    );
    expect(await (await handle.contentFrame())!.$('form')).toBeNull();
    expect(refusals.join('\n')).toContain(`frame-ancestors http://127.0.0.1:${hostPort}`);
    await screenshot(page, 'embed-refused');
    await ctx.close();
  });
});

describe('embed pages', () => {
  it('should pass axe-core with no serious or critical violation in English and Arabic', async () => {
    const pages: Record<string, string> = {
      petition: `/embed/${campaign.slug}/petitions/${petition.slug}`,
      'petition-thanks': `/embed/${campaign.slug}/petitions/${petition.slug}/thanks`,
      event: `/embed/${campaign.slug}/events/${event.slug}`,
      'event-thanks': `/embed/${campaign.slug}/events/${event.slug}/thanks`,
      signup: `/embed/${campaign.slug}/signup`,
      'signup-thanks': `/embed/${campaign.slug}/signup/thanks`,
    };
    const audit = await axeInBothLanguages(browser, t.url, pages, {
      screenshotPrefix: 'embed',
      check: async (page, locale) => {
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      },
    });
    expect(audit.violations).toEqual([]);
    expect(audit.offHostRequests).toEqual([]);
  });
});
