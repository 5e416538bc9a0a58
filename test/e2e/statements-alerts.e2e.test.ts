import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { MilestonesService } from '../../src/modules/milestones/milestones.service.js';
import { SupportersService } from '../../src/modules/supporters/supporters.service.js';
import { untilPast, waitUntil } from '../support/wait.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, type OrganizerFixture, unique } from '../support/factories.js';
import { SmtpSink } from '../support/smtp-sink.js';

interface Person {
  id: string;
  email: string;
  locale: 'en' | 'ar';
}

/**
 * Alerts for statements and milestones, end to end: supporters created through the supporters
 * service (form + confirmation, the path a real signup takes), broadcasts through the mail module,
 * delivery to the SMTP server inside the test process.
 */
describe('statement and milestone alerts', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  let owner: OrganizerFixture;
  let organizer: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let subscribers: Person[];
  let outsiders: string[];

  async function supporter(
    campaignId: string,
    locale: 'en' | 'ar',
    opts: { confirm: boolean; updates: boolean },
  ): Promise<Person> {
    const email = `${unique('sub')}@example.org`;
    const svc = t.app.get(SupportersService);
    const id = await t.app.get(PrismaService).$transaction(async (tx) => {
      const r = await svc.upsertFromForm(
        tx,
        campaignId,
        { email, firstName: 'Nour', locale, consentUpdates: opts.updates, consentTextVersion: 'v1' } as never,
        { ip: '198.51.100.7', sourceFormId: 'test', sendConfirmation: false },
      );
      if (opts.confirm) await svc.confirm(tx, r.supporterId, 'test');
      return r.supporterId;
    });
    return { id, email, locale };
  }

  const messagesTo = (email: string) => smtp.messages.filter((m) => m.envelopeTo.includes(email));
  const perRecipient = (subject: RegExp) => {
    const counts = new Map<string, number>();
    for (const m of smtp.messages)
      if (subject.test(m.parsed.subject ?? ''))
        for (const to of m.envelopeTo) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  };
  /** Waits until the alert broadcasts of an entity are done, then returns their progress. */
  const settled = async (path: string, expectedAlerts: number) =>
    waitUntil(
      async () => {
        const res = await t.http.get(`${path}/alerts`, owner.token);
        const items = res.body.items as any[];
        return items.length === expectedAlerts && items.every((a) => a.status === 'completed' && a.pending === 0)
          ? items
          : null;
      },
      { what: `${expectedAlerts} alert(s) of ${path} to complete` },
    );

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    t = await startApp({ smtp });
    owner = await createOrganizer(t);
    organizer = await createOrganizer(t);
    campaign = await createCampaign(t, owner.token, { name: 'No Azure for Apartheid (test)', startedOn: '2024-05-01' });
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: organizer.email, role: 'organizer' }, owner.token);
    subscribers = [
      await supporter(campaign.id, 'en', { confirm: true, updates: true }),
      await supporter(campaign.id, 'en', { confirm: true, updates: true }),
      await supporter(campaign.id, 'ar', { confirm: true, updates: true }),
    ];
    outsiders = [
      (await supporter(campaign.id, 'en', { confirm: false, updates: true })).email, // never confirmed
      (await supporter(campaign.id, 'en', { confirm: true, updates: false })).email, // no consent to updates
    ];
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  async function statement(variants: Record<string, unknown>) {
    const res = await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      { slug: unique('alert'), primaryLocale: 'en', variants },
      organizer.token,
    );
    expect(res.status).toBe(201);
    return res.body as { id: string; slug: string };
  }

  it('should preview the alert and its audience before anything is sent', async () => {
    const s = await statement({
      en: { title: 'Preview me', summary: 'Short.', body: 'x' },
      ar: { title: 'معاينة', body: 'x' },
    });
    const en = await t.http.get(`/campaigns/${campaign.id}/statements/${s.id}/alert-preview`, organizer.token);
    expect(en.status).toBe(200);
    expect(en.body).toMatchObject({ locale: 'en', subject: 'No Azure for Apartheid (test): Preview me', audience: 3 });
    expect(en.body.html).toContain('Short.');
    const ar = await t.http.get(
      `/campaigns/${campaign.id}/statements/${s.id}/alert-preview?locale=ar`,
      organizer.token,
    );
    expect(ar.body.subject).toContain('معاينة');
    expect(ar.body.html).toContain('dir="rtl"');
    expect(smtp.messages.filter((m) => /Preview me|معاينة/.test(m.parsed.subject ?? ''))).toHaveLength(0);
  });

  it('should alert every confirmed subscriber once, in their language, when a statement is published', async () => {
    const s = await statement({
      en: { title: 'An unprecedented win', summary: 'What it means & what is next.', body: 'Body' },
      ar: { title: 'انتصار غير مسبوق', summary: 'ماذا يعني', body: 'نص' },
    });
    await t.http.post(`/campaigns/${campaign.id}/statements/${s.id}/submit`, {}, organizer.token);
    await t.http.post(`/campaigns/${campaign.id}/statements/${s.id}/approve`, {}, owner.token);
    const published = await t.http.post(`/campaigns/${campaign.id}/statements/${s.id}/publish`, {}, owner.token);
    expect(published.body.alertVersion).toBe(1);
    // a second publish is refused and creates nothing
    expect((await t.http.post(`/campaigns/${campaign.id}/statements/${s.id}/publish`, {}, owner.token)).status).toBe(
      409,
    );

    const [alert] = await settled(`/campaigns/${campaign.id}/statements/${s.id}`, 1);
    expect(alert).toMatchObject({ key: `alert:statement:${s.id}`, version: 1, sent: 3, failed: 0 });

    const counts = perRecipient(/unprecedented|غير مسبوق/);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(subscribers.map((p) => [p.email, 1])));
    for (const email of outsiders) expect(messagesTo(email)).toHaveLength(0);

    const arabic = messagesTo(subscribers[2].email)[0];
    expect(arabic.parsed.subject).toBe('No Azure for Apartheid (test): انتصار غير مسبوق');
    expect(arabic.parsed.html).toContain('dir="rtl"');
    const english = messagesTo(subscribers[0].email)[0];
    expect(english.parsed.subject).toBe('No Azure for Apartheid (test): An unprecedented win');
    expect(english.parsed.text).toContain(`/c/${campaign.slug}/statements/${s.slug}`);
    expect(english.raw).toMatch(/^List-Unsubscribe: /im);
  });

  it('should not alert again when a published statement is edited or retracted, unless an organizer asks with realert', async () => {
    const s = await statement({ en: { title: 'Second statement', body: 'x' } });
    await t.http.post(`/campaigns/${campaign.id}/statements/${s.id}/publish`, {}, owner.token);
    await settled(`/campaigns/${campaign.id}/statements/${s.id}`, 1);
    expect([...perRecipient(/Second statement/).values()]).toEqual([1, 1, 1]);

    await t.http.patch(
      `/campaigns/${campaign.id}/statements/${s.id}`,
      { variants: { en: { summary: 'Corrected.' } } },
      owner.token,
    );
    expect(
      (await t.http.get(`/campaigns/${campaign.id}/statements/${s.id}/alerts`, owner.token)).body.items,
    ).toHaveLength(1);

    // an organizer cannot trigger a re-alert; an admin can, once per request
    expect(
      (await t.http.patch(`/campaigns/${campaign.id}/statements/${s.id}`, { realert: true }, organizer.token)).status,
    ).toBe(403);
    const re = await t.http.patch(
      `/campaigns/${campaign.id}/statements/${s.id}`,
      { realert: true, variants: { en: { title: 'Second statement, updated' } } },
      owner.token,
    );
    expect(re.body.alertVersion).toBe(2);
    const alerts = await settled(`/campaigns/${campaign.id}/statements/${s.id}`, 2);
    expect(alerts[1]).toMatchObject({ key: `alert:statement:${s.id}:v2`, sent: 3 });
    expect([...perRecipient(/Second statement, updated/).values()]).toEqual([1, 1, 1]);

    const before = smtp.messages.length;
    await t.http.post(`/campaigns/${campaign.id}/statements/${s.id}/retract`, { reason: 'superseded' }, owner.token);
    expect(
      (await t.http.get(`/campaigns/${campaign.id}/statements/${s.id}/alerts`, owner.token)).body.items,
    ).toHaveLength(2);
    // a later alert (another statement) drains the queue; nothing about the retracted one arrives
    const marker = await statement({ en: { title: 'Marker statement', body: 'x' } });
    await t.http.post(`/campaigns/${campaign.id}/statements/${marker.id}/publish`, {}, owner.token);
    await settled(`/campaigns/${campaign.id}/statements/${marker.id}`, 1);
    expect(smtp.messages.length).toBe(before + 3);
    expect(perRecipient(/Second statement/).get(subscribers[0].email)).toBe(2);
  });

  it('should publish without an alert when notify is false', async () => {
    const s = await statement({ en: { title: 'Quiet statement', body: 'x' } });
    const res = await t.http.post(
      `/campaigns/${campaign.id}/statements/${s.id}/publish`,
      { notify: false },
      owner.token,
    );
    expect(res.body.alertVersion).toBe(0);
    expect((await t.http.get(`/campaigns/${campaign.id}/statements/${s.id}/alerts`, owner.token)).body.items).toEqual(
      [],
    );
  });

  it('should alert every subscriber once when an admin records a milestone marked for notification', async () => {
    const created = await t.http.post(
      `/campaigns/${campaign.id}/milestones`,
      {
        kind: 'win',
        occurredOn: '2025-09-25',
        title: 'Company ceases specified services',
        description: 'According to public reporting.',
        translations: { ar: { title: 'الشركة توقف خدمات محددة' } },
        sourceLinks: [{ url: 'https://news.example/report', publisher: 'Example News' }],
        notify: true,
      },
      owner.token,
    );
    expect(created.status).toBe(201);
    expect(created.body.alertVersion).toBe(1);
    const [alert] = await settled(`/campaigns/${campaign.id}/milestones/${created.body.id}`, 1);
    expect(alert).toMatchObject({ key: `alert:milestone:${created.body.id}`, sent: 3 });
    expect([...perRecipient(/ceases specified services|توقف خدمات/).values()]).toEqual([1, 1, 1]);
    const arabic = messagesTo(subscribers[2].email).find((m) => /توقف/.test(m.parsed.subject ?? ''))!;
    expect(arabic.parsed.text).toContain('Example News');

    // sending again without realert is a no-op
    await t.http.post(`/campaigns/${campaign.id}/milestones/${created.body.id}/alert`, {}, owner.token);
    expect(
      (await t.http.get(`/campaigns/${campaign.id}/milestones/${created.body.id}/alerts`, owner.token)).body.items,
    ).toHaveLength(1);
  });

  it('should preview a milestone alert, then send it once when an admin asks', async () => {
    const created = await t.http.post(
      `/campaigns/${campaign.id}/milestones`,
      { kind: 'action', occurredOn: '2025-08-19', title: 'Protest at headquarters' },
      organizer.token,
    );
    const preview = await t.http.get(
      `/campaigns/${campaign.id}/milestones/${created.body.id}/alert-preview`,
      organizer.token,
    );
    expect(preview.body).toMatchObject({ audience: 3 });
    expect(preview.body.text).toContain('Protest at headquarters');
    expect(preview.body.text).toContain('Day 476 of the campaign');
    const sent = await t.http.post(`/campaigns/${campaign.id}/milestones/${created.body.id}/alert`, {}, owner.token);
    expect(sent.body.alertVersion).toBe(1);
    await settled(`/campaigns/${campaign.id}/milestones/${created.body.id}`, 1);
    expect([...perRecipient(/Protest at headquarters/).values()]).toEqual([1, 1, 1]);
  });

  it('should alert once when an automatic threshold milestone is recorded twice and concurrently', async () => {
    const svc = t.app.get(MilestonesService);
    const prisma = t.app.get(PrismaService);
    const key = `petition-threshold:${unique('p')}:1000`;
    const record = () =>
      prisma.$transaction((tx) =>
        svc.recordAutomatic(tx, {
          campaignId: campaign.id,
          key,
          kind: 'report',
          title: '1,000 signatures reached',
          occurredAt: new Date(),
          notify: true,
          source: 'petitions',
        }),
      );
    const results = await Promise.all([record(), record()]);
    const again = await record();
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(again.created).toBe(false);
    await settled(`/campaigns/${campaign.id}/milestones/${again.id}`, 1);
    expect([...perRecipient(/1,000 signatures reached/).values()]).toEqual([1, 1, 1]);
  });

  it('should alert once per subscriber when a scheduled statement is published by a restarted app', async () => {
    const s = await statement({ en: { title: 'Scheduled alert', body: 'x' } });
    const publishAt = new Date(Date.now() + 2500);
    await t.http.post(
      `/campaigns/${campaign.id}/statements/${s.id}/schedule`,
      { publishAt: publishAt.toISOString() },
      owner.token,
    );
    await t.close();
    await untilPast(publishAt);
    t = await startApp({ smtp });
    await settled(`/campaigns/${campaign.id}/statements/${s.id}`, 1);
    expect(Object.fromEntries(perRecipient(/Scheduled alert/))).toEqual(
      Object.fromEntries(subscribers.map((p) => [p.email, 1])),
    );
  });
});
