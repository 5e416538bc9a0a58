import { normalizeEmail } from '../../src/common/email.js';
import { PiiCipherService } from '../../src/infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { isoWeekKey, localDay } from '../../src/modules/digests/digest-period.js';
import { DigestReconcilerService } from '../../src/modules/digests/digest-reconciler.service.js';
import { DigestRunnerService } from '../../src/modules/digests/digest-runner.service.js';
import { MailSuppressionsService } from '../../src/modules/mail/mail-suppressions.service.js';
import { mailSettled, waitUntil } from '../support/wait.js';
import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import {
  createCampaign,
  createEvent,
  createOrganizer,
  createPetition,
  type OrganizerFixture,
} from '../support/factories.js';
import { rawHeader } from '../support/mail.js';
import {
  days,
  digestsOf,
  firstDue,
  localClock,
  localDate,
  minutes,
  plus,
  publishStatement,
  setPreferences,
  subscriber,
} from '../support/digests.js';

const SUBJECT = /your (daily|weekly) digest/;

describe('digests', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let runner: DigestRunnerService;

  beforeAll(async () => {
    t = await startApp();
    owner = await createOrganizer(t);
    runner = t.app.get(DigestRunnerService);
  });

  afterAll(async () => {
    await t?.close();
  });

  const digestMails = (email: string) => t.smtp.to(email).filter((m) => SUBJECT.test(m.parsed.subject ?? ''));

  it('should send each supporter one digest per period at their own local hour, across time zones', async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const people = [
      { s: await subscriber(t, c.id, { frequency: 'daily' }), zone: 'Europe/London', hour: 8 }, // the campaign's zone and default hour
      {
        s: await subscriber(t, c.id, { frequency: 'daily', hour: 8, timeZone: 'America/New_York' }),
        zone: 'America/New_York',
        hour: 8,
      },
      {
        s: await subscriber(t, c.id, { frequency: 'daily', hour: 21, timeZone: 'Asia/Tokyo' }),
        zone: 'Asia/Tokyo',
        hour: 21,
      },
      // UTC+05:30 (ICU's canonical name for Kolkata).
      {
        s: await subscriber(t, c.id, { frequency: 'daily', hour: 6, timeZone: 'Asia/Calcutta' }),
        zone: 'Asia/Calcutta',
        hour: 6,
      },
    ];
    const never = await subscriber(t, c.id, { frequency: 'never' });
    const updatesOnly = await subscriber(t, c.id, { frequency: 'daily', grants: ['updates'] });
    await publishStatement(t, owner.token, c.id, 'The council backs down');

    const now = new Date();
    const dues = people
      .map((p) => ({ ...p, due: firstDue({ hour: p.hour, timeZone: p.zone }, now) }))
      .sort((a, b) => a.due.getTime() - b.due.getTime());
    for (const p of dues) {
      // A minute before their hour: nothing for them.
      await runner.runCampaign(c.id, plus(p.due, -minutes(1)));
      expect(await digestsOf(t, p.s.id)).toEqual([]);
      // At their hour: exactly one digest, for their local date, due at their local hour.
      await runner.runCampaign(c.id, plus(p.due, minutes(1)));
      const rows = await digestsOf(t, p.s.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kind: 'daily', periodKey: localDate(p.due, p.zone), status: 'queued' });
      expect(rows[0].dueAt.toISOString()).toBe(p.due.toISOString());
      expect(localClock(rows[0].dueAt, p.zone)).toBe(`${String(p.hour).padStart(2, '0')}:00`);
    }

    // The same tick again (a retried job) and later ticks in the same period change nothing.
    const last = plus(dues[dues.length - 1].due, minutes(1));
    for (const at of [last, plus(last, minutes(5)), plus(last, minutes(60))]) {
      const r = await runner.runCampaign(c.id, at);
      expect(r.queued).toBe(0);
    }
    for (const p of dues) expect(await digestsOf(t, p.s.id)).toHaveLength(1);
    expect(await digestsOf(t, never.id)).toEqual([]);
    expect(await digestsOf(t, updatesOnly.id)).toEqual([]);

    await t.smtp.waitFor(() => dues.every((p) => digestMails(p.s.email).length === 1));
    for (const p of dues) expect(digestMails(p.s.email)[0].parsed.text).toContain('The council backs down');
    expect(t.smtp.to(never.email)).toHaveLength(0);
    expect(t.smtp.to(updatesOnly.email)).toHaveLength(0);
  });

  it('should deliver the new content with nearby events first, unsigned petitions with progress, one-click unsubscribe headers and a preferences link', async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const near = await subscriber(t, c.id, { frequency: 'daily', country: 'GB', postalCode: 'SW1A 2AA' });
    const signer = await subscriber(t, c.id, { frequency: 'daily' });
    const due = firstDue({ timeZone: 'Europe/London' });

    await publishStatement(t, owner.token, c.id, 'We won the vote', 'Rents & "fees" < 5% from now on.');
    const milestone = await t.http.post(
      `/campaigns/${c.id}/milestones`,
      { kind: 'win', title: 'Ten thousand signatures', occurredOn: localDate(new Date(), 'Europe/London') },
      owner.token,
    );
    expect(milestone.status).toBe(201);
    await createEvent(t, owner.token, c.id, {
      title: 'Paris solidarity rally',
      startsAt: plus(due, days(1)).toISOString(),
      endsAt: plus(due, days(1) + minutes(120)).toISOString(),
      location: { name: 'Place de la République', locality: 'Paris', postalCode: '75010', country: 'FR' },
    });
    await createEvent(t, owner.token, c.id, {
      title: 'Westminster rally',
      startsAt: plus(due, days(3)).toISOString(),
      endsAt: plus(due, days(3) + minutes(120)).toISOString(),
      location: { name: 'Parliament Square', locality: 'London', postalCode: 'SW1A 1AA', country: 'GB' },
    });
    const petition = await createPetition(t, owner.token, c.id, { title: 'Stop the sale of the park', goal: 100 });
    const campaign = (await t.http.get(`/campaigns/${c.id}`, owner.token)).body;
    const signed = await t.http.request(
      'POST',
      `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`,
      { body: { email: signer.email }, headers: { 'x-forwarded-for': uniqueIp() } },
    );
    expect(signed.status).toBe(202);

    const result = await runner.runCampaign(c.id, plus(due, minutes(1)));
    expect(result).toMatchObject({ due: 2, queued: 2, skippedEmpty: 0, duplicates: 0 });
    await t.smtp.waitFor(() => digestMails(near.email).length === 1 && digestMails(signer.email).length === 1);

    const mail = digestMails(near.email)[0];
    expect(mail.parsed.subject).toBe('Test campaign: your daily digest (5 new)');
    const html = String(mail.parsed.html);
    expect(html).toContain('We won the vote');
    expect(html).toContain('Rents &amp; &quot;fees&quot; &lt; 5% from now on.');
    expect(html).toContain('Ten thousand signatures');
    expect(html.indexOf('Westminster rally')).toBeLessThan(html.indexOf('Paris solidarity rally'));
    expect(html).toContain('Near you');
    expect(html).toContain('Stop the sale of the park');
    expect(html).toContain('0 of 100 signatures');
    expect(mail.parsed.text).toMatch(/\/public\/preferences\?token=/);
    expect(String(digestMails(signer.email)[0].parsed.html)).not.toContain('Stop the sale of the park');

    // RFC 8058 one-click unsubscribe, and the preferences link in the body.
    const listUnsubscribe = rawHeader(mail.raw, 'List-Unsubscribe') ?? '';
    expect(rawHeader(mail.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /<(https?:\/\/[^>]+\/public\/unsubscribe\?token=[^>]+)>/.exec(listUnsubscribe)?.[1];
    expect(url).toBeDefined();
    expect(listUnsubscribe).toMatch(/<mailto:/);
    const preferences = /(https?:\/\/\S+\/public\/preferences\?token=[\w.-]+)/.exec(mail.parsed.text ?? '')?.[1];
    const prefsPage = await t.http.request('GET', new URL(preferences!).pathname + new URL(preferences!).search, {
      headers: { accept: 'application/json', 'x-forwarded-for': uniqueIp() },
    });
    expect(prefsPage.status).toBe(200);
    expect(prefsPage.body.digestFrequency).toBe('daily');

    const oneClick = await t.http.request('POST', new URL(url!).pathname + new URL(url!).search, {
      raw: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': uniqueIp() },
    });
    expect(oneClick.status).toBe(200);
    // Unsubscribed: no digest the next day, even with news.
    await publishStatement(t, owner.token, c.id, 'Another update');
    const next = await runner.runCampaign(c.id, plus(due, days(1) + minutes(1)));
    expect(next.subscribers).toBe(1);
    expect(await digestsOf(t, near.id)).toHaveLength(1);
  });

  it('should not send a digest to a supporter with nothing new, and send one when something becomes new', async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const s = await subscriber(t, c.id, { frequency: 'daily' });
    const due = firstDue({ timeZone: 'Europe/London' });
    // Too far ahead for the first digest's 14-day window; inside the next day's.
    await createEvent(t, owner.token, c.id, {
      title: 'Spring assembly',
      location: { name: 'Community hall' },
      startsAt: plus(due, days(14) + minutes(12 * 60)).toISOString(),
      endsAt: plus(due, days(14) + minutes(14 * 60)).toISOString(),
    });

    const first = await runner.runCampaign(c.id, plus(due, minutes(1)));
    expect(first).toMatchObject({ due: 1, queued: 0, skippedEmpty: 1 });
    expect(await digestsOf(t, s.id)).toEqual([
      expect.objectContaining({ status: 'empty', mailKey: null, periodKey: localDate(due, 'Europe/London') }),
    ]);
    // The empty period is done: later ticks that day do not try again.
    expect((await runner.runCampaign(c.id, plus(due, minutes(30)))).due).toBe(0);

    const runs = await t.http.get(`/campaigns/${c.id}/digests/runs`, owner.token);
    expect(runs.status).toBe(200);
    expect(runs.body.items[0].counts).toMatchObject({
      subscribers: 1,
      due: 1,
      queued: 0,
      skippedEmpty: 1,
      sent: 0,
      pending: 0,
    });

    const second = await runner.runCampaign(c.id, plus(due, days(1) + minutes(1)));
    expect(second).toMatchObject({ due: 1, queued: 1, skippedEmpty: 0 });
    await t.smtp.waitFor(() => digestMails(s.email).length === 1);
    expect(String(digestMails(s.email)[0].parsed.html)).toContain('Spring assembly');
  });

  it('should send a missed period once after downtime, never once per missed tick or period', async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const s = await subscriber(t, c.id, { frequency: 'daily' });
    await publishStatement(t, owner.token, c.id, 'News from before the outage');
    const due = firstDue({ timeZone: 'Europe/London' });

    // The scheduler was down for three days and comes back in the afternoon of the fourth.
    const back = plus(due, days(3) + minutes(5 * 60));
    expect(await runner.runCampaign(c.id, back)).toMatchObject({ due: 1, queued: 1 });
    for (const m of [5, 10, 60, 6 * 60]) expect((await runner.runCampaign(c.id, plus(back, minutes(m)))).due).toBe(0);
    const rows = await digestsOf(t, s.id);
    expect(rows.map((r) => r.periodKey)).toEqual([localDate(back, 'Europe/London')]);

    // The next period comes on time; nothing is new, so nothing is sent.
    expect(await runner.runCampaign(c.id, plus(due, days(4) + minutes(1)))).toMatchObject({
      due: 1,
      skippedEmpty: 1,
      queued: 0,
    });
    await t.smtp.waitFor(() => digestMails(s.email).length === 1);
    await mailSettled(t);
    expect(digestMails(s.email)).toHaveLength(1);
  });

  it('should respect never, weekly on the campaign weekday, the preferred hour, and apply a change from the next period', async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const day = firstDue({ timeZone: 'Europe/London' }); // the next 08:00 in London
    const weekday = ((localDay(day, 'Europe/London').getUTCDay() + 6) % 7) + 1;
    expect(
      (await t.http.patch(`/campaigns/${c.id}/digests/settings`, { weeklyDay: weekday }, owner.token)).status,
    ).toBe(200);

    const weekly = await subscriber(t, c.id, { frequency: 'weekly' });
    const evening = await subscriber(t, c.id, { frequency: 'daily', hour: 18 });
    const never = await subscriber(t, c.id, { frequency: 'never' });
    const switcher = await subscriber(t, c.id, { frequency: 'daily' });
    await publishStatement(t, owner.token, c.id, 'Weekly news');

    // In time order: the weekly and daily 08:00 digests, and the 18:00 supporter's first evening.
    const eveningDue = firstDue({ hour: 18, timeZone: 'Europe/London' });
    const ticks: [Date, () => Promise<void>][] = [
      [
        plus(day, minutes(1)),
        async () => {
          expect((await digestsOf(t, weekly.id)).map((r) => [r.kind, r.periodKey])).toEqual([
            ['weekly', isoWeekKey(localDay(day, 'Europe/London'))],
          ]);
          expect(await digestsOf(t, switcher.id)).toHaveLength(1);
        },
      ],
      [plus(eveningDue, -minutes(1)), async () => expect(await digestsOf(t, evening.id)).toEqual([])],
      [
        plus(eveningDue, minutes(1)),
        async () =>
          expect((await digestsOf(t, evening.id)).map((r) => localClock(r.dueAt, 'Europe/London'))).toEqual(['18:00']),
      ],
    ];
    for (const [at, check] of ticks.sort((a, b) => a[0].getTime() - b[0].getTime())) {
      await runner.runCampaign(c.id, at);
      await check();
    }

    // Daily -> weekly after today's daily digest: no second digest this week.
    await setPreferences(t, switcher.id, { digestFrequency: 'weekly' });
    for (const at of [plus(day, days(1) + minutes(1)), plus(day, days(3)), plus(day, days(7) - minutes(120))])
      await runner.runCampaign(c.id, at);
    expect((await digestsOf(t, switcher.id)).map((r) => r.kind)).toEqual(['daily']);
    expect(await digestsOf(t, weekly.id)).toHaveLength(1);

    // Next week's weekday: both weekly supporters get that week's period.
    const nextWeek = firstDue({ timeZone: 'Europe/London' }, plus(day, days(7) - minutes(180)));
    await runner.runCampaign(c.id, plus(nextWeek, minutes(1)));
    const week = isoWeekKey(localDay(nextWeek, 'Europe/London'));
    expect((await digestsOf(t, switcher.id)).map((r) => [r.kind, r.periodKey])).toEqual([
      ['daily', localDate(day, 'Europe/London')],
      ['weekly', week],
    ]);
    expect((await digestsOf(t, weekly.id)).map((r) => r.periodKey)).toEqual([
      isoWeekKey(localDay(day, 'Europe/London')),
      week,
    ]);
    expect(await digestsOf(t, never.id)).toEqual([]);
    // Only the first round had news; next week's digests were recorded as empty.
    await t.smtp.waitFor(() => [weekly, evening, switcher].every((s) => digestMails(s.email).length === 1));
  });

  it('should count sent, suppressed and failed digests in the run history', async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const people = [
      await subscriber(t, c.id, { frequency: 'daily' }),
      await subscriber(t, c.id, { frequency: 'daily' }),
      await subscriber(t, c.id, { frequency: 'daily' }),
    ];
    // One address is on the suppression list (a bounce elsewhere): the sender drops it at send time.
    await t.app
      .get(MailSuppressionsService)
      .add(t.app.get(PiiCipherService).blindIndex(normalizeEmail(people[2].email)), 'manual', 'test');
    await publishStatement(t, owner.token, c.id, 'Counted news');
    t.smtp.failNext(1, 550, 'mailbox unavailable');

    const due = firstDue({ timeZone: 'Europe/London' });
    const result = await runner.runCampaign(c.id, plus(due, minutes(1)));
    expect(result.queued).toBe(3);
    const reconciler = t.app.get(DigestReconcilerService);
    const run = await waitUntil(
      async () => {
        await reconciler.reconcile();
        const r = await t.http.get(`/campaigns/${c.id}/digests/runs/${result.runId}`, owner.token);
        return r.body.counts.pending === 0 ? r.body : null;
      },
      { what: 'digest outcomes' },
    );
    expect(run).toMatchObject({
      status: 'completed',
      trigger: 'schedule',
      counts: { subscribers: 3, due: 3, queued: 3, skippedEmpty: 0, sent: 1, suppressed: 1, failed: 1, pending: 0 },
    });
    const list = await t.http.get(`/campaigns/${c.id}/digests/runs`, owner.token);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([result.runId]);
  });

  it("should include a supporter's digests in their data export and forget them when they are erased", async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const s = await subscriber(t, c.id, { frequency: 'daily' });
    await publishStatement(t, owner.token, c.id, 'Private news');
    const due = firstDue({ timeZone: 'Europe/London' });
    await runner.runCampaign(c.id, plus(due, minutes(1)));

    const exported = await t.http.get(`/campaigns/${c.id}/supporters/${s.id}/export`, owner.token);
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body)).toContain(localDate(due, 'Europe/London'));

    expect(
      (await t.http.post(`/campaigns/${c.id}/supporters/${s.id}/erase`, { confirm: 'erase' }, owner.token)).status,
    ).toBe(200);
    expect(await digestsOf(t, s.id)).toEqual([]);
    expect(await t.app.get(PrismaService).digestState.findUnique({ where: { supporterId: s.id } })).toBeNull();
    // Run totals stay (they name nobody).
    await t.app.get(DigestReconcilerService).reconcile();
    const run = (await t.http.get(`/campaigns/${c.id}/digests/runs`, owner.token)).body.items[0];
    expect(run.counts.queued).toBe(1);
    expect(run.counts.pending).toBe(0);
  });

  it("should let admins change the campaign settings and preview a supporter's next digest, and no one else", async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const viewer = await createOrganizer(t);
    expect(
      (await t.http.post(`/campaigns/${c.id}/members`, { email: viewer.email, role: 'viewer' }, owner.token)).status,
    ).toBe(201);

    const defaults = await t.http.get(`/campaigns/${c.id}/digests/settings`, viewer.token);
    expect(defaults.status).toBe(200);
    expect(defaults.body).toMatchObject({
      enabled: true,
      defaultHour: 8,
      weeklyDay: 1,
      maxItemsPerSection: 5,
      includeEvents: true,
      includePetitions: true,
      campaignTimeZone: 'Europe/London',
    });
    expect((await t.http.patch(`/campaigns/${c.id}/digests/settings`, { defaultHour: 7 }, viewer.token)).status).toBe(
      403,
    );
    const bad = await t.http.patch(
      `/campaigns/${c.id}/digests/settings`,
      { defaultHour: 24, color: 'red' },
      owner.token,
    );
    expect(bad.status).toBe(400);
    const changed = await t.http.patch(
      `/campaigns/${c.id}/digests/settings`,
      { defaultHour: 7, maxItemsPerSection: 3 },
      owner.token,
    );
    expect(changed.body).toMatchObject({ defaultHour: 7, maxItemsPerSection: 3 });

    const s = await subscriber(t, c.id, { frequency: 'weekly', timeZone: 'America/New_York' });
    const nobody = await subscriber(t, c.id, { grants: ['updates'] });
    await publishStatement(t, owner.token, c.id, 'Preview me');

    expect((await t.http.get(`/campaigns/${c.id}/digests/preview/${s.id}`, viewer.token)).status).toBe(403);
    const preview = await t.http.get(`/campaigns/${c.id}/digests/preview/${s.id}`, owner.token);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      schedule: { frequency: 'weekly', hour: 7, timeZone: 'America/New_York', weekday: 1 },
      wouldSend: true,
      newCount: 1,
      lastDigest: null,
    });
    expect(localClock(new Date(preview.body.next.dueAt), 'America/New_York')).toBe('07:00');
    expect(new Date(preview.body.next.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(preview.body.html).toContain('Preview me');
    expect(preview.body.subject).toContain('weekly digest');
    expect((await t.http.get(`/campaigns/${c.id}/digests/preview/${nobody.id}`, owner.token)).body.type).toMatch(
      /not-a-digest-subscriber/,
    );
    expect(
      (await t.http.get(`/campaigns/${c.id}/digests/preview/00000000-0000-7000-8000-000000000000`, owner.token)).status,
    ).toBe(404);

    // Switched off: the campaign is skipped; switched back on, nothing due before that goes out.
    expect(
      (await t.http.patch(`/campaigns/${c.id}/digests/settings`, { enabled: false }, owner.token)).body.enabled,
    ).toBe(false);
    const off = await runner.runCampaign(c.id, plus(new Date(preview.body.next.dueAt), minutes(1)));
    expect(off.subscribers).toBe(0);
    const on = await t.http.patch(`/campaigns/${c.id}/digests/settings`, { enabled: true }, owner.token);
    expect(new Date(on.body.enabledAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const audit = await t.app
      .get(PrismaService)
      .auditEvent.findMany({ where: { campaignId: c.id, action: { startsWith: 'digests.' } } });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'digests.previewed',
      'digests.settings-updated',
      'digests.settings-updated',
      'digests.settings-updated',
    ]);
  });
  it('should greet the supporter by their own name in the preview, in their language, exactly as their digest does', async () => {
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    const admin = await createOrganizer(t);
    expect(
      (await t.http.post(`/campaigns/${c.id}/members`, { email: admin.email, role: 'admin' }, owner.token)).status,
    ).toBe(201);
    const english = await subscriber(t, c.id, { frequency: 'daily' });
    const arabic = await subscriber(t, c.id, { frequency: 'daily', locale: 'ar' });
    await publishStatement(t, owner.token, c.id, 'Greeted by name');

    const preview = await t.http.get(`/campaigns/${c.id}/digests/preview/${english.id}`, admin.token);
    expect(preview.status).toBe(200);
    const firstLine = (text: string) => text.trim().split('\n')[0];
    expect(firstLine(preview.body.text)).toBe('Hi Rana,');
    expect(preview.body.html).toContain('Hi Rana,');
    expect(preview.body.html).not.toContain('Sam');
    const inArabic = await t.http.get(`/campaigns/${c.id}/digests/preview/${arabic.id}`, owner.token);
    expect(firstLine(inArabic.body.text)).toBe('مرحباً Rana،');
    expect(inArabic.body.html).not.toContain('سامي');

    // The digest that goes out greets the same way.
    await runner.runCampaign(c.id, plus(new Date(preview.body.next.dueAt), minutes(1)));
    await t.smtp.waitFor(() => digestMails(english.email).length === 1);
    expect(firstLine(String(digestMails(english.email)[0].parsed.text))).toBe(firstLine(preview.body.text));

    // Seeing the name is an access to personal data: the audit row says so.
    const audit = await t.app
      .get(PrismaService)
      .auditEvent.findMany({ where: { campaignId: c.id, action: 'digests.previewed' } });
    expect(audit.map((a) => a.details)).toEqual([{ personalData: true }, { personalData: true }]);
  });
});
