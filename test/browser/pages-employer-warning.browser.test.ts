import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { SupportersService } from '../../src/modules/supporters/supporters.service.js';
import { launchBrowser, screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, createPetition, unique } from '../support/factories.js';

/**
 * The employer-domain warning in a real Chromium, with JavaScript and without: a supporter typing
 * an address on a targeted organization's domain sees the warning instead of the thank-you page,
 * nothing is stored, and either choice (a personal address, or this one anyway) then works.
 */
let t: TestApp;
let browser: TestBrowser;
let campaign: { id: string; slug: string };
let petition: { slug: string };

async function stored(email: string): Promise<boolean> {
  const index = t.app.get(SupportersService).emailIndex(email);
  return (
    (await t.app.get(PrismaService).supporter.count({ where: { campaignId: campaign.id, emailIndex: index } })) > 0
  );
}

beforeAll(async () => {
  t = await startApp({
    role: 'all',
    env: { PETITION_SIGN_BURST_PER_MINUTE: '1000', SIGNUP_MAX_PER_IP_PER_HOUR: '10000' },
  });
  browser = await launchBrowser({ allowedHosts: [new URL(t.url).host] });
  const owner = await createOrganizer(t);
  campaign = await createCampaign(t, owner.token, { name: 'Tech Workers for Justice' });
  await t.http.patch(
    `/campaigns/${campaign.id}`,
    { targetedOrganizations: [{ name: 'Microsoft', domains: ['microsoft.com', 'github.com'] }] },
    owner.token,
  );
  petition = await createPetition(t, owner.token, campaign.id);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the employer-domain warning %s', (label, javaScript) => {
  const tag = javaScript ? 'js' : 'nojs';

  it('should warn on the petition form, then sign with a personal address', async () => {
    const ctx = await browser.context({ javaScript });
    const page = await ctx.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}?locale=en`);
    const work = `${unique(tag)}@corp.github.com`;
    await page.fill('#sign-email', work);
    await page.fill('#sign-firstName', 'Layla');
    await Promise.all([page.waitForLoadState('load'), page.click('form[data-validate] button[type=submit]')]);
    await page.waitForSelector('.employer-warning');
    await screenshot(page, `employer-warning-petition-${tag}`);
    expect(await page.textContent('.employer-warning h3')).toBe('Is this your work email?');
    expect(await page.textContent('.employer-warning')).toContain('github.com');
    expect(await page.inputValue('#sign-email')).toBe('');
    expect(await page.inputValue('#sign-firstName')).toBe('Layla');
    expect(await stored(work)).toBe(false);
    // axe runs as a script in the page: only where scripts run.
    if (javaScript) expect(await seriousAxeViolations(page)).toEqual([]);

    await page.click('text=Use a personal address instead');
    if (javaScript) expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-email');
    const home = `${unique(tag)}@example.org`;
    await page.fill('#sign-email', home);
    await Promise.all([page.waitForURL(/\/thanks/), page.click('form[data-validate] button[type=submit]')]);
    expect(await page.textContent('h1')).toBe('Check your email');
    expect(await stored(home)).toBe(true);
    expect(await stored(work)).toBe(false);
    expect(ctx.offHostRequests).toEqual([]);
    await ctx.close();
  });

  it(`should sign up with the work address anyway after the warning, in Arabic (${label})`, async () => {
    const ctx = await browser.context({ javaScript, locale: 'ar' });
    const page = await ctx.newPage();
    await page.goto(`${t.url}/c/${campaign.slug}?locale=ar`);
    const work = `${unique(tag)}@microsoft.com`;
    await page.fill('#signup-email', work);
    await Promise.all([page.waitForLoadState('load'), page.click('form[data-validate] button[type=submit]')]);
    await page.waitForSelector('.employer-warning');
    await screenshot(page, `employer-warning-signup-ar-${tag}`);
    expect(await page.textContent('.employer-warning h3')).toBe('هل هذا بريد عملك؟');
    expect(await stored(work)).toBe(false);
    await Promise.all([page.waitForURL(/\/thanks/), page.click('.employer-warning button[type=submit]')]);
    expect(await stored(work)).toBe(true);
    await ctx.close();
  });
});
