import type { Page } from 'playwright-core';
import { AppConfig } from '../../src/config/config.js';
import { senderAddress } from '../../src/modules/mail/message-id.js';
import { type TestApp } from '../support/app.js';
import { screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser.js';
import { signInToConsole, startConsoleSuite } from '../support/console.js';
import { addMember, createCampaign, type OrganizerFixture, unique } from '../support/factories.js';
import { waitUntil } from '../support/wait.js';
import { WebhookReceiver } from '../support/webhooks.js';

/**
 * The campaign-management screens of the console (settings, statements, milestones, webhooks) in
 * Chromium against the real API and worker, for each role and in Arabic; axe-checked and screenshotted.
 */
describe('organizer console: settings, statements, milestones and webhooks', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let owner: OrganizerFixture;
  let organizer: OrganizerFixture;
  let viewer: OrganizerFixture;
  let campaign: { id: string; slug: string };
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    ({ t, browser, owner, campaign } = await startConsoleSuite('Settings Owner', 'Settings campaign'));
    organizer = await addMember(t, owner, campaign.id, 'organizer');
    viewer = await addMember(t, owner, campaign.id, 'viewer');
    await receiver.start();
  }, 180_000);
  afterAll(async () => {
    await receiver.stop();
    await browser?.close();
    await t?.close();
  });

  async function checkScreen(page: Page, name: string): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `console-${name}`);
  }

  async function open(who: OrganizerFixture, viewport?: { width: number; height: number }) {
    const ctx = await browser.context(viewport ? { viewport } : {});
    const page = await ctx.newPage();
    page.on('dialog', (d) => void d.accept());
    await signInToConsole(page, t.url, who.email, who.password);
    return { ctx, page };
  }

  const section = (page: Page, path: string) => page.goto(`${t.url}/admin/c/${campaign.id}/${path}`);

  it('should save the embed sites and digest hour so they are there after a reload, and show a bad origin beside its field', async () => {
    const { ctx, page } = await open(owner);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const embeds = page.getByTestId('settings-embeds');
    const origins = embeds.getByLabel('Sites allowed to embed the forms');

    await origins.fill('ftp://partner.example.org');
    await origins.press('Enter');
    await embeds.getByRole('button', { name: 'Save sites' }).click();
    await embeds.getByText(/must use https/).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await origins.fill('https://partner.example.org');
    await origins.press('Enter');
    await embeds.getByRole('button', { name: 'Save sites' }).click();
    await embeds.getByRole('status').getByText('Saved').waitFor();
    // The signup form's snippets, each with a copy button.
    await embeds.getByRole('button', { name: 'Copy: Script (resizes itself)' }).first().waitFor();

    const digests = page.getByRole('region', { name: 'Digest emails' });
    await digests.getByLabel('Send hour (0-23)').fill('7');
    await digests.getByRole('button', { name: 'Save' }).click();
    await digests.getByRole('status').getByText('Saved').waitFor();
    await checkScreen(page, 'settings');

    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await embeds.getByText('https://partner.example.org').waitFor();
    expect(await page.getByRole('region', { name: 'Digest emails' }).getByLabel('Send hour (0-23)').inputValue()).toBe(
      '7',
    );
    const saved = await t.http.get(`/campaigns/${campaign.id}`, owner.token);
    expect(saved.body.embedOrigins).toEqual(['https://partner.example.org']);
    await ctx.close();
  });

  it("should save the campaign's sender name and reply-to, and show a refused name beside its field", async () => {
    const { ctx, page } = await open(owner);
    await section(page, 'settings');
    const sender = page.getByTestId('settings-sender');
    await sender.getByRole('heading', { name: 'Sender' }).waitFor();
    const name = sender.getByLabel('Sender name');
    const replyTo = sender.getByLabel('Reply-to address');

    await name.fill('Support <help@bank.example>');
    await replyTo.fill('team@clean-air.example');
    await sender.getByRole('button', { name: 'Save' }).click();
    await sender.getByText(/must be a name only/).waitFor();
    expect((await t.http.get(`/campaigns/${campaign.id}`, owner.token)).body.senderName).toBeNull();

    await name.fill('Clean Air Leeds');
    await replyTo.fill('not an address');
    await sender.getByRole('button', { name: 'Save' }).click();
    await sender.getByText(/must be an email address/).waitFor();

    await replyTo.fill('team@clean-air.example');
    await sender.getByRole('button', { name: 'Save' }).click();
    await sender.getByRole('status').getByText('Saved').waitFor();
    await checkScreen(page, 'settings-sender');

    await page.reload();
    await sender.getByRole('heading', { name: 'Sender' }).waitFor();
    expect(await name.inputValue()).toBe('Clean Air Leeds');
    expect(await replyTo.inputValue()).toBe('team@clean-air.example');
    const saved = (await t.http.get(`/campaigns/${campaign.id}`, owner.token)).body;
    expect(saved).toMatchObject({ senderName: 'Clean Air Leeds', replyTo: 'team@clean-air.example' });
    await ctx.close();
  });

  it('should keep the Privacy & safety settings an owner saves, and refuse a bad one beside its field', async () => {
    const { ctx, page } = await open(owner);
    await section(page, 'settings');
    const privacy = page.getByTestId('settings-privacy');
    await privacy.getByRole('heading', { name: 'Privacy & safety' }).waitFor();
    const k = privacy.getByLabel('Smallest group shown (k)');
    await k.fill('1');
    const smallGroups = privacy.getByRole('form', { name: 'Small groups stay hidden' });
    await smallGroups.getByRole('button', { name: 'Save' }).click();
    await smallGroups.getByText(/greater than or equal to 2|too small|at least 2|>=2/i).waitFor();
    await k.fill('10');
    await smallGroups.getByRole('button', { name: 'Save' }).click();
    await smallGroups.getByRole('status').getByText('Saved').waitFor();

    // A targeted organization: a bad domain is refused beside the field, a good one is kept.
    const targeted = privacy.getByRole('form', { name: 'Targeted organizations' });
    await targeted.getByRole('button', { name: 'Add organization' }).click();
    await targeted.getByLabel('Organization', { exact: true }).fill('Acme Logistics');
    const domains = targeted.getByLabel('Email domains', { exact: true });
    await domains.fill('boss@acme.example');
    await domains.press('Enter');
    await targeted.getByRole('button', { name: 'Save' }).click();
    await targeted
      .getByTestId('targeted-org')
      .getByText(/must be a domain name/)
      .waitFor();
    await domains.press('Backspace');
    await domains.fill('acme.example');
    await domains.press('Enter');
    await targeted.getByRole('button', { name: 'Save' }).click();
    await targeted.getByRole('status').getByText('Saved').waitFor();

    // A retention period, and the upcoming expiries below it.
    const retention = privacy.getByRole('form', { name: 'Retention' });
    await retention.getByLabel(/^Petition signers/).fill('3');
    await retention.getByRole('button', { name: 'Save' }).click();
    await retention.getByRole('status').getByText('Saved').waitFor();
    await privacy.getByTestId('retention-expiries').getByRole('heading', { name: 'Upcoming expiries' }).waitFor();
    await privacy.getByTestId('privacy-page-link').waitFor();
    await checkScreen(page, 'settings-privacy');

    await page.reload();
    await privacy.getByRole('heading', { name: 'Privacy & safety' }).waitFor();
    expect(await k.inputValue()).toBe('10');
    expect(await targeted.getByLabel('Organization', { exact: true }).inputValue()).toBe('Acme Logistics');
    await targeted.getByTestId('targeted-org').getByText('acme.example', { exact: true }).waitFor();
    expect(await retention.getByLabel(/^Petition signers/).inputValue()).toBe('3');
    const saved = (await t.http.get(`/campaigns/${campaign.id}`, owner.token)).body;
    expect(saved.minGroupSize).toBe(10);
    expect(saved.targetedOrganizations).toEqual([{ name: 'Acme Logistics', domains: ['acme.example'] }]);
    expect((await t.http.get(`/campaigns/${campaign.id}/retention`, owner.token)).body.signerMonths).toBe(3);
    await ctx.close();
  });

  it('should let an owner schedule the campaign shutdown only with the address typed back, see it scheduled, and cancel it', async () => {
    // A campaign of its own: a shutdown left scheduled by a failing run cannot touch the others.
    const doomed = await createCampaign(t, owner.token, { name: 'Shutdown campaign' });
    const { ctx, page } = await open(owner);
    await page.goto(`${t.url}/admin/c/${doomed.id}/settings`);
    const shutdown = page.getByTestId('settings-privacy').getByTestId('shutdown');
    await shutdown.getByRole('heading', { name: 'Shut the campaign down' }).waitFor();
    const confirm = shutdown.getByLabel(`Type the campaign address “${doomed.slug}” to confirm`);
    const schedule = shutdown.getByRole('button', { name: 'Schedule shutdown' });
    // Nothing to press until the address is typed back exactly.
    expect(await schedule.isDisabled()).toBe(true);
    await confirm.fill(doomed.slug.slice(0, -1));
    expect(await schedule.isDisabled()).toBe(true);
    await checkScreen(page, 'settings-shutdown');
    await confirm.fill(doomed.slug);
    await schedule.click();

    const scheduled = shutdown.getByRole('alert');
    await scheduled.getByText(/^The shutdown is scheduled for /).waitFor();
    const state = (await t.http.get(`/campaigns/${doomed.id}/shutdown`, owner.token)).body;
    expect(state).toMatchObject({ shutDownAt: null, current: { status: 'scheduled' } });
    // About a day ahead (CAMPAIGN_SHUTDOWN_DELAY_SECONDS), shown in the campaign's own time zone.
    expect(new Date(state.current.dueAt).getTime()).toBeGreaterThan(Date.now() + 3600_000);
    await checkScreen(page, 'settings-shutdown-scheduled');

    // Still scheduled after a reload: the page shows the API's state, not its own memory.
    await page.reload();
    await scheduled.getByText(/^The shutdown is scheduled for /).waitFor();
    await scheduled.getByRole('button', { name: 'Cancel the shutdown' }).click();
    await shutdown.getByRole('button', { name: 'Schedule shutdown' }).waitFor();
    expect(await shutdown.getByRole('alert').count()).toBe(0);
    const after = (await t.http.get(`/campaigns/${doomed.id}/shutdown`, owner.token)).body;
    expect(after.shutDownAt).toBeNull();
    expect(after.current?.status).not.toBe('scheduled');
    await checkScreen(page, 'settings-shutdown-cancelled');
    await ctx.close();
  });

  it('should not show the shutdown to an admin', async () => {
    const admin = await addMember(t, owner, campaign.id, 'admin');
    const { ctx, page } = await open(admin);
    await section(page, 'settings');
    await page.getByTestId('settings-privacy').getByRole('heading', { name: 'Privacy & safety' }).waitFor();
    await page.getByTestId('settings-privacy').getByRole('form', { name: 'Retention' }).waitFor();
    expect(await page.getByTestId('shutdown').count()).toBe(0);
    await ctx.close();
  });

  it('should take a statement from an organizer’s draft through review and an admin’s approval to the public page, with its history diffed', async () => {
    const slug = unique('stmt');
    const author = await open(organizer);
    await section(author.page, 'statements');
    await author.page.getByRole('link', { name: 'New statement' }).click();
    await author.page.getByLabel('Address (slug)').fill(slug);
    await author.page.getByLabel(/^Title( \*)?$/).fill('We will not back down');
    await author.page.getByLabel(/^Summary/).fill('Our answer to the council.');
    await author.page.getByLabel(/^Text \(Markdown\)/).fill('The council **must** listen.');
    await author.page.getByTestId('markdown-preview').locator('strong', { hasText: 'must' }).waitFor();
    await checkScreen(author.page, 'statement-editor');
    await author.page.getByRole('button', { name: 'Save' }).click();
    await author.page.getByRole('heading', { name: 'We will not back down', level: 1 }).waitFor();
    // An organizer submits but cannot approve or publish.
    expect(await author.page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await author.page.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    await author.page.getByRole('link', { name: 'Edit' }).click();
    await author.page.getByLabel(/^Text \(Markdown\)/).fill('The council **must** listen to residents.');
    await author.page.getByRole('button', { name: 'Save' }).click();
    await author.page.getByRole('button', { name: 'Submit for review' }).click();
    await author.page.getByText('in review').first().waitFor();
    await author.page.getByTestId('diff').locator('ins', { hasText: 'listen to residents' }).waitFor();
    await checkScreen(author.page, 'statement-in-review');
    await author.ctx.close();

    const admin = await open(owner);
    await section(admin.page, 'statements');
    // What waits for an admin's review comes first.
    await admin.page.getByTestId('review-queue').getByRole('link', { name: 'We will not back down' }).click();
    await admin.page.getByRole('button', { name: 'Approve' }).click();
    await admin.page.getByText('approved', { exact: true }).waitFor();
    await admin.page.getByRole('button', { name: 'Publish now' }).click();
    await admin.page.getByRole('link', { name: 'Open the public page' }).waitFor();
    await checkScreen(admin.page, 'statement-published');

    await admin.page.goto(`${t.url}/c/${campaign.slug}/statements/${slug}`);
    await admin.page.getByRole('heading', { name: 'We will not back down' }).waitFor();
    await admin.page.getByText('listen to residents').waitFor();
    await admin.ctx.close();
  });

  it('should add a milestone, preview its alert email, and log its webhook delivery on a new endpoint', async () => {
    const { ctx, page } = await open(owner);
    await section(page, 'webhooks');
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByLabel(/^Address/).fill(receiver.url);
    await page.getByRole('checkbox', { name: 'milestone' }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await page.getByTestId('webhook-secret').locator('pre').textContent();
    expect(secret?.length).toBeGreaterThan(20);
    await checkScreen(page, 'webhooks');

    await section(page, 'milestones');
    await page.getByRole('link', { name: 'Add a milestone' }).click();
    await page.getByLabel(/^Title( \*)?$/).fill('Council agreed to meet us');
    await page.getByLabel('Description (Markdown)').fill('After **3,000** signatures.');
    await page.getByTestId('markdown-preview').locator('strong', { hasText: '3,000' }).waitFor();
    await checkScreen(page, 'milestone-editor');
    const sender = { senderName: 'Clean Air Leeds', replyTo: 'team@clean-air.example' };
    expect((await t.http.patch(`/campaigns/${campaign.id}`, sender, owner.token)).status).toBe(200);
    await page.getByRole('button', { name: 'Save and preview the alert' }).click();
    await page.getByRole('heading', { name: 'Council agreed to meet us', level: 1 }).waitFor();
    const preview = page.getByTestId('alert-preview');
    await preview.getByText(/Would go to \d+ subscribers/).waitFor();
    // the alert goes out under the campaign's sender name, and the preview says so
    const address = senderAddress(t.app.get(AppConfig).get('MAIL_FROM'));
    expect(await preview.getByTestId('mail-sender').textContent()).toBe(
      `From: "Clean Air Leeds" <${address}> · Reply-To: team@clean-air.example`,
    );
    await page
      .frameLocator('[data-testid=alert-preview] iframe')
      .getByText('Council agreed to meet us')
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Send the alert' }).waitFor();
    await checkScreen(page, 'milestone-detail');
    await section(page, 'milestones');
    await page.getByTestId('timeline').getByRole('link', { name: 'Council agreed to meet us' }).waitFor();
    await checkScreen(page, 'milestones');

    await section(page, 'webhooks');
    await page.getByRole('link', { name: receiver.url }).click();
    await waitUntil(
      async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return (await page.getByTestId('delivery').filter({ hasText: 'delivered' }).count()) === 1;
      },
      { what: 'the milestone delivery to show as delivered', timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(await page.getByTestId('delivery').first().textContent()).toContain('milestone');
    expect(receiver.calls.filter((c) => c.status === 200).length).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const rotated = await page.getByTestId('webhook-secret').locator('pre').textContent();
    expect(rotated).not.toBe(secret);
    const before = receiver.calls.length;
    await page.getByRole('button', { name: 'Redeliver' }).first().click();
    await waitUntil(async () => receiver.calls.length > before, { what: 'the redelivery to reach the receiver' });
    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByRole('button', { name: 'Enable' }).waitFor();
    expect((await t.http.get(`/campaigns/${campaign.id}/webhooks`, owner.token)).body.items[0].enabled).toBe(false);
    await checkScreen(page, 'webhook-endpoint');
    await ctx.close();
  });

  it('should show a viewer the screens without a single edit button', async () => {
    const created = await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      { slug: unique('vs'), primaryLocale: 'en', variants: { en: { title: 'Viewer sees this', body: 'Text' } } },
      owner.token,
    );
    expect(created.status).toBe(201);
    const { ctx, page } = await open(viewer);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    await section(page, 'settings');
    await page.getByRole('heading', { name: 'Campaign', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Digest emails' }).waitFor();
    expect(await page.getByRole('button', { name: /Save/ }).count()).toBe(0);
    expect(await page.getByTestId('settings-sender').getByLabel('Sender name').getAttribute('readonly')).not.toBeNull();
    await checkScreen(page, 'settings-viewer');
    await section(page, 'statements');
    await page.getByRole('link', { name: 'Viewer sees this' }).click();
    await page.getByRole('heading', { name: 'Viewer sees this', level: 1 }).waitFor();
    expect(await page.getByTestId('statement-actions').getByRole('button').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await section(page, 'milestones');
    await page.getByRole('heading', { name: 'Milestones', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Add a milestone' }).count()).toBe(0);
    await ctx.close();
  });

  it('should lay out every new screen right to left in Arabic, on a phone as on a desktop', async () => {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const { ctx, page } = await open(owner, viewport);
      await page.getByLabel('Language', { exact: true }).first().click();
      await page.getByRole('option', { name: 'العربية' }).click();
      for (const [path, heading] of [
        ['settings', 'الإعدادات'],
        ['statements', 'البيانات'],
        ['milestones', 'المحطات'],
        ['webhooks', 'خطافات الويب'],
      ]) {
        await section(page, path);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
        await checkScreen(page, `${path}-ar-${name}`);
      }
      await section(page, 'statements/new');
      await page.getByRole('heading', { name: 'بيان جديد', level: 1 }).waitFor();
      await checkScreen(page, `statement-editor-ar-${name}`);
      await section(page, 'settings');
      await page.getByRole('heading', { name: 'الإعدادات', level: 1 }).waitFor();
      if (name === 'phone') {
        // Nothing wider than the phone: no sideways scrolling of the page.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(390);
      }
      await screenshot(page, `console-settings-ar-${name}-2`);
      await ctx.close();
      // The choice is kept on the owner's account: back to English for what follows.
      expect((await t.http.get('/auth/me', owner.token)).body.locale).toBe('ar');
      await t.http.patch('/auth/me', { locale: 'en' }, owner.token);
    }
    const { ctx, page } = await open(owner, { width: 390, height: 844 });
    await section(page, 'settings');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await checkScreen(page, 'settings-phone');
    await ctx.close();
  });
});
