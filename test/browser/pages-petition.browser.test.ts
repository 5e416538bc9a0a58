import type { BrowserContext, Page } from 'playwright-core';
import { axeInBothLanguages, launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { type TestApp } from '../support/app.js';
import { createPetition, type OrganizerFixture, startWithCampaign, unique } from '../support/factories.js';
import { waitUntil } from '../support/wait.js';

/**
 * The public pages in a real Chromium: signing with and without JavaScript, confirming from the
 * emailed link, the count moving, form errors, the waitlist, Arabic right-to-left, axe-core on
 * every page type in both languages, and no request to any other host.
 */
let t: TestApp;
let browser: TestBrowser;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { slug: string };
let event: { slug: string };
let fullEvent: { slug: string };
let statement: { slug: string };

/** Polls until the probe's number reaches `atLeast`. */
function waitForCount(probe: () => Promise<number>, atLeast: number, what: string) {
  return waitUntil(async () => ((await probe()) >= atLeast ? true : null), {
    what,
    timeoutMs: 20_000,
    intervalMs: 200,
  });
}

/** The emailed confirmation link, on this test server's origin. */
async function confirmLinkFor(email: string): Promise<string> {
  const [m] = await t.smtp.waitFor((all) => all.some((x) => x.envelopeTo.includes(email)));
  const msg = t.smtp.messages.find((x) => x.envelopeTo.includes(email)) ?? m;
  const text = String(msg.parsed.text ?? '');
  const found = /https?:\/\/\S+\/public\/signatures\/confirm\?token=[\w.~-]+/.exec(text);
  if (!found) throw new Error(`no confirmation link in: ${text.slice(0, 500)}`);
  const url = new URL(found[0]);
  return `${t.url}${url.pathname}${url.search}`;
}

async function shownCount(page: Page): Promise<string> {
  return (await page.locator('[data-count]').first().textContent())?.trim() ?? '';
}

async function signIn(ctx: BrowserContext & { offHostRequests: string[] }, shot: string) {
  const page = await ctx.newPage();
  await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}?locale=en`);
  const before = await shownCount(page);
  const email = `${unique('br')}@example.org`;
  await page.fill('#sign-email', email);
  await page.fill('#sign-firstName', 'Layla');
  await page.check('#sign-showName');
  await Promise.all([page.waitForURL(/\/thanks/), page.click('form[action*="/signatures"] button[type=submit]')]);
  await screenshot(page, `${shot}-thanks`);
  expect(await page.textContent('h1')).toBe('Check your email');
  expect(await page.locator('.share a').count()).toBe(6);

  await page.goto(await confirmLinkFor(email));
  expect(await page.textContent('h1')).toBe('Confirm your signature');
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
  await page.waitForSelector('text=Signature confirmed');
  return { page, before: Number(before.replace(/\D/g, '') || '0') };
}

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign(
    {
      role: 'all',
      env: { PETITION_SIGN_BURST_PER_MINUTE: '1000', SIGNUP_MAX_PER_IP_PER_HOUR: '10000' },
    },
    {
      name: 'Tech Workers for Justice',
      summary: 'We build the tools; we decide what they are for.',
    },
  ));
  browser = await launchBrowser({ allowedHosts: [new URL(t.url).host] });
  petition = await createPetition(t, owner.token, campaign.id, {
    title: 'End the contracts',
    body: 'We, the undersigned, ask **the board** to end the contracts.\n\nNo tech for occupation.',
    target: 'The Board of Directors',
    thresholds: [10, 100],
    variants: {
      ar: {
        title: 'أنهوا العقود',
        body: 'نحن الموقعين نطالب **مجلس الإدارة** بإنهاء العقود.',
        target: 'مجلس الإدارة',
      },
    },
  });
  const start = Date.now() + 10 * 86_400_000;
  const ev = (over: Record<string, unknown>) =>
    t.http.post(
      `/campaigns/${campaign.id}/events`,
      {
        title: 'Rally at headquarters',
        description: 'Bring **signs** and water.',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 7_200_000).toISOString(),
        timeZone: 'Europe/London',
        location: { name: 'Main Square', address: '1 High St', locality: 'London', country: 'GB' },
        ...over,
      },
      owner.token,
    );
  event = (await ev({ capacity: 50, maxGuests: 2 })).body;
  fullEvent = (await ev({ title: 'Small workshop', capacity: 1, waitlistEnabled: true })).body;
  const first = await t.http.post(`/public/campaigns/${campaign.slug}/events/${fullEvent.slug}/rsvp`, {
    email: `${unique('first')}@example.org`,
  });
  expect(first.body.status).toBe('confirmed');
  const base = `/campaigns/${campaign.id}/statements`;
  const st = await t.http.post(
    base,
    {
      slug: unique('st'),
      primaryLocale: 'en',
      variants: {
        en: {
          title: 'We won a round',
          summary: 'The first contract is gone.',
          body: 'The **first** contract is gone.',
        },
        ar: { title: 'ربحنا جولة', summary: 'انتهى العقد الأول.', body: 'انتهى العقد **الأول**.' },
      },
    },
    owner.token,
  );
  statement = st.body;
  expect((await t.http.post(`${base}/${st.body.id}/publish`, { notify: false }, owner.token)).status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('petition pages in a browser', () => {
  it('should sign with JavaScript disabled, confirm from the email link and show the count going up', async () => {
    const ctx = await browser.context({ javaScript: false });
    const { page, before } = await signIn(ctx, 'petition-nojs');
    await waitForCount(
      async () => {
        await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}`);
        return Number((await shownCount(page)).replace(/\D/g, ''));
      },
      before + 1,
      'the count on the page to go up',
    );
    expect(ctx.offHostRequests).toEqual([]);
    await ctx.close();
  });

  it('should sign with JavaScript enabled and refresh the count in place', async () => {
    const ctx = await browser.context({ javaScript: true });
    const { before } = await signIn(ctx, 'petition-js');
    const page = await ctx.newPage();
    await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}`);
    // The script's refresh is asked for at each poll instead of waiting out its 10 s interval.
    await waitForCount(
      async () => {
        await page.evaluate('window.groundswellRefresh && window.groundswellRefresh()');
        return Number((await shownCount(page)).replace(/\D/g, ''));
      },
      before + 1,
      'the live count to go up',
    );
    expect(ctx.offHostRequests).toEqual([]);
    await ctx.close();
  });

  it('should keep the typed values and show the message beside the field when the server refuses a field', async () => {
    const ctx = await browser.context({ javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}`);
    // A throwaway-inbox domain: valid to the browser, refused by the server.
    await page.fill('#sign-email', 'someone@mailinator.com');
    await page.fill('#sign-firstName', 'Karim');
    await page.fill('#sign-comment', 'Typed before the error');
    const [res] = await Promise.all([page.waitForNavigation(), page.click('form[action*="/signatures"] button')]);
    expect(res?.status()).toBe(400);
    expect(await page.inputValue('#sign-email')).toBe('someone@mailinator.com');
    expect(await page.inputValue('#sign-firstName')).toBe('Karim');
    expect(await page.inputValue('#sign-comment')).toBe('Typed before the error');
    expect(await page.getAttribute('#sign-email', 'aria-invalid')).toBe('true');
    expect(await page.locator('#sign-email-error').count()).toBe(1);
    await screenshot(page, 'petition-form-error');
    await ctx.close();
  });

  it('should put an RSVP past capacity on the waitlist', async () => {
    const ctx = await browser.context({ javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${t.url}/c/${campaign.slug}/events/${fullEvent.slug}`);
    expect(await page.textContent('.seats')).toContain('waitlist');
    await page.fill('#rsvp-email', `${unique('wait')}@example.org`);
    await Promise.all([page.waitForURL(/\/thanks/), page.click('form[action*="/rsvp"] button')]);
    expect(await page.textContent('h1')).toBe("You're on the waitlist");
    await screenshot(page, 'event-waitlisted');
    await ctx.close();
  });

  it('should lay an Arabic page out right to left', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}?locale=ar`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('h1')).toBe('أنهوا العقود');
    const article = (await page.locator('article.card').boundingBox())!;
    const form = (await page.locator('.form-card').boundingBox())!;
    // In RTL the text column starts on the right and the form sits to its left.
    expect(form.x).toBeLessThan(article.x);
    await ctx.close();
  });

  it('should pass axe-core with no serious or critical violation on every page type in both languages', async () => {
    const pages: Record<string, string> = {
      home: `/c/${campaign.slug}`,
      petition: `/c/${campaign.slug}/petitions/${petition.slug}`,
      'petition-thanks': `/c/${campaign.slug}/petitions/${petition.slug}/thanks`,
      event: `/c/${campaign.slug}/events/${event.slug}`,
      'event-thanks': `/c/${campaign.slug}/events/${event.slug}/thanks`,
      statements: `/c/${campaign.slug}/statements`,
      statement: `/c/${campaign.slug}/statements/${statement.slug}`,
      timeline: `/c/${campaign.slug}/timeline`,
      'signup-thanks': `/c/${campaign.slug}/thanks`,
      'not-found': `/c/${campaign.slug}/petitions/no-such-petition`,
    };
    const audit = await axeInBothLanguages(browser, t.url, pages, {
      screenshotPrefix: 'page',
      check: async (page, locale) => expect(await page.getAttribute('html', 'lang')).toBe(locale),
    });
    expect(audit.violations).toEqual([]);
    expect(audit.offHostRequests).toEqual([]);
  });
});
