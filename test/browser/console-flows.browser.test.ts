import type { Page } from 'playwright-core';
import { screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser.js';
import { type TestApp, uniqueIp } from '../support/app.js';
import { signInToConsole, startConsoleSuite } from '../support/console.js';
import { rsvp, rsvpBody } from '../support/events.js';
import { createEvent, type OrganizerFixture, unique } from '../support/factories.js';
import { waitUntil } from '../support/wait.js';

/**
 * The organizer console in Chromium against the real API and worker: each flow goes through the
 * screens an organizer uses, and every screen is checked with axe-core and screenshotted.
 */
describe('organizer console flows', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, browser, owner, campaign } = await startConsoleSuite('Console Owner', 'Console campaign'));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function checkScreen(page: Page, name: string): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `console-${name}`);
  }

  async function openSection(page: Page, label: string): Promise<void> {
    await page.getByRole('navigation').getByRole('link', { name: label }).click();
    await page.getByRole('heading', { name: label, level: 1 }).waitFor();
  }

  it('should create and open a petition, then show the signature confirmed from the email when a supporter signs', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, owner.email, owner.password);
    await checkScreen(page, 'overview');

    await openSection(page, 'Petitions');
    await checkScreen(page, 'petitions-empty');
    await page.getByRole('link', { name: 'New petition' }).click();
    const slug = unique('pet');
    await page.getByLabel('Title').fill('Drop the cloud contract');
    await page.getByLabel('Address (slug)').fill(slug);
    await page.getByLabel('Addressed to').fill('The board');
    await page.getByLabel('Text (Markdown)').fill('We ask the board to **end** the contract.\n\n- now\n- publicly');
    await page.getByTestId('markdown-preview').locator('strong', { hasText: 'end' }).waitFor();
    await checkScreen(page, 'petition-editor');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { name: 'Drop the cloud contract', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Open for signatures' }).click();
    await page.getByRole('button', { name: 'Close' }).waitFor();

    // A supporter signs on the public JSON endpoint and confirms from the email.
    const email = `${unique('signer')}@example.org`;
    const signed = await t.http.request('POST', `/public/campaigns/${campaign.slug}/petitions/${slug}/signatures`, {
      body: { email, firstName: 'Rania', lastName: 'Khalil', country: 'GB' },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(signed.status).toBe(202);
    const messages = await t.smtp.waitFor((all) => all.some((m) => m.envelopeTo.includes(email)));
    const text = messages.find((m) => m.envelopeTo.includes(email))!.parsed.text ?? '';
    const token = /\/public\/signatures\/confirm\?token=([\w.-]+)/.exec(text)?.[1];
    expect(token).toBeDefined();
    const confirmed = await t.http.request('POST', '/public/signatures/confirm', {
      body: { token },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(confirmed.status).toBe(200);

    await waitUntil(
      async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return (await page.getByTestId('confirmed-count').textContent())?.includes('1 confirmed');
      },
      { what: 'the console to show 1 confirmed signature', timeoutMs: 20_000, intervalMs: 500 },
    );
    await page.getByRole('cell', { name: /Rania Khalil/ }).waitFor();
    await checkScreen(page, 'petition-detail');
    await ctx.close();
  });

  it('should import a CSV through the form and show the one bad row with its field and message', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, owner.email, owner.password);
    await openSection(page, 'Supporters');
    const csv = [
      'email,firstName,lastName',
      `${unique('imp')}@example.org,Huda,Nasser`,
      'not-an-email,Bad,Row',
      `${unique('imp')}@example.org,Omar,Aziz`,
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({
      name: 'supporters.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByLabel('How these people consented').fill('paper sign-up sheet, rally');
    await page.getByLabel('Every person in this file consented to receive campaign updates').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.getByRole('status').textContent()).toContain('3 rows: 2 new, 0 updated, 1 refused');
    const errorRows = page.getByTestId('import-errors').locator('tbody tr');
    expect(await errorRows.count()).toBe(1);
    const cells = await errorRows.first().locator('td').allTextContents();
    expect(cells[0]).toBe('2');
    expect(cells[1]).toBe('email');
    await page.getByTestId('supporters-table').getByText('Huda').waitFor();
    await checkScreen(page, 'supporters-import');
    await ctx.close();
  });

  it('should compose, preview and send a broadcast and show its progress until every message is sent', async () => {
    const ctx = await browser.context();
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, owner.email, owner.password);
    // Its own audience, by tag, so other tests' supporters do not change the count.
    const tag = unique('tag');
    const rows = [0, 1, 2].map((i) => `${unique(`bc${i}`)}@example.org,Member${i}`);
    const imported = await t.http.request(
      'POST',
      `/campaigns/${campaign.id}/supporters/import?consentAsserted=true&consentBasis=test&tags=${tag}`,
      { raw: ['email,firstName', ...rows].join('\n'), token: owner.token, headers: { 'content-type': 'text/csv' } },
    );
    expect(imported.status).toBe(200);

    await openSection(page, 'Broadcasts');
    await page.getByRole('link', { name: 'Compose a broadcast' }).click();
    const subject = `Update ${unique('s')}`;
    await page.getByLabel('Name (for organizers only)').fill('March update');
    await page.getByLabel('Subject').fill(subject);
    await page.getByLabel(/^Message/).fill('We won the vote.\n\nRead more at https://example.org/win');
    await page.getByLabel(/Only supporters with these tags/).fill(tag);
    await checkScreen(page, 'broadcast-compose');
    await page.getByRole('button', { name: 'Save draft and count the audience' }).click();

    await page.getByRole('heading', { name: 'March update', level: 1 }).waitFor();
    expect(await page.getByTestId('audience').textContent()).toContain('3 supporters');
    const preview = page.frameLocator('iframe').first();
    await preview.getByText('We won the vote.').waitFor();
    await checkScreen(page, 'broadcast-draft');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Send now' }).click();
    await page
      .getByTestId('progress')
      .getByText(/3 sent.*Done/)
      .waitFor({ timeout: 60_000 });
    await checkScreen(page, 'broadcast-done');
    const delivered = await t.smtp.waitFor((all) => all.filter((m) => m.parsed.subject === subject).length === 3);
    expect(delivered.filter((m) => m.parsed.subject === subject)).toHaveLength(3);
    await ctx.close();
  });

  it('should check an attendee in with one tap after a name search when the screen is phone-sized', async () => {
    const event = await createEvent(t, owner.token, campaign.id, { title: 'Rally at the square' });
    for (const [firstName, lastName] of [
      ['Nour', 'Saleh'],
      ['Yusuf', 'Darwish'],
    ]) {
      const res = await rsvp(t, campaign.slug, event.slug, rsvpBody({ firstName, lastName }));
      expect(res.status).toBeLessThan(300);
    }
    const ctx = await browser.context({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, owner.email, owner.password);
    await page.getByRole('button', { name: 'Main navigation' }).click();
    await openSection(page, 'Events');
    await checkScreen(page, 'events-phone');
    await page.getByRole('link', { name: 'Check-in' }).first().click();
    await page.getByRole('heading', { name: 'Check-in: Rally at the square' }).waitFor();
    await page.getByLabel('Search a name').fill('nour');
    await waitUntil(async () => (await page.getByTestId('attendee').count()) === 1, {
      what: 'the search to leave one attendee',
    });
    await page.getByRole('button', { name: 'Check in: Nour Saleh' }).click();
    await page.getByRole('button', { name: 'Undo: Nour Saleh' }).waitFor();
    await checkScreen(page, 'checkin-phone');

    const attendees = await t.http.get(`/campaigns/${campaign.id}/events/${event.id}/attendees`, owner.token);
    const byName = Object.fromEntries(attendees.body.items.map((a: any) => [a.firstName, a.attendance]));
    expect(byName).toEqual({ Nour: 'attended', Yusuf: null });
    await ctx.close();
  });
});
