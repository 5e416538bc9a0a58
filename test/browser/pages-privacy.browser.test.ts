import { axeInBothLanguages, launchBrowser, type TestBrowser } from '../support/browser.js';
import { type TestApp } from '../support/app.js';
import { createPetition, type OrganizerFixture, startWithCampaign } from '../support/factories.js';

/**
 * A campaign's privacy page in a real Chromium: reached from the link under a form, axe-core with no
 * serious or critical violation in English and Arabic, laid out right to left in Arabic, nothing
 * loaded from another host.
 */
let t: TestApp;
let browser: TestBrowser;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { slug: string };

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign({ role: 'api' }, { name: 'Safe Workers' }));
  petition = await createPetition(t, owner.token, campaign.id, {
    variants: { ar: { title: 'أنهوا العقود', body: 'نطالبكم بالتحرك.', target: 'المدير' } },
  });
  await t.http.patch(
    `/campaigns/${campaign.id}/supporters/settings`,
    { privacyContact: 'privacy@example.org' },
    owner.token,
  );
  browser = await launchBrowser({ allowedHosts: [new URL(t.url).host] });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the privacy page in a browser', () => {
  it('should open from the link under the petition form, in the form language', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}?locale=ar`);
    await Promise.all([page.waitForURL(/\/privacy\?locale=ar$/), page.click('.form-card .privacy-link a')]);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('h1')).toBe('الخصوصية');
    expect(await page.locator('a[href="mailto:privacy@example.org"]').count()).toBe(1);
    // Right to left: a field's name (the row header) sits right of how it is kept.
    const row = page.locator('table[data-form="petition"] tr[data-field="email"]');
    const name = (await row.locator('th').boundingBox())!;
    const kept = (await row.locator('td').last().boundingBox())!;
    expect(name.x).toBeGreaterThan(kept.x);
    await ctx.close();
  });

  it('should pass axe-core with no serious or critical violation in both languages, loading nothing from elsewhere', async () => {
    const audit = await axeInBothLanguages(
      browser,
      t.url,
      { privacy: `/c/${campaign.slug}/privacy` },
      {
        screenshotPrefix: 'page',
        check: async (page, locale) => expect(await page.getAttribute('html', 'lang')).toBe(locale),
      },
    );
    expect(audit.violations).toEqual([]);
    expect(audit.offHostRequests).toEqual([]);
  });
});
