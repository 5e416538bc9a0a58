import { DEMO_SLUG, seedDemo } from '../../scripts/seed.js';
import { startApp, type TestApp } from '../support/app.js';

describe('demo seed: timeline and statement', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('should give the demo campaign its timeline and a published statement, unchanged by a second run', async () => {
    await seedDemo(t.app, () => undefined);
    await seedDemo(t.app, () => undefined);

    const timeline = await t.http.get(`/public/campaigns/${DEMO_SLUG}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.campaign.startedOn).toBe('2024-05-01');
    expect(timeline.body.items.map((m: any) => [m.occurredOn, m.kind])).toEqual([
      ['2024-05-01', 'action'],
      ['2025-08-19', 'escalation'],
      ['2025-09-25', 'win'],
    ]);
    const win = timeline.body.items[2];
    expect(win.title).toContain('ceases and disables specified Israel Ministry of Defense subscriptions');
    expect(win.daysSinceStart).toBe(512);
    expect(win.sourceLinks.map((s: any) => s.publisher)).toEqual(['Microsoft On the Issues', 'The Guardian']);
    expect(win.statement.slug).toBe('microsoft-ceases-specified-imod-services');

    const statements = await t.http.get(`/public/campaigns/${DEMO_SLUG}/statements`);
    expect(
      statements.body.items.filter((s: any) => s.slug === 'microsoft-ceases-specified-imod-services'),
    ).toHaveLength(1);
    const ar = await t.http.get(
      `/public/campaigns/${DEMO_SLUG}/statements/microsoft-ceases-specified-imod-services?locale=ar`,
    );
    expect(ar.body).toMatchObject({ locale: 'ar', translations: ['ar', 'en'] });
    const arTimeline = await t.http.get(`/public/campaigns/${DEMO_SLUG}/timeline?locale=ar`);
    expect(arTimeline.body.items.every((m: any) => m.locale === 'ar')).toBe(true);
  });
});
