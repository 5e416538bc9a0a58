import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser.js';
import { type TestApp } from '../support/app.js';
import { signInToConsole, startConsoleSuite } from '../support/console.js';
import { createOrganizer, type OrganizerFixture, unique } from '../support/factories.js';

/** The console pages that emailed links open, and the organizer's own account screen. */
describe('organizer console: invitations, password reset, sign-in links and the account screen', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, browser, owner, campaign } = await startConsoleSuite('Owner', 'Account campaign'));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The console link of the newest email to `address`, made relative to the test server. */
  async function emailedLink(address: string, path: string): Promise<string> {
    const pattern = new RegExp(`https?://[^\\s"<>]+(${path.replace(/[/?]/g, '\\$&')}\\?token=[\\w.%-]+)`);
    const messages = await t.smtp.waitFor((all) =>
      all.some((m) => pattern.test(m.parsed.text ?? '') && m.envelopeTo.includes(address)),
    );
    const last = messages.filter((m) => m.envelopeTo.includes(address) && pattern.test(m.parsed.text ?? '')).at(-1)!;
    return `${t.url}${pattern.exec(last.parsed.text ?? '')![1]}`;
  }

  async function checkScreen(page: Page, name: string): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `console-${name}`);
  }

  it('should open the invitation link on a page that creates the account and lands in the campaign', async () => {
    const invitee = `${unique('invitee')}@example.org`;
    const invited = await t.http.post(
      `/campaigns/${campaign.id}/members`,
      { email: invitee, role: 'organizer' },
      owner.token,
    );
    expect(invited.status).toBe(201);
    const link = await emailedLink(invitee, '/admin/invitations/accept');

    const ctx = await browser.context();
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Join the campaign' }).waitFor();
    await checkScreen(page, 'invitation');
    await page.getByLabel('Your name (shown to the other organizers)').fill('Dina Organizer');
    await page.getByLabel('New password').fill('too short');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    // The API's message, beside the field it names; nothing typed is lost.
    await page.getByText('must be at least 12 characters').waitFor();
    expect(await page.getByLabel('Your name (shown to the other organizers)').inputValue()).toBe('Dina Organizer');

    await page.getByLabel('New password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('navigation').getByText('Your role: organizer').waitFor();
    expect(page.url()).toContain(`/admin/c/${campaign.id}/overview`);

    // The link works once.
    const again = await ctx.newPage();
    await again.goto(link);
    await again.getByRole('alert').waitFor();
    await ctx.close();
  });

  it('should reset a forgotten password from the emailed link, sign out everywhere, and sign in with the new one', async () => {
    const org = await createOrganizer(t, { name: 'Forgetful' });
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: org.email, role: 'viewer' }, owner.token);
    const ctx = await browser.context();
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${t.url}/admin`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill(org.email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await page.getByRole('status').getByText('a reset link is on its way').waitFor();
    await checkScreen(page, 'password-reset-request');

    await page.goto(await emailedLink(org.email, '/admin/password-reset'));
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await checkScreen(page, 'password-reset');
    await page.getByLabel('New password').fill('the new passphrase here');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your password is changed').waitFor();
    // The bearer session the fixture held is signed out.
    expect((await t.http.get('/auth/me', org.token)).status).toBe(401);

    await page.getByLabel('Email').fill(org.email);
    await page.locator('input[autocomplete="current-password"]').fill('the new passphrase here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await ctx.close();
  });

  it('should sign in from an emailed sign-in link with the password', async () => {
    const org = await createOrganizer(t, { name: 'Linked' });
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: org.email, role: 'viewer' }, owner.token);
    expect((await t.http.post('/auth/sign-in-link', { email: org.email })).status).toBe(202);
    const ctx = await browser.context();
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(await emailedLink(org.email, '/admin/sign-in/link'));
    await page.getByRole('heading', { name: 'Sign in from your email link' }).waitFor();
    await checkScreen(page, 'sign-in-link');
    await page.locator('input[autocomplete="current-password"]').fill(org.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await ctx.close();
  });

  it('should change the password, turn on two-factor authentication and list the sessions on the account screen', async () => {
    const org = await createOrganizer(t, { name: 'Careful' });
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: org.email, role: 'organizer' }, owner.token);
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, org.email, org.password);
    await page.getByRole('navigation').getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();

    // Sessions: this browser, and the fixture's bearer session, which can be signed out from here.
    const sessions = page.getByTestId('sessions-table');
    await sessions.getByText('This device', { exact: true }).waitFor();
    expect(await sessions.locator('tbody tr').count()).toBe(2);
    await sessions.getByRole('button', { name: 'Sign out this device' }).click();
    await waitForRows(page, 1);
    expect((await t.http.get('/auth/me', org.token)).status).toBe(401);

    // Password: a wrong current one is named beside its field.
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password').fill('another long passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByText(/current password/i)
      .nth(1)
      .waitFor();
    await page.getByLabel('Current password').fill(org.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').getByText('Password changed').waitFor();

    // Two-factor: scan (or type) the key, confirm with a code, keep the recovery codes.
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await checkScreen(page, 'account-two-factor');
    await page.getByLabel('6-digit code').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
    await page.getByText('10 recovery codes left').waitFor();
    expect(
      (await t.http.post('/auth/login', { email: org.email, password: 'another long passphrase' })).body.type,
    ).toBe('urn:groundswell:problem:two-factor-required');
    await checkScreen(page, 'account');
    await ctx.close();
  });
});

async function waitForRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="sessions-table"] tbody tr').length === n,
    count,
  );
}
