import { launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, createPetition, unique } from '../support/factories.js';

/**
 * A "verify, then forget" petition in a real Chromium: the form says what is kept (English and
 * Arabic), offers no public listing or comment, and says that joining the list keeps the email.
 */
let t: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  t = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

it('should state on the form exactly what a signature keeps, in English and Arabic', async () => {
  const owner = await createOrganizer(t);
  const campaign = await createCampaign(t, owner.token);
  const petition = await createPetition(t, owner.token, campaign.id, {
    slug: unique('forget'),
    verifyThenForget: true,
    variants: { ar: { title: 'أوقفوا العقود', body: 'نطالب بذلك.', target: 'المدير' } },
  });
  const ctx = await browser.context({ javaScript: false });
  const page = await ctx.newPage();

  await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}?locale=en`);
  await screenshot(page, 'petition-forget-en');
  const notice = page.locator('[data-kept]');
  expect(await notice.locator('strong').textContent()).toContain('counts you without keeping you');
  expect(await notice.locator('li').allTextContents()).toEqual(petition.signerDataKept.slice(0, 3));
  expect(await notice.textContent()).toContain('Not kept once you confirm: your name, your email address');
  expect(await page.locator('label[for="sign-consentUpdates"]').textContent()).toContain(
    'This keeps your name and email address',
  );
  expect(await page.locator('#sign-showName').count()).toBe(0);
  expect(await page.locator('#sign-comment').count()).toBe(0);

  await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}?locale=ar`);
  await screenshot(page, 'petition-forget-ar');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await page.locator('[data-kept] li').count()).toBe(3);
  expect(await page.locator('[data-kept]').textContent()).toContain('لا يُحفظ بعد التأكيد');
  expect(ctx.offHostRequests).toEqual([]);
  await ctx.close();
}, 120_000);
