import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, type OrganizerFixture, unique } from '../support/factories.js';
import { signupAndConfirm } from '../support/supporters.js';

/**
 * What the console can search with names encrypted (docs/decisions/dashboard-search.md): exact
 * email through the blind index, tags, sources, referrers and dates, with a total on request;
 * and the dashboard's list size, signups and top origins from the same signups.
 */
describe('dashboard search and list totals', () => {
  let t: TestApp;
  let alice: OrganizerFixture;
  let campaign: { id: string; slug: string };
  const emails = [0, 1, 2].map(() => `${unique('s')}@example.org`);

  beforeAll(async () => {
    t = await startApp();
    alice = await createOrganizer(t);
    campaign = await createCampaign(t, alice.token, { timeZone: 'America/New_York' });
    await signupAndConfirm(t, campaign.slug, {
      email: emails[0],
      source: 'newsletter',
      referrer: 'https://News.Example.org/story',
    });
    await signupAndConfirm(t, campaign.slug, { email: emails[1], source: 'newsletter' });
    await signupAndConfirm(t, campaign.slug, { email: emails[2], source: 'rally' });
  });
  afterAll(() => t.close());

  const list = (query: string) => t.http.get(`/campaigns/${campaign.id}/supporters?${query}`, alice.token);

  it('should count every match when asked, beside the first page', async () => {
    const res = await list('limit=1&withTotal=true&source=newsletter');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.total).toBe(2);
    expect((await list('limit=1')).body.total).toBeUndefined();
  });

  it('should find a supporter by exact email in any case and by referring host', async () => {
    const byEmail = await list(`email=${encodeURIComponent(emails[2].toUpperCase())}&withTotal=true`);
    expect(byEmail.body.total).toBe(1);
    const byReferrer = await list('referrer=news.example.org&withTotal=true');
    expect(byReferrer.body.total).toBe(1);
    expect(byReferrer.body.items[0].referrerHost).toBe('news.example.org');
  });

  it('should show list size, growth, signups today and top origins in the overview', async () => {
    const res = await t.http.get(`/campaigns/${campaign.id}/dashboard?period=7d`, alice.token);
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o.list).toEqual({ size: 3, sizeAtStart: 0, growth: 3 });
    expect(o.signups.total).toBe(3);
    expect(o.signups.perDay[o.days.length - 1]).toBe(3);
    expect(o.topSources).toEqual([
      { value: 'newsletter', count: 2 },
      { value: 'rally', count: 1 },
    ]);
    expect(o.topReferrers).toEqual([{ value: 'news.example.org', count: 1 }]);
  });

  it('should count confirmations per local hour, ending with the current hour', async () => {
    const res = await t.http.get(
      `/campaigns/${campaign.id}/dashboard/series/confirmations?period=7d&bucket=hour`,
      alice.token,
    );
    expect(res.status).toBe(200);
    const [all] = res.body.series;
    expect(all.total).toBe(3);
    const lastNonZero = all.counts.findLastIndex((n: number) => n > 0);
    expect(lastNonZero).toBeGreaterThanOrEqual(res.body.buckets.length - 2);
  });
});
