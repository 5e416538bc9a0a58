import { type TestApp } from '../support/app.js';
import {
  addMember,
  type CampaignSuite,
  createPetition,
  createSupporters,
  DAY,
  type OrganizerFixture,
  startWithCampaign,
} from '../support/factories.js';

/**
 * Small groups stay hidden (issue #17): the aggregates that members below admin read name a
 * country, postal prefix, source, referrer, ?ref= code or email domain only with at least k
 * (campaign setting, default 5) people in it, and no pair of those figures (a total and its named
 * groups, a 30-day and a 7-day window, two endpoints over the same rows) can be subtracted to
 * reveal a smaller group. Owners and admins, who can read the rows anyway, see exact figures.
 */
const K = 5;

type Group = { key: string | null; count: number };
type Ranking = { groups: Group[]; other: number; total: number };

/** Supporters seeded per time cell: [source, referrer host, ref, how many]. */
const SUPPORTERS: Record<'recent' | 'month' | 'older', [string | null, string | null, string | null, number][]> = {
  recent: [
    ['mail', 'news.example', null, 7],
    ['zine', 'blog.example', 'amal', 1],
    ['zine', 'blog.example', null, 1],
    ['radio', 'blog.example', null, 2],
    [null, null, null, 1],
  ],
  month: [
    ['mail', 'news.example', null, 1],
    ['zine', 'blog.example', 'crew', 5],
    ['radio', 'news.example', null, 1],
    ['radio', 'blog.example', null, 3],
  ],
  older: [
    ['mail', null, null, 5],
    ['zine', null, null, 1],
  ],
};
const AGE = { recent: 3_600_000, month: 15 * DAY, older: 60 * DAY };

/** Confirmed signatures: [country, postal prefix, source, ref, email domain, how many]. */
const SIGNATURES: [string | null, string | null, string | null, string | null, string, number][] = [
  ['DE', 'D10', 'mail', null, 'gmail.example', 9],
  ['NL', null, 'mail', null, 'gmail.example', 3],
  ['NL', null, null, null, 'riseup.example', 2],
  ['IS', '101', 'zine', 'crew', 'employer.example', 2],
  ['FR', null, 'zine', null, 'employer.example', 1],
  [null, null, null, null, 'riseup.example', 2],
];

function expectSuppressed(r: Ranking, k: number, what: string) {
  for (const g of r.groups) expect({ what, ...g, atLeastK: g.count >= k }).toEqual({ what, ...g, atLeastK: true });
  expect({ what, other: r.other, ok: r.other === 0 || r.other >= k || r.other === r.total }).toEqual({
    what,
    other: r.other,
    ok: true,
  });
  // "Total minus every named group" is exactly `other`: nothing smaller can be computed from it.
  expect(r.total - r.groups.reduce((n, g) => n + g.count, 0)).toBe(r.other);
}

/** Two windows of the same rows: every group's difference, and that of `other`, is 0 or >= k. */
function expectNoDifference(small: Ranking, big: Ranking, k: number, what: string) {
  const count = (r: Ranking, key: string | null) => r.groups.find((g) => g.key === key)?.count ?? 0;
  for (const key of new Set([...small.groups, ...big.groups].map((g) => g.key))) {
    const diff = count(big, key) - count(small, key);
    expect({ what, key, diff, ok: diff === 0 || diff >= k }).toEqual({ what, key, diff, ok: true });
  }
  const diff = big.other - small.other;
  expect({ what, diff, ok: diff === 0 || diff >= k }).toEqual({ what, diff, ok: true });
}

describe('small groups stay hidden', () => {
  let s: CampaignSuite;
  let t: TestApp;
  let viewer: OrganizerFixture;
  let organizer: OrganizerFixture;
  let admin: OrganizerFixture;
  let petition: { id: string; slug: string };
  const base = () => `/campaigns/${s.campaign.id}`;

  beforeAll(async () => {
    s = await startWithCampaign();
    t = s.t;
    viewer = await addMember(t, s.owner, s.campaign.id, 'viewer');
    organizer = await addMember(t, s.owner, s.campaign.id, 'organizer');
    admin = await addMember(t, s.owner, s.campaign.id, 'admin');
    petition = await createPetition(t, s.owner.token, s.campaign.id);
    const now = Date.now();
    await s.prisma
      .$executeRaw`UPDATE campaigns SET created_at = ${new Date(now - 90 * DAY)} WHERE id = ${s.campaign.id}::uuid`;
    const cells = Object.entries(SUPPORTERS) as [keyof typeof SUPPORTERS, (typeof SUPPORTERS)['recent']][];
    const people = await createSupporters(
      t,
      s.campaign.id,
      cells.flatMap(([, rows]) => rows).reduce((n, r) => n + r[3], 0),
    );
    let i = 0;
    for (const [cell, rows] of cells)
      for (const [source, referrer, ref, n] of rows)
        for (let j = 0; j < n; j++, i++)
          await s.prisma
            .$executeRaw`UPDATE supporters SET source = ${source}, referrer_host = ${referrer}, ref = ${ref},
            created_at = ${new Date(now - AGE[cell])} WHERE id = ${people[i].id}::uuid`;
    let p = 0;
    const signedAt = new Date(now);
    for (const [country, postalPrefix, source, ref, emailDomain, n] of SIGNATURES)
      for (let j = 0; j < n; j++, p++)
        await s.prisma.petitionSignature.create({
          data: {
            campaignId: s.campaign.id,
            petitionId: petition.id,
            supporterId: people[p].id,
            status: 'confirmed',
            locale: 'en',
            country,
            postalPrefix,
            source,
            ref,
            emailDomain,
            createdAt: signedAt,
            confirmedAt: signedAt,
          },
        });
  });
  afterAll(() => t.close());

  const dashboard = async (token: string, period: string) => {
    const res = await t.http.get(`${base()}/dashboard?period=${period}`, token);
    expect(res.status).toBe(200);
    const o = res.body;
    const ranking = (field: 'topSources' | 'topReferrers' | 'topRefs'): Ranking => ({
      groups: o[field].map((g: { value: string; count: number }) => ({ key: g.value, count: g.count })),
      other: o.otherOrigins[field],
      total: o.signups.total,
    });
    return { sources: ranking('topSources'), referrers: ranking('topReferrers'), refs: ranking('topRefs'), body: o };
  };

  const petitionStats = async (token: string) => {
    const res = await t.http.get(`${base()}/petitions/${petition.id}/stats`, token);
    expect(res.status).toBe(200);
    const o = res.body;
    const ranking = (field: 'topSources' | 'topRefs' | 'countries' | 'postalPrefixes'): Ranking => ({
      groups: o[field],
      other: o.other[field],
      total: o.confirmed,
    });
    return {
      topSources: ranking('topSources'),
      topRefs: ranking('topRefs'),
      countries: ranking('countries'),
      postalPrefixes: ranking('postalPrefixes'),
      body: o,
    };
  };

  it('should never name a group below k in any viewer-level aggregate, nor let two of them be subtracted', async () => {
    for (const member of [viewer, organizer]) {
      const windows = {
        '7d': await dashboard(member.token, '7d'),
        '30d': await dashboard(member.token, '30d'),
        all: await dashboard(member.token, 'all'),
      };
      for (const [period, d] of Object.entries(windows))
        for (const dim of ['sources', 'referrers', 'refs'] as const) expectSuppressed(d[dim], K, `${dim} ${period}`);
      for (const dim of ['sources', 'referrers', 'refs'] as const) {
        expectNoDifference(windows['7d'][dim], windows['30d'][dim], K, `${dim} 30d-7d`);
        expectNoDifference(windows['30d'][dim], windows.all[dim], K, `${dim} all-30d`);
      }
      // What the seeded figures give: mail (7 recent) and news.example (7 recent) are named in 7 days;
      // zine (2 recent, 5 in the month before) only from 30 days on, and only with the month's 5.
      expect(windows['7d'].sources.groups).toEqual([{ key: 'mail', count: 7 }]);
      expect(windows['30d'].sources.groups).toEqual([
        { key: 'mail', count: 7 },
        { key: 'zine', count: 5 },
      ]);
      expect(windows['7d'].body.minGroupSize).toBe(K);

      // The supporters' stats rank sources over the same grid: identical figures, nothing to subtract.
      const stats = await t.http.get(`${base()}/supporters/stats`, member.token);
      expect(stats.status).toBe(200);
      const statsRanking: Ranking = {
        groups: stats.body.topSources.map((g: { source: string; count: number }) => ({
          key: g.source,
          count: g.count,
        })),
        other: stats.body.topSourcesOther,
        total: windows.all.sources.total,
      };
      expect(statsRanking).toEqual(windows.all.sources);

      const p = await petitionStats(member.token);
      for (const dim of ['topSources', 'topRefs', 'countries', 'postalPrefixes'] as const)
        expectSuppressed(p[dim], K, `petition ${dim}`);
      expect(p.countries.groups).toEqual([
        { key: 'DE', count: 9 },
        { key: 'NL', count: 5 },
      ]);
      expect(p.countries.other).toBe(5);
    }
  });

  it('should hide email domains below k from trending moderators and keep one signer out of every list', async () => {
    const res = await t.http.get(`${base()}/petitions/${petition.id}/trending?minutes=120`, organizer.token);
    expect(res.status).toBe(200);
    const domains = res.body.emailDomains as { domain: string; count: number }[];
    for (const d of domains) expect(d.count).toBeGreaterThanOrEqual(K);
    expect(domains.map((d) => d.domain)).toContain('gmail.example');
    expect(domains.map((d) => d.domain)).not.toContain('employer.example');
    // A second window cannot be subtracted from the first: both start on the same 15-minute grid.
    const wider = await t.http.get(`${base()}/petitions/${petition.id}/trending?minutes=121`, organizer.token);
    expect(wider.body.emailDomains).toEqual(res.body.emailDomains);

    // Rows and filtered lists are groups of one: below admin they carry none of those fields.
    const list = await t.http.get(`${base()}/petitions/${petition.id}/signatures?limit=100`, viewer.token);
    expect(list.status).toBe(200);
    for (const row of list.body.items)
      expect([row.country, row.postalPrefix, row.emailDomain, row.source, row.ref]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
    const filtered = await t.http.get(`${base()}/petitions/${petition.id}/signatures?country=IS`, viewer.token);
    expect(filtered.status).toBe(403);
    expect(filtered.body.detail).toMatch(/country/);

    const supporters = await t.http.get(`${base()}/supporters?limit=100`, organizer.token);
    expect(supporters.status).toBe(200);
    for (const row of supporters.body.items)
      expect([row.source, row.referrerHost, row.ref]).toEqual([null, null, null]);
    const bySource = await t.http.get(`${base()}/supporters?source=zine&withTotal=true`, viewer.token);
    expect(bySource.status).toBe(403);
    expect(bySource.body.detail).toMatch(/source/);

    // The same rows through OSDI, with a viewer's API token.
    const token = (await t.http.post('/auth/tokens', { name: 'osdi' }, viewer.token)).body.token;
    const people = await t.http.get(`/osdi/v1/campaigns/${s.campaign.id}/people?per_page=100`, token);
    expect(people.status).toBe(200);
    const embedded = people.body._embedded['osdi:people'] as Record<string, any>[];
    expect(embedded.length).toBeGreaterThan(20);
    for (const p of embedded) {
      expect([p.source, p.postal_addresses, p.custom_fields.referrer_host]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('should show owners and admins the exact small groups they can read row by row anyway', async () => {
    for (const member of [s.owner, admin]) {
      const d = await dashboard(member.token, '7d');
      expect(d.sources.groups).toEqual([
        { key: 'mail', count: 7 },
        { key: 'radio', count: 2 },
        { key: 'zine', count: 2 },
      ]);
      expect(d.body.minGroupSize).toBeNull();
      const p = await petitionStats(member.token);
      expect(p.countries.groups).toContainEqual({ key: 'IS', count: 2 });
      expect(p.countries.groups).toContainEqual({ key: 'FR', count: 1 });
      const trending = await t.http.get(`${base()}/petitions/${petition.id}/trending`, member.token);
      expect(trending.body.emailDomains.map((x: { domain: string }) => x.domain)).toContain('employer.example');
      const filtered = await t.http.get(`${base()}/petitions/${petition.id}/signatures?country=IS`, member.token);
      expect(filtered.status).toBe(200);
      expect(filtered.body.items).toHaveLength(2);
    }
  });

  it('should take k from the campaign setting, which admins change and the API validates', async () => {
    const low = await t.http.patch(base(), { minGroupSize: 1 }, admin.token);
    expect(low.status).toBe(400);
    expect(low.text).toMatch(/minGroupSize/);
    expect((await t.http.patch(base(), { minGroupSize: 2 }, organizer.token)).status).toBe(403);
    const ok = await t.http.patch(base(), { minGroupSize: 2 }, admin.token);
    expect(ok.status).toBe(200);
    expect(ok.body.minGroupSize).toBe(2);

    const d = await dashboard(viewer.token, '7d');
    expect(d.body.minGroupSize).toBe(2);
    expectSuppressed(d.sources, 2, 'sources 7d, k=2');
    // radio (2) is named now; zine (2) is folded into other, which would otherwise hold 1.
    expect(d.sources.groups).toEqual([
      { key: 'mail', count: 7 },
      { key: 'radio', count: 2 },
    ]);
    expect(d.sources.other).toBe(3);
    const p = await petitionStats(viewer.token);
    expect(p.countries.groups).toContainEqual({ key: 'IS', count: 2 });
    expect(p.countries.other).toBe(3);
    await t.http.patch(base(), { minGroupSize: K }, admin.token);
  });
});
