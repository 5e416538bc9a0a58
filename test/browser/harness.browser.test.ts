import { launchBrowser, screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser.js';
import { startApp, type TestApp } from '../support/app.js';

describe('browser harness', () => {
  let app: TestApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startApp({ role: 'api' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('should load a page from the API in Chromium, run axe-core and record no off-host request', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    const res = await page.goto(`${app.url}/health`);
    expect(res?.status()).toBe(200);
    expect(await seriousAxeViolations(page)).toBeInstanceOf(Array);
    await screenshot(page, 'harness-health');
    expect(ctx.offHostRequests).toEqual([]);
    await ctx.close();
  });
});
