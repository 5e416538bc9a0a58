import type { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import {
  addMember,
  createEvent,
  createOrganizer,
  createPetition,
  type OrganizerFixture,
  startWithCampaign,
  unique,
} from '../support/factories.js';
import { waitUntil } from '../support/wait.js';

/**
 * The dashboard counts in the campaign's wall-clock days. Signatures are made through the public
 * API, then moved to fixed instants around the end of British Summer Time (Sunday 25 October
 * 2026, 02:00 BST → 01:00 GMT), where counting by UTC day would put them on different days.
 */
describe('dashboard API', () => {
  let t: TestApp;
  let alice: OrganizerFixture;
  let viewer: OrganizerFixture;
  let outsider: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let petition: { id: string; slug: string };
  let prisma: PrismaService;

  const sign = (email: string) =>
    t.http.request('POST', `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`, {
      body: { email, firstName: 'Amal' },
      headers: { 'x-forwarded-for': uniqueIp() },
    });

  beforeAll(async () => {
    ({ t, prisma, owner: alice, campaign } = await startWithCampaign({}, { timeZone: 'Europe/London' }));
    viewer = await addMember(t, alice, campaign.id, 'viewer');
    outsider = await createOrganizer(t);
    petition = await createPetition(t, alice.token, campaign.id);

    const emails = [0, 1, 2].map(() => `${unique('signer')}@example.org`);
    for (const email of emails) expect((await sign(email)).status).toBe(202);
    const rows = await waitUntil(
      async () => {
        const found = await prisma.petitionSignature.findMany({
          where: { petitionId: petition.id },
          orderBy: { id: 'asc' },
        });
        return found.length === 3 && found;
      },
      { what: 'three stored signatures' },
    );
    // 23:30 BST on Saturday, 00:30 BST on Sunday, 23:30 GMT on Sunday (UTC days: 24, 24, 25).
    const instants = ['2026-10-24T22:30:00Z', '2026-10-24T23:30:00Z', '2026-10-25T23:30:00Z'];
    for (const [i, row] of rows.entries())
      await prisma.$executeRaw`UPDATE petition_signatures SET created_at = ${new Date(instants[i])},
        status = ${i === 0 ? 'confirmed' : 'pending'}::"SignatureStatus",
        confirmed_at = ${i === 0 ? new Date(instants[i]) : null} WHERE id = ${row.id}::uuid`;
    await prisma.$executeRaw`UPDATE campaigns SET created_at = ${new Date('2026-10-20T12:00:00Z')}
      WHERE id = ${campaign.id}::uuid`;
  });
  afterAll(() => t.close());

  it('should count signatures per day in the campaign time zone across the end of summer time', async () => {
    const res = await t.http.get(`/campaigns/${campaign.id}/dashboard/series/signatures?period=all`, alice.token);
    expect(res.status).toBe(200);
    const { buckets, series } = res.body as { buckets: string[]; series: { key: string; counts: number[] }[] };
    expect(buckets[0]).toBe('2026-10-20');
    expect(new Set(buckets).size).toBe(buckets.length);
    const mine = series.find((s) => s.key === petition.id)!;
    expect(mine.counts[buckets.indexOf('2026-10-24')]).toBe(1);
    expect(mine.counts[buckets.indexOf('2026-10-25')]).toBe(2);
    expect(mine.counts.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('should show signatures per petition, the confirmation rate and upcoming events in the overview', async () => {
    await createEvent(t, alice.token, campaign.id, { capacity: 40 });
    const res = await t.http.get(`/campaigns/${campaign.id}/dashboard?period=all`, alice.token);
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o.timeZone).toBe('Europe/London');
    const p = o.signatures.petitions.find((x: { petitionId: string }) => x.petitionId === petition.id);
    expect(p.total).toBe(3);
    expect(p.perDay[o.days.indexOf('2026-10-25')]).toBe(2);
    expect(o.confirmationRate).toEqual({ signed: 3, confirmed: 1, rate: 1 / 3 });
    expect(o.upcomingEvents).toEqual([expect.objectContaining({ capacity: 40, seatsTaken: 0, waitlisted: 0 })]);
  });

  it('should leave signatures older than the period out of the 7-day overview', async () => {
    const res = await t.http.get(`/campaigns/${campaign.id}/dashboard?period=7d`, alice.token);
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(7);
    expect(res.body.signatures.total).toBe(0);
    expect(res.body.confirmationRate.rate).toBeNull();
  });

  it('should let a viewer read the aggregates and answer 404 to a non-member', async () => {
    expect((await t.http.get(`/campaigns/${campaign.id}/dashboard`, viewer.token)).status).toBe(200);
    const other = await t.http.get(`/campaigns/${campaign.id}/dashboard`, outsider.token);
    expect(other.status).toBe(404);
  });

  it('should give one bucket per local hour for 7 days and refuse hourly buckets over all time', async () => {
    const hourly = await t.http.get(
      `/campaigns/${campaign.id}/dashboard/series/signups?period=7d&bucket=hour`,
      alice.token,
    );
    expect(hourly.status).toBe(200);
    expect(hourly.body.buckets.length).toBeGreaterThan(6 * 24);
    expect(hourly.body.buckets.length).toBeLessThanOrEqual(7 * 24 + 1);
    expect(hourly.body.buckets[0]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00$/);

    const tooLong = await t.http.get(
      `/campaigns/${campaign.id}/dashboard/series/signups?period=all&bucket=hour`,
      alice.token,
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].path).toBe('bucket');
  });

  it('should answer 400 naming the metric when it is unknown', async () => {
    const res = await t.http.get(`/campaigns/${campaign.id}/dashboard/series/pageviews`, alice.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('metric');
  });

  it('should keep an answer for DASHBOARD_CACHE_SECONDS in each API process, then count what came since', async () => {
    // The suite runs with the cache off (testConfig); this process keeps answers for 5 minutes.
    const cached = await startApp({ role: 'api', env: { DASHBOARD_CACHE_SECONDS: '300' } });
    const total = async (app: TestApp) => {
      const res = await app.http.get(`/campaigns/${campaign.id}/dashboard/series/signatures?period=all`, alice.token);
      expect(res.status).toBe(200);
      return (res.body.series as { key: string; total: number }[]).find((s) => s.key === petition.id)!.total;
    };
    try {
      const before = await total(cached);
      expect((await sign(`${unique('late')}@example.org`)).status).toBe(202);
      await waitUntil(async () => (await total(t)) === before + 1, { what: 'the uncached app to count the signature' });
      expect(await total(cached)).toBe(before);
    } finally {
      await cached.close();
    }
  });
});
