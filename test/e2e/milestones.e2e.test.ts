import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { type AutomaticMilestoneInput, MilestonesService } from '../../src/modules/milestones/milestones.service.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, type OrganizerFixture, unique } from '../support/factories.js';

describe('milestones: the campaign timeline', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let organizer: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let base: string;

  beforeAll(async () => {
    t = await startApp();
    owner = await createOrganizer(t);
    organizer = await createOrganizer(t);
    campaign = await createCampaign(t, owner.token, { startedOn: '2024-05-01', timeZone: 'America/Los_Angeles' });
    await t.http.post(`/campaigns/${campaign.id}/members`, { email: organizer.email, role: 'organizer' }, owner.token);
    base = `/campaigns/${campaign.id}/milestones`;
  });
  afterAll(() => t.close());

  it('should order the public timeline by date and count days since the campaign started', async () => {
    const c = await createCampaign(t, owner.token, { startedOn: '2024-05-01', timeZone: 'America/Los_Angeles' });
    const b = `/campaigns/${c.id}/milestones`;
    // recorded out of order, on purpose
    const win = await t.http.post(
      b,
      {
        kind: 'win',
        occurredOn: '2025-09-25',
        title: 'Decision to cease specified services',
        sourceLinks: [{ url: 'https://news.example/report', publisher: 'Example News' }],
      },
      owner.token,
    );
    expect(win.status).toBe(201);
    expect(win.body).toMatchObject({
      precision: 'day',
      occurredOn: '2025-09-25',
      occurredAt: null,
      daysSinceStart: 512,
    });
    // 03:30 UTC on 20 Aug is still 19 Aug in Redmond: the day follows the campaign's zone
    const protest = await t.http.post(
      b,
      { kind: 'action', occurredAt: '2025-08-20T03:30:00Z', title: 'Protest at headquarters' },
      owner.token,
    );
    expect(protest.body).toMatchObject({ precision: 'instant', occurredOn: '2025-08-19' });
    await t.http.post(b, { kind: 'action', occurredOn: '2024-05-01', title: 'Petition launched' }, owner.token);
    await t.http.post(
      b,
      { kind: 'escalation', occurredOn: '2025-08-19', title: 'Earlier the same day (whole-day entry)' },
      owner.token,
    );

    const res = await t.http.get(`/public/campaigns/${c.slug}/timeline`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: any) => [m.occurredOn, m.title, m.daysSinceStart])).toEqual([
      ['2024-05-01', 'Petition launched', 0],
      ['2025-08-19', 'Earlier the same day (whole-day entry)', 475],
      ['2025-08-19', 'Protest at headquarters', 475],
      ['2025-09-25', 'Decision to cease specified services', 512],
    ]);
    expect(res.body.campaign).toMatchObject({ slug: c.slug, startedOn: '2024-05-01' });
    expect(res.body.campaign.daysSinceStart).toBeGreaterThan(512);
    expect(res.body.items[3].sourceLinks).toEqual([{ url: 'https://news.example/report', publisher: 'Example News' }]);

    const page1 = await t.http.get(`/public/campaigns/${c.slug}/timeline?limit=3`);
    const page2 = await t.http.get(`/public/campaigns/${c.slug}/timeline?limit=3&cursor=${page1.body.nextCursor}`);
    expect([...page1.body.items, ...page2.body.items].map((m: any) => m.title)).toEqual(
      res.body.items.map((m: any) => m.title),
    );
    expect(page2.body.nextCursor).toBeNull();
  });

  it('should show the translation when the reader asks for a language the milestone has', async () => {
    const created = await t.http.post(
      base,
      {
        kind: 'report',
        occurredOn: '2025-01-10',
        title: 'Report published',
        description: 'A **report**.',
        translations: { ar: { title: 'نشر تقرير', description: 'تقرير' } },
      },
      organizer.token,
    );
    expect(created.body.descriptionHtml).toBe('<p>A <strong>report</strong>.</p>');
    const res = await t.http.get(`/public/campaigns/${campaign.slug}/timeline?locale=ar`);
    const item = res.body.items.find((m: any) => m.id === created.body.id);
    expect(item).toMatchObject({ locale: 'ar', title: 'نشر تقرير', translations: ['en', 'ar'] });
  });

  it('should reject source links that are not http(s) and a date given twice', async () => {
    const bad = await t.http.post(
      base,
      { kind: 'report', occurredOn: '2025-01-10', title: 'x', sourceLinks: [{ url: 'javascript:alert(1)' }] },
      organizer.token,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('sourceLinks.0.url');
    const both = await t.http.post(
      base,
      { kind: 'report', occurredOn: '2025-01-10', occurredAt: '2025-01-10T10:00:00Z', title: 'x' },
      organizer.token,
    );
    expect(both.status).toBe(400);
    const neither = await t.http.post(base, { kind: 'report', title: 'x' }, organizer.token);
    expect(neither.status).toBe(400);
  });

  it('should leave sending alerts and deleting to admins', async () => {
    const notify = await t.http.post(
      base,
      { kind: 'win', occurredOn: '2025-01-11', title: 'x', notify: true },
      organizer.token,
    );
    expect(notify.status).toBe(403);
    const created = await t.http.post(base, { kind: 'win', occurredOn: '2025-01-11', title: 'x' }, organizer.token);
    expect((await t.http.post(`${base}/${created.body.id}/alert`, {}, organizer.token)).status).toBe(403);
    expect((await t.http.delete(`${base}/${created.body.id}`, organizer.token)).status).toBe(403);
    expect((await t.http.delete(`${base}/${created.body.id}`, owner.token)).status).toBe(200);
  });

  it('should link a statement on the public timeline only once that statement is public', async () => {
    const s = await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      { slug: unique('win'), primaryLocale: 'en', variants: { en: { title: 'Our statement', body: 'x' } } },
      owner.token,
    );
    const m = await t.http.post(
      base,
      { kind: 'win', occurredOn: '2025-02-01', title: 'Linked', statementId: s.body.id },
      owner.token,
    );
    const find = async () =>
      (await t.http.get(`/public/campaigns/${campaign.slug}/timeline?limit=200`)).body.items.find(
        (x: any) => x.id === m.body.id,
      );
    expect((await find()).statement).toBeNull();
    await t.http.post(`/campaigns/${campaign.id}/statements/${s.body.id}/publish`, { notify: false }, owner.token);
    expect((await find()).statement).toMatchObject({ slug: s.body.slug, title: 'Our statement' });
    const other = await createCampaign(t, owner.token);
    const foreign = await t.http.post(
      `/campaigns/${other.id}/milestones`,
      { kind: 'win', occurredOn: '2025-02-01', title: 'x', statementId: s.body.id },
      owner.token,
    );
    expect(foreign.status).toBe(400);
  });

  it('should return the first milestone when an organizer repeats a create with the same key', async () => {
    const body = { kind: 'action', occurredOn: '2025-03-01', title: 'Rally', key: unique('rally') };
    const a = await t.http.post(base, body, organizer.token);
    const b = await t.http.post(base, body, organizer.token);
    expect(b.body.id).toBe(a.body.id);
  });

  describe('automatic milestones (petition thresholds)', () => {
    const input = (key: string): AutomaticMilestoneInput => ({
      campaignId: campaign.id,
      key,
      kind: 'report',
      title: '10,000 signatures',
      translations: { ar: { title: '١٠٬٠٠٠ توقيع' } },
      occurredAt: new Date('2025-06-01T12:00:00Z'),
      notify: false,
      source: 'petitions',
    });
    const record = (key: string) =>
      t.app.get(PrismaService).$transaction((tx) => t.app.get(MilestonesService).recordAutomatic(tx, input(key)));
    const count = async (key: string) =>
      (await t.http.get(`${base}?limit=200`, owner.token)).body.items.filter((m: any) => m.key === key).length;

    it('should record a threshold crossing once when it is reported twice', async () => {
      const key = `petition-threshold:${unique('p')}:10000`;
      const first = await record(key);
      const second = await record(key);
      expect(first.created).toBe(true);
      expect(second).toEqual({ id: first.id, created: false });
      expect(await count(key)).toBe(1);
      const m = await t.http.get(`${base}/${first.id}`, owner.token);
      expect(m.body).toMatchObject({
        origin: 'automatic',
        source: 'petitions',
        occurredOn: '2025-06-01',
        precision: 'instant',
        createdBy: null,
      });
    });

    it('should record a threshold crossing once when two transactions report it at the same time', async () => {
      const key = `petition-threshold:${unique('p')}:25000`;
      const results = await Promise.all([record(key), record(key), record(key)]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(await count(key)).toBe(1);
    });

    it("should keep the caller's transaction usable after a duplicate and roll back with it", async () => {
      const key = `petition-threshold:${unique('p')}:50000`;
      await record(key);
      const svc = t.app.get(MilestonesService);
      // a duplicate inside a transaction that goes on writing: no aborted-transaction error
      await t.app.get(PrismaService).$transaction(async (tx) => {
        expect((await svc.recordAutomatic(tx, input(key))).created).toBe(false);
        await tx.$queryRaw`SELECT 1`;
      });
      // a transaction that fails after recording leaves nothing behind
      const rolled = `petition-threshold:${unique('p')}:75000`;
      await expect(
        t.app.get(PrismaService).$transaction(async (tx) => {
          await svc.recordAutomatic(tx, input(rolled));
          throw new Error('signature insert failed');
        }),
      ).rejects.toThrow('signature insert failed');
      expect(await count(rolled)).toBe(0);
    });
  });
});
