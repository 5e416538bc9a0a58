import type { Page } from 'playwright-core';
import { AppConfig } from '../../src/config/config.js';
import { screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser.js';
import { type TestApp, uniqueIp } from '../support/app.js';
import { signInToConsole, startConsoleSuite } from '../support/console.js';
import { publishStatement, subscriber } from '../support/digests.js';
import { rsvp, rsvpBody } from '../support/events.js';
import { createPetition, type OrganizerFixture, unique } from '../support/factories.js';
import { waitUntil } from '../support/wait.js';

/**
 * The console's operations flows in Chromium against the real API, worker and SMTP sink: digests
 * and the mail and audit logs, event management with the cancellation and change notices previewed
 * first and a waitlisted person promoted,
 * supporter tags and erasure, broadcast tests, petition translations and burst invalidation.
 * Every screen is checked with axe-core and screenshotted, in English and Arabic.
 */
describe('organizer console operations', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, browser, owner, campaign } = await startConsoleSuite('Operations Owner', 'Operations campaign'));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** axe finds nothing serious or critical; the screenshot goes to the artifacts folder. */
  async function looksRight(page: Page, name: string): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `console-ops-${name}`);
  }

  async function signedIn(viewport?: { width: number; height: number }): Promise<Page> {
    const ctx = await browser.context(viewport ? { viewport } : {});
    const page = await ctx.newPage();
    await signInToConsole(page, t.url, owner.email, owner.password);
    return page;
  }

  const sentTo = (address: string, subject: string | RegExp) =>
    t.smtp.messages.filter(
      (m) =>
        m.envelopeTo.includes(address) &&
        (typeof subject === 'string' ? m.parsed.subject === subject : subject.test(m.parsed.subject ?? '')),
    );

  it("should preview one supporter's own digest, found by exact email, and show the mail and audit logs", async () => {
    const supporter = await subscriber(t, campaign.id, { frequency: 'daily' });
    const headline = `Council backs the plan ${unique('h')}`;
    await publishStatement(t, owner.token, campaign.id, headline);
    const page = await signedIn();
    await page.getByRole('navigation').getByRole('link', { name: 'Digests and mail log' }).click();
    await page.getByRole('heading', { name: 'Digests', level: 1 }).waitFor();
    await page.getByLabel('Send digests').waitFor();
    await looksRight(page, 'digest-settings');

    await page.getByRole('tab', { name: 'Runs' }).click();
    await page.getByText('No digest run yet.').waitFor();
    await looksRight(page, 'digest-runs');

    await page.getByRole('tab', { name: 'Preview for a supporter' }).click();
    await page.getByLabel('Find by exact email').fill(supporter!.email.toUpperCase());
    await page.getByRole('button', { name: 'Preview this supporter’s next digest' }).click();
    const digest = page.getByTestId('digest-preview').frameLocator('iframe');
    // The content selected for this supporter (the statement published since they subscribed), not sample data.
    await digest.getByRole('link', { name: headline }).waitFor();
    expect(await digest.getByText('We asked three questions').count()).toBe(0);
    // Greeting the supporter by their own name, as their digest will, not a stand-in.
    await digest.getByText('Hi Rana,').waitFor();
    expect(await digest.getByText(/\bSam\b/).count()).toBe(0);
    expect(await page.getByTestId('digest-preview').getByTestId('mail-sender').textContent()).toBe(
      `From: ${t.app.get(AppConfig).get('MAIL_FROM')}`,
    );
    await page.getByText(/^Daily at \d+:00/).waitFor();
    await looksRight(page, 'digest-preview');

    await page.getByRole('tab', { name: 'Mail log' }).click();
    await page.getByRole('button', { name: 'Filter' }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'sent, unconfirmed' }).click();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('tabpanel').getByText('Nothing here yet.').waitFor();
    await looksRight(page, 'mail-log');

    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByRole('combobox', { name: 'Member' }).click();
    await page.getByRole('option', { name: 'Operations Owner' }).click();
    await page.getByLabel('Action').fill('statement.published');
    await page.getByRole('button', { name: 'Filter' }).click();
    await waitUntil(async () => (await page.getByTestId('audit-log').locator('tbody tr').count()) === 1, {
      what: "the owner's one statement.published entry",
    });
    expect(await page.getByTestId('audit-log').locator('tbody tr td').allTextContents()).toEqual(
      expect.arrayContaining(['Operations Owner', 'statement.published']),
    );
    await looksRight(page, 'audit-log');
    await page.context().close();
  });

  it('should create an event with its time zone shown, and cancel it only after previewing the notice attendees get', async () => {
    const page = await signedIn();
    await page.getByRole('navigation').getByRole('link', { name: 'Events' }).click();
    await page.getByRole('link', { name: 'New event' }).click();
    const title = `Vigil ${unique('v')}`;
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Starts (local time)').fill('2031-03-01T18:00');
    await page.getByLabel('Ends (local time)').fill('2031-03-01T20:00');
    await page.getByLabel('Place').fill('Town hall steps');
    await looksRight(page, 'event-new');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText('Time zone: ').first().waitFor();

    const events = await t.http.get(`/campaigns/${campaign.id}/events`, owner.token);
    const event = events.body.items.find((e: { title: string }) => e.title === title);
    const attendee = rsvpBody({ firstName: 'Salma', lastName: 'Aziz' });
    expect((await rsvp(t, campaign.slug, event.slug, attendee)).status).toBeLessThan(300);
    await page.reload();
    await page.getByTestId('attendees-confirmed').getByText('Salma Aziz').waitFor();
    await page.getByRole('tab', { name: 'Waitlist' }).click();
    await page.getByText('In order: raising the capacity').waitFor();
    await looksRight(page, 'event-detail');

    const reason = `The square is flooded ${unique('r')}`;
    await page.getByLabel('Reason (sent to attendees)').fill(reason);
    await page.getByRole('button', { name: 'Preview the notice' }).click();
    await page.getByTestId('cancel-preview').frameLocator('iframe').first().getByText(reason).waitFor();
    await looksRight(page, 'event-cancel-preview');
    expect(sentTo(attendee.email, `Cancelled: ${title}`)).toHaveLength(0);

    await page.getByRole('button', { name: 'Cancel the event and notify attendees (1)' }).click();
    await page.getByText(`Cancelled: ${reason}`).waitFor();
    await t.smtp.waitFor(() => sentTo(attendee.email, `Cancelled: ${title}`).length === 1);
    expect(sentTo(attendee.email, `Cancelled: ${title}`)[0]!.parsed.text).toContain(reason);
    await page.context().close();
  });

  it('should promote someone from the waitlist after asking, and show the change notice in both languages before the save that sends it', async () => {
    const title = `Teach-in ${unique('p')}`;
    const created = await t.http.post(
      `/campaigns/${campaign.id}/events`,
      {
        title,
        startsAt: '2031-04-01T18:00',
        endsAt: '2031-04-01T20:00',
        timeZone: 'Europe/London',
        location: { name: 'Library hall' },
        capacity: 1,
        waitlistEnabled: true,
      },
      owner.token,
    );
    expect(created.status).toBe(201);
    const event = created.body;
    const going = rsvpBody({ firstName: 'Nour', lastName: 'Saleh' });
    const waiting = rsvpBody({ firstName: 'Yusuf', lastName: 'Karam' });
    expect((await rsvp(t, campaign.slug, event.slug, going)).body.status).toBe('confirmed');
    expect((await rsvp(t, campaign.slug, event.slug, waiting)).body.status).toBe('waitlisted');

    const page = await signedIn();
    await page.goto(`${t.url}/admin/c/${campaign.id}/events/${event.id}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Waitlist' }).click();
    await page.getByTestId('attendees-waitlisted').getByText('Yusuf Karam').waitFor();
    await looksRight(page, 'event-waitlist');
    // asked once, then again because the one seat is taken: the organizer goes over capacity knowingly
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await page.getByRole('button', { name: 'Promote Yusuf Karam from the waitlist' }).click();
    await page.getByRole('status').getByText('Yusuf Karam has a place and was emailed.').waitFor();
    expect(asked).toEqual([
      'Give Yusuf Karam a place now? They are emailed at once.',
      'Not enough seats left (0) for Yusuf Karam, who needs 1. Promote anyway, going over the capacity?',
    ]);
    await t.smtp.waitFor(() => sentTo(waiting.email, /^A place opened up/).length === 1);
    await page.getByTestId('attendees-waitlisted').waitFor({ state: 'detached' });
    await page.getByText('Nothing here yet.').waitFor();
    await looksRight(page, 'event-promoted');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit event', level: 1 }).waitFor();
    await page.getByLabel('Place').fill('Council chamber');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const preview = page.getByTestId('change-preview');
    await preview.getByText('Saving this change emails the 2 people who RSVPed.', { exact: false }).waitFor();
    await preview.frameLocator('iframe').first().getByText('Council chamber').first().waitFor();
    // the sender line an inbox shows: this campaign has no sender name, so MAIL_FROM as it is
    expect(await preview.getByTestId('mail-sender').first().textContent()).toBe(
      `From: ${t.app.get(AppConfig).get('MAIL_FROM')}`,
    );
    await preview.getByRole('tab', { name: 'Preview (العربية)' }).click();
    await preview.frameLocator('iframe').last().getByText('Council chamber').first().waitFor();
    await looksRight(page, 'event-change-preview');
    expect(sentTo(going.email, `Updated details: ${title}`)).toHaveLength(0);

    // a further edit makes the preview stale: its button waits for a new preview
    await page.getByLabel('Place').fill('Council chamber, room 2');
    expect(await preview.getByRole('button', { name: 'Save and notify attendees (2)' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await preview.frameLocator('iframe').last().getByText('Council chamber, room 2').first().waitFor();
    await preview.getByRole('tab', { name: 'Preview (English)' }).click();
    await preview.frameLocator('iframe').first().getByText('Council chamber, room 2').first().waitFor();
    await preview.getByRole('button', { name: 'Save and notify attendees (2)' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await t.smtp.waitFor(
      () =>
        sentTo(going.email, `Updated details: ${title}`).length === 1 &&
        sentTo(waiting.email, `Updated details: ${title}`).length === 1,
    );
    expect(sentTo(going.email, `Updated details: ${title}`)[0]!.parsed.text).toContain('Council chamber, room 2');
    await page.context().close();
  });

  it('should tag two supporters in bulk from the search results and erase one from the profile', async () => {
    const tag = unique('bulk');
    const people = [`${unique('a')}@example.org`, `${unique('b')}@example.org`];
    const imported = await t.http.request(
      'POST',
      `/campaigns/${campaign.id}/supporters/import?consentAsserted=true&consentBasis=test&tags=${tag}`,
      {
        raw: ['email,firstName', `${people[0]},Ilham`, `${people[1]},Karim`].join('\n'),
        token: owner.token,
        headers: { 'content-type': 'text/csv' },
      },
    );
    expect(imported.status).toBe(200);
    const page = await signedIn();
    await page.getByRole('navigation').getByRole('link', { name: 'Supporters' }).click();
    await page.getByLabel('Tag', { exact: true }).fill(tag);
    await page.getByRole('button', { name: 'Search' }).click();
    await waitUntil(async () => (await page.getByTestId('supporters-table').locator('tbody tr').count()) === 2, {
      what: 'the two tagged supporters',
    });
    await page.getByLabel('Select all shown').check();
    await page.getByLabel(/^Tags for the 2 selected/).fill('volunteers');
    await page.getByRole('button', { name: 'Add tags' }).click();
    await page.getByText('Tags added to 2 supporters.').waitFor();
    await looksRight(page, 'supporters-bulk-tags');
    const tagged = await t.http.get(`/campaigns/${campaign.id}/supporters?tag=volunteers`, owner.token);
    expect(tagged.body.items.map((s: { personal: { email: string } }) => s.personal.email).sort()).toEqual(
      [...people].sort(),
    );

    await page.getByRole('link', { name: `Open the profile of ${people[0]}` }).click();
    await page.getByRole('heading', { name: 'Ilham', level: 1 }).waitFor();
    await page.getByTestId('consent-log').waitFor();
    await looksRight(page, 'supporter-profile');
    const erase = page.getByRole('button', { name: 'Erase for good' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Type erase to confirm').fill('erase');
    await erase.click();
    await page.getByText('erased', { exact: true }).first().waitFor();
    const erasedId = new URL(page.url()).pathname.split('/').pop();
    const profile = await t.http.get(`/campaigns/${campaign.id}/supporters/${erasedId}`, owner.token);
    expect(profile.body.status).toBe('erased');
    const left = await t.http.get(`/campaigns/${campaign.id}/supporters?tag=${tag}`, owner.token);
    expect(left.body.items.map((s: { personal: { email: string } }) => s.personal.email)).toEqual([people[1]]);
    await page.context().close();
  });

  it('should send a test of a broadcast to my own address only, in each language', async () => {
    const subject = `Test run ${unique('s')}`;
    const created = await t.http.post(
      `/campaigns/${campaign.id}/broadcasts`,
      {
        template: 'campaign.update',
        name: 'April update',
        subject,
        body: 'The vote is on Thursday.',
        filter: { purpose: 'updates', tags: [unique('nobody')] },
      },
      owner.token,
    );
    expect(created.status).toBe(201);
    const page = await signedIn();
    await page.goto(`${t.url}/admin/c/${campaign.id}/broadcasts/${created.body.broadcast.id}`);
    await page.getByRole('heading', { name: 'April update', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Send a test to myself' }).click();
    await page.getByTestId('broadcast-notice').getByText(`Test sent to ${owner.email}`).waitFor();
    await looksRight(page, 'broadcast-test');
    await t.smtp.waitFor(() => sentTo(owner.email, subject).length === 2);
    expect(sentTo(owner.email, subject).every((m) => m.envelopeTo.length === 1)).toBe(true);
    expect(t.smtp.messages.filter((m) => m.parsed.subject === subject)).toHaveLength(2);
    await page.context().close();
  });

  it('should add an Arabic translation shown on the public page, and invalidate a burst of signatures in one click', async () => {
    const petition = await createPetition(t, owner.token, campaign.id, { title: 'Keep the library open' });
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) {
      const signed = await t.http.request(
        'POST',
        `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`,
        { body: { email: `${unique('burst')}@burst.example`, firstName: 'Bot' }, headers: { 'x-forwarded-for': ip } },
      );
      expect(signed.status).toBe(202);
    }
    const page = await signedIn();
    await page.goto(`${t.url}/admin/c/${campaign.id}/petitions/${petition.id}`);
    await page.getByRole('heading', { name: 'Keep the library open', level: 1 }).waitFor();
    await page.getByLabel('Title').fill('أبقوا المكتبة مفتوحة');
    await page.getByLabel('Addressed to').fill('مجلس البلدية');
    await page.getByLabel('Text (Markdown)').fill('نطالب المجلس بإبقاء المكتبة **مفتوحة**.');
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.getByRole('status').getByText('Saved').waitFor();
    await looksRight(page, 'petition-translation');

    await page.getByRole('tab', { name: 'Trending IPs and domains' }).click();
    const trending = page.getByTestId('trending');
    await trending.waitFor();
    await looksRight(page, 'petition-trending');
    page.once('dialog', (d) => void d.accept());
    await trending.getByRole('button', { name: /^Invalidate burst: IP/ }).click();
    await page.getByText('3 signatures invalidated.').waitFor();
    const sigs = await t.http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/signatures`, owner.token);
    expect(sigs.body.items.map((s: { status: string }) => s.status)).toEqual([
      'invalidated',
      'invalidated',
      'invalidated',
    ]);

    await page.goto(`${t.url}/c/${campaign.slug}/petitions/${petition.slug}?locale=ar`);
    await page.getByRole('heading', { name: 'أبقوا المكتبة مفتوحة' }).waitFor();
    await screenshot(page, 'console-ops-petition-public-ar');
    await page.context().close();
  });

  it('should lay the operations screens out right to left in Arabic, on a desktop and on a phone', async () => {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const page = await signedIn(viewport);
      await page.getByLabel('Language', { exact: true }).first().click();
      await page.getByRole('option', { name: 'العربية' }).click();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      if (name === 'phone') await page.getByRole('button', { name: 'التنقل الرئيسي' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'الملخصات وسجل البريد' }).click();
      await page.getByRole('heading', { name: 'الملخصات', level: 1 }).waitFor();
      await page.getByLabel('إرسال الملخصات').waitFor();
      await looksRight(page, `digests-ar-${name}`);
      await page.getByRole('tab', { name: 'سجل البريد' }).click();
      await page.getByRole('button', { name: 'تصفية' }).waitFor();
      await looksRight(page, `mail-log-ar-${name}`);
      await page.goto(`${t.url}/admin/c/${campaign.id}/events/new`);
      await page.getByRole('heading', { name: 'فعالية جديدة', level: 1 }).waitFor();
      await looksRight(page, `event-new-ar-${name}`);
      await page.goto(`${t.url}/admin/c/${campaign.id}/supporters`);
      await page.getByTestId('supporters-table').waitFor();
      await looksRight(page, `supporters-ar-${name}`);
      await page.context().close();
      // The choice is kept on the owner's account: back to English for the next round.
      await t.http.patch('/auth/me', { locale: 'en' }, owner.token);
    }
  });
});
