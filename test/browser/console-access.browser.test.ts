import { generate } from 'otplib';
import type { Locator, Page } from 'playwright-core';
import { screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser.js';
import { type TestApp, uniqueIp } from '../support/app.js';
import { signInToConsole, startConsoleSuite } from '../support/console.js';
import { createOrganizer, createPetition, type OrganizerFixture, unique } from '../support/factories.js';
import { waitUntil } from '../support/wait.js';

/** Roles and languages: what a viewer sees, and the Arabic console laid out right to left. */
describe('organizer console access and languages', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let owner: OrganizerFixture;
  let viewer: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let petition: { id: string; slug: string };
  const signerEmail = `${unique('signer')}@example.org`;

  beforeAll(async () => {
    ({ t, browser, owner, campaign } = await startConsoleSuite('Owner', 'Access campaign'));
    viewer = await createOrganizer(t, { name: 'Viewer' });
    const added = await t.http.post(
      `/campaigns/${campaign.id}/members`,
      { email: viewer.email, role: 'viewer' },
      owner.token,
    );
    expect(added.status).toBe(201);
    petition = await createPetition(t, owner.token, campaign.id, {
      title: 'Fund the clinic',
      target: 'The council',
      body: 'Please.',
    });
    const signed = await t.http.request(
      'POST',
      `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`,
      {
        body: { email: signerEmail, firstName: 'Salma', lastName: 'Yassin' },
        headers: { 'x-forwarded-for': uniqueIp() },
      },
    );
    expect(signed.status).toBe(202);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const htmlAttr = (page: Page, name: string) => page.locator('html').getAttribute(name);

  async function checkScreen(page: Page, name: string): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `console-${name}`);
  }

  it('should hide personal data and every button the API would refuse when the member is a viewer', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, viewer.email, viewer.password);
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Broadcasts' }).count()).toBe(0);
    await nav.getByText('Your role: viewer').waitFor();

    await nav.getByRole('link', { name: 'Petitions' }).click();
    await page.getByRole('link', { name: 'Fund the clinic' }).click();
    await page.getByRole('heading', { name: 'Fund the clinic', level: 1 }).waitFor();
    await page.getByText('Names and emails are shown to owners and admins only.').waitFor();
    for (const name of ['Edit', 'Close', 'Export CSV', 'New petition']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
      expect(await page.getByRole('link', { name }).count()).toBe(0);
    }
    await checkScreen(page, 'viewer-petition');

    await nav.getByRole('link', { name: 'Supporters' }).click();
    await page.getByRole('heading', { name: 'Supporters', level: 1 }).waitFor();
    await page.getByText('Personal data is shown to owners and admins only.').waitFor();
    await page.getByTestId('supporters-table').waitFor();
    expect(await page.getByRole('heading', { name: 'Import a CSV' }).count()).toBe(0);
    expect(await page.getByLabel('Find by exact email').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);
    expect(await page.content()).not.toContain(signerEmail);
    expect(await page.content()).not.toContain('Salma');
    await checkScreen(page, 'viewer-supporters');
    await ctx.close();
  });

  it('should lay the console out right to left in Arabic, remembered for the organizer after signing in again', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${t.url}/admin`);
    await page.getByLabel('Language', { exact: true }).first().click();
    await page.getByRole('option', { name: 'العربية' }).click();
    await page.getByRole('heading', { name: 'تسجيل الدخول إلى لوحة المنظمين' }).waitFor();
    expect([await htmlAttr(page, 'dir'), await htmlAttr(page, 'lang')]).toEqual(['rtl', 'ar']);
    await checkScreen(page, 'signin-ar');

    await page.getByLabel('البريد الإلكتروني').fill(owner.email);
    await page.locator('input[autocomplete="current-password"]').fill(owner.password);
    await page.getByRole('button', { name: 'دخول' }).click();
    // The language chosen on the sign-in page carries over to the organizer.
    await page.getByRole('heading', { name: 'نظرة عامة', level: 1 }).waitFor();
    expect(await htmlAttr(page, 'dir')).toBe('rtl');
    // The navigation sits on the right-hand side of the window in RTL.
    const navBox = await page.getByRole('navigation').boundingBox();
    expect(navBox!.x).toBeGreaterThan(640);
    await checkScreen(page, 'overview-ar');

    await page.getByRole('navigation').getByRole('link', { name: 'العرائض' }).click();
    await page.getByRole('heading', { name: 'العرائض', level: 1 }).waitFor();
    await checkScreen(page, 'petitions-ar');
    await page.getByRole('link', { name: 'عريضة جديدة' }).click();
    await page.getByRole('heading', { name: 'عريضة جديدة', level: 1 }).waitFor();
    await checkScreen(page, 'petition-editor-ar');
    await page.getByRole('navigation').getByRole('link', { name: 'الأعضاء والرموز' }).click();
    await page.getByRole('heading', { name: 'الأعضاء', level: 1 }).waitFor();
    await checkScreen(page, 'members-ar');

    // Signing out and in again keeps this organizer's language (and the screen).
    await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    await page.getByLabel('البريد الإلكتروني').fill(owner.email);
    await page.locator('input[autocomplete="current-password"]').fill(owner.password);
    await page.getByRole('button', { name: 'دخول' }).click();
    // Back on the screen where they signed out.
    await page.getByRole('heading', { name: 'الأعضاء', level: 1 }).waitFor();
    expect(await htmlAttr(page, 'dir')).toBe('rtl');
    await ctx.close();

    // The language is kept on the account: another browser, in English, opens in Arabic once signed in.
    expect((await t.http.get('/auth/me', owner.token)).body.locale).toBe('ar');
    const other = await browser.context({ locale: 'en-GB' });
    const elsewhere = await other.newPage();
    await signInToConsole(elsewhere, t.url, owner.email, owner.password, 'نظرة عامة');
    expect(await htmlAttr(elsewhere, 'dir')).toBe('rtl');
    // Switching back is saved too.
    await elsewhere.getByLabel('اللغة', { exact: true }).first().click();
    await elsewhere.getByRole('option', { name: 'English' }).click();
    await elsewhere.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await waitUntil(async () => (await t.http.get('/auth/me', owner.token)).body.locale === 'en', {
      what: 'the switch back to English to be saved',
    });
    await other.close();
  });

  it('should keep Sign out whole inside a phone-wide window, in Arabic as in English', async () => {
    const org = await createOrganizer(t, { name: 'Phone organizer' });
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: org.email, role: 'viewer' }, owner.token);
    for (const locale of ['en', 'ar'] as const) {
      await t.http.patch('/auth/me', { locale }, org.token);
      const ctx = await browser.context({ viewport: { width: 390, height: 844 } });
      const page = await ctx.newPage();
      const text = {
        en: { overview: 'Overview', signOut: 'Sign out' },
        ar: { overview: 'نظرة عامة', signOut: 'تسجيل الخروج' },
      }[locale];
      await signInToConsole(page, t.url, org.email, org.password, text.overview);
      expect(await htmlAttr(page, 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      // Nothing in the header runs past the window's edge.
      const header = await page
        .locator('header')
        .evaluate((h) => [...h.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0));
      for (const r of header) expect([r.left >= 0, r.right <= 390]).toEqual([true, true]);

      const menu = page.getByRole('button', {
        name: locale === 'en' ? 'Account: Phone organizer' : 'الحساب: Phone organizer',
      });
      await within(menu, 390);
      await checkScreen(page, `header-phone-${locale}`);
      await menu.click();
      const signOut = page.getByRole('menuitem', { name: text.signOut });
      await signOut.waitFor();
      await within(signOut, 390);
      await checkScreen(page, `header-phone-menu-${locale}`);
      await signOut.click();
      await page.getByLabel(locale === 'en' ? 'Email' : 'البريد الإلكتروني').waitFor();
      await ctx.close();
    }
  });
  /** The element is entirely inside the window's width (and visible). */
  async function within(locator: Locator, width: number): Promise<void> {
    const box = await locator.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(box!.width).toBeGreaterThan(0);
  }

  it('should keep the session across a reload in an HttpOnly cookie, and end it for good on sign-out', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, owner.email, owner.password);
    const cookies = await ctx.cookies(t.url);
    const session = cookies.find((c) => c.name === 'gs_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // No script can read it, and nothing of it is kept in storage.
    expect(await page.evaluate(() => document.cookie)).not.toContain('gs_session');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(
      session!.value,
    );

    await page.reload();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to the organizer console' }).waitFor();
    // The session is revoked on the server, not only forgotten by the page.
    const replay = await t.http.request('GET', '/auth/session', {
      headers: { cookie: `gs_session=${session!.value}` },
    });
    expect(replay.status).toBe(401);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to the organizer console' }).waitFor();
    await ctx.close();
  });

  it('should ask for the two-factor code after the password when the organizer has it on', async () => {
    const org = await createOrganizer(t, { name: 'Two-factor organizer' });
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: org.email, role: 'viewer' }, owner.token);
    const started = await t.http.post('/auth/two-factor', {}, org.token);
    const secret = started.body.secret as string;
    const codeAt = (stepsAhead: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });
    expect((await t.http.post('/auth/two-factor/confirm', { code: await codeAt(0) }, org.token)).status).toBe(200);

    const ctx = await browser.context();
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${t.url}/admin`);
    await page.getByLabel('Email').fill(org.email);
    await page.locator('input[autocomplete="current-password"]').fill(org.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('Two-factor code');
    await code.waitFor();
    await checkScreen(page, 'signin-two-factor');
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('That two-factor code is not correct.').waitFor();
    await code.fill(await codeAt(1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await ctx.close();
  });
});
