import { DEMO_SLUG, seedDemo } from '../../scripts/seed.js';
import { DEMO_PETITION_SLUG } from '../../scripts/seed-petitions.js';
import { startApp, type TestApp } from '../support/app.js';

describe('demo seed: petition', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('should give the demo campaign its open petition in English and Arabic, unchanged by a second run', async () => {
    await seedDemo(t.app, () => undefined);
    await seedDemo(t.app, () => undefined);

    const list = await t.http.get(`/public/campaigns/${DEMO_SLUG}/petitions`);
    expect(list.body.items.filter((p: { slug: string }) => p.slug === DEMO_PETITION_SLUG)).toHaveLength(1);
    const en = await t.http.get(`/public/campaigns/${DEMO_SLUG}/petitions/${DEMO_PETITION_SLUG}`);
    expect(en.status).toBe(200);
    expect(en.body).toMatchObject({
      status: 'open',
      target: 'Microsoft leadership',
      goal: 2000,
      nextThreshold: 100,
      locales: ['ar', 'en'],
    });
    expect(en.body.title).toContain('end your contracts with the Israeli military');
    expect(en.body.bodyHtml).toContain('<strong>No Azure for Apartheid</strong>');
    const ar = await t.http.get(`/public/campaigns/${DEMO_SLUG}/petitions/${DEMO_PETITION_SLUG}?locale=ar`);
    expect(ar.body.locale).toBe('ar');
  });
});
