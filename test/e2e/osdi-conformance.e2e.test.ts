import { type TestApp, uniqueIp } from '../support/app.js';
import { createEvent, createPetition, unique, startWithCampaign } from '../support/factories.js';
import { SUPPORTERS_TEST_ENV } from '../support/supporters.js';

/**
 * A generic OSDI client against a seeded campaign. It knows one URL, the API entry point, and
 * reaches everything else by following links (`osdi:people`, `next`, `self`, `osdi:signatures`…),
 * as the specification asks of clients. Every resource and collection it meets is checked against
 * the field rules of the specification (README.md "Global fields", "Collections", "Links and
 * CURIEs"): identifiers, `_links.self`, `origin_system`, ISO 8601 dates, `osdi:` CURIEs, and the
 * collection totals and next/previous links. It reads, pages, filters and writes people,
 * signatures and attendances.
 */
let t: TestApp;
let token: string;
let aepUrl: string;
let petitionId: string;
let eventId: string;

type Res = { status: number; body: any };
type Resource = { identifiers: string[]; _links: Record<string, any>; [k: string]: any };

/** The client: a token header, absolute links in, parsed HAL out. */
async function call(method: string, href: string, body?: unknown): Promise<Res> {
  expect(href).toMatch(/^https?:\/\//);
  const res = await t.http.request(method, href.slice(t.url.length), {
    body,
    headers: { 'osdi-api-token': token, 'x-forwarded-for': uniqueIp(), 'content-type': 'application/hal+json' },
  });
  return { status: res.status, body: res.body };
}
const get = async (href: string) => {
  const res = await call('GET', href);
  expect(res.status).toBe(200);
  return res.body;
};
/** A link of a resource by relation, checked to be an absolute URL. */
const link = (r: { _links: Record<string, any> }, rel: string): string => {
  const href = r._links?.[rel]?.href;
  expect(typeof href).toBe('string');
  expect(() => new URL(href)).not.toThrow();
  return href;
};
/** A query added to a link the server gave (the client builds no path). */
const withQuery = (href: string, q: Record<string, string | number>) => {
  const u = new URL(href);
  for (const [k, v] of Object.entries(q)) u.searchParams.set(k, String(v));
  return u.toString();
};

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const NON_CURIE_RELS = new Set(['self', 'curies', 'next', 'previous', 'docs']);

/** The global field rules every OSDI resource follows. */
function expectResource(r: Resource, kind: string) {
  expect(Array.isArray(r.identifiers)).toBe(true);
  expect(r.identifiers.length).toBeGreaterThan(0);
  for (const id of r.identifiers) expect(id).toMatch(/^[A-Za-z0-9_.-]+:\S+$/);
  expect(r.identifiers.some((id) => id.startsWith('groundswell:'))).toBe(true);
  expect(r.origin_system).toBe('Groundswell');
  for (const field of ['created_date', 'modified_date', 'action_date'])
    if (r[field] !== undefined) expect(r[field]).toMatch(ISO_8601);
  expect(r.created_date).toBeDefined();
  expect(r.modified_date).toBeDefined();
  link(r, 'self');
  for (const rel of Object.keys(r._links)) {
    if (NON_CURIE_RELS.has(rel)) continue;
    expect(rel).toMatch(/^(osdi|groundswell):[a-z_]+$/);
    link(r, rel);
  }
  expect(kind).toBeTruthy();
}

/** The collection rules: totals, page size, members embedded and linked, next/previous links. */
function expectCollection(c: any, name: string) {
  for (const f of ['total_pages', 'per_page', 'page', 'total_records']) expect(Number.isInteger(c[f])).toBe(true);
  expect(c.total_pages).toBe(Math.max(1, Math.ceil(c.total_records / c.per_page)));
  expect(c._links.curies).toContainEqual(expect.objectContaining({ name: 'osdi', templated: true }));
  link(c, 'self');
  expect(Boolean(c._links.next)).toBe(c.page < c.total_pages);
  expect(Boolean(c._links.previous)).toBe(c.page > 1);
  const members: Resource[] = c._embedded[`osdi:${name}`];
  expect(members.length).toBeLessThanOrEqual(c.per_page);
  expect(c._links[`osdi:${name}`].map((l: { href: string }) => l.href)).toEqual(members.map((m) => link(m, 'self')));
  for (const m of members) expectResource(m, name);
  return members;
}

/** Every member of a collection, following next links only; checks each page and the totals. */
async function walk(href: string, name: string): Promise<Resource[]> {
  const all: Resource[] = [];
  let next: string | undefined = href;
  let page = 0;
  let total: number | undefined;
  while (next) {
    const c = await get(next);
    expect(c.page).toBe(++page);
    total ??= c.total_records;
    expect(c.total_records).toBe(total);
    all.push(...expectCollection(c, name));
    next = c._links.next?.href;
  }
  expect(all).toHaveLength(total!);
  expect(new Set(all.map((m) => m._links.self.href)).size).toBe(all.length);
  return all;
}

/** The member of a collection whose identifiers include groundswell:<id>. */
const byId = (members: Resource[], id: string) => members.find((m) => m.identifiers.includes(`groundswell:${id}`))!;

const person = () => ({
  given_name: 'Nadia',
  family_name: unique('Client'),
  email_addresses: [{ address: `${unique('conf')}@example.org`, primary: true }],
  postal_addresses: [{ postal_code: '10115', country: 'DE' }],
});

beforeAll(async () => {
  const suite = await startWithCampaign({ env: SUPPORTERS_TEST_ENV });
  t = suite.t;
  token = (await t.http.post('/auth/tokens', { name: 'OSDI conformance' }, suite.owner.token)).body.token;
  aepUrl = `${t.url}/osdi/v1/campaigns/${suite.campaign.id}`;
  // The seeded campaign: a petition and an event (through the main API), people through OSDI below.
  petitionId = (await createPetition(t, suite.owner.token, suite.campaign.id)).id;
  eventId = (await createEvent(t, suite.owner.token, suite.campaign.id, { capacity: 50 })).id;
});
afterAll(() => t?.close());

describe('OSDI conformance: a client that follows links from the AEP', () => {
  it('should describe itself at the AEP and link every collection it supports', async () => {
    const aep = await get(aepUrl);
    expect(aep).toMatchObject({ vendor_name: 'Groundswell', osdi_version: expect.stringMatching(/^1\./) });
    expect(aep.max_pagesize).toBeGreaterThanOrEqual(25);
    expect(aep._links.curies).toContainEqual(expect.objectContaining({ name: 'osdi', templated: true }));
    for (const rel of ['osdi:people', 'osdi:petitions', 'osdi:events', 'osdi:tags']) {
      const c = await get(link(aep, rel));
      expectCollection(c, rel.slice('osdi:'.length));
    }
  });

  it('should read, page, filter and write people', async () => {
    const aep = await get(aepUrl);
    const people = link(aep, 'osdi:people');
    const since = new Date().toISOString();
    const created: Resource[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call('POST', people, person());
      expect(res.status).toBe(200);
      expectResource(res.body, 'person');
      created.push(res.body);
    }
    const all = await walk(withQuery(people, { per_page: 2 }), 'people');
    for (const p of created) expect(all.map((m) => m._links.self.href)).toContain(p._links.self.href);

    const filter = `modified_date ge '${since}'`;
    const synced = await walk(withQuery(people, { per_page: 2, filter }), 'people');
    expect(synced.map((m) => m._links.self.href).sort()).toEqual(created.map((p) => p._links.self.href).sort());

    const changed = await call('PUT', link(created[0], 'self'), { given_name: 'Nour' });
    expect(changed.status).toBe(200);
    expectResource(changed.body, 'person');
    expect(changed.body).toMatchObject({ given_name: 'Nour', family_name: created[0].family_name });
    expect((await get(link(created[0], 'self'))).given_name).toBe('Nour');
  });

  it('should write, read, page, filter and delete signatures', async () => {
    const aep = await get(aepUrl);
    const petition = byId(await walk(link(aep, 'osdi:petitions'), 'petitions'), petitionId);
    const signatures = link(petition, 'osdi:signatures');
    const since = new Date().toISOString();

    // As the specification's signatures.md: POST a signature linking an existing person…
    const signer = (await call('POST', link(aep, 'osdi:people'), person())).body;
    const linked = await call('POST', signatures, {
      comments: 'Stop the contracts',
      referrer_data: { source: 'api' },
      _links: { 'osdi:person': { href: link(signer, 'self') } },
    });
    expect(linked.status).toBe(200);
    expectResource(linked.body, 'signature');
    expect(link(linked.body, 'osdi:petition')).toBe(link(petition, 'self'));
    expect(link(linked.body, 'osdi:person')).toBe(link(signer, 'self'));
    expect(linked.body.referrer_data).toEqual({ source: 'api' });
    // …or embedding a new one.
    for (let i = 0; i < 2; i++) expect((await call('POST', signatures, { person: person() })).status).toBe(200);

    const one = await get(link(linked.body, 'self'));
    expectResource(one, 'signature');
    expect(one.identifiers).toEqual(linked.body.identifiers);

    const all = await walk(withQuery(signatures, { per_page: 1 }), 'signatures');
    expect(all).toHaveLength(3);
    const recent = await walk(withQuery(signatures, { filter: `modified_date ge '${since}'` }), 'signatures');
    expect(recent).toHaveLength(3);
    const future = await get(withQuery(signatures, { filter: "created_date gt '2100-01-01T00:00:00Z'" }));
    expect(expectCollection(future, 'signatures')).toEqual([]);

    const deleted = await call('DELETE', link(one, 'self'));
    expect(deleted).toEqual({ status: 200, body: { notice: 'This signature was successfully deleted.' } });
    const after = await get(link(one, 'self'));
    expect(after['groundswell:status']).toBe('invalidated');
    expect(Date.parse(after.modified_date)).toBeGreaterThanOrEqual(Date.parse(one.modified_date));
  });

  it('should write, read, page, filter, update and delete attendances', async () => {
    const aep = await get(aepUrl);
    const event = byId(await walk(link(aep, 'osdi:events'), 'events'), eventId);
    const attendances = link(event, 'osdi:attendances');
    const since = new Date().toISOString();

    const attendee = (await call('POST', link(aep, 'osdi:people'), person())).body;
    const linked = await call('POST', attendances, { _links: { 'osdi:person': { href: link(attendee, 'self') } } });
    expect(linked.status).toBe(200);
    expectResource(linked.body, 'attendance');
    expect(linked.body.status).toBe('accepted');
    expect(link(linked.body, 'osdi:event')).toBe(link(event, 'self'));
    expect(link(linked.body, 'osdi:person')).toBe(link(attendee, 'self'));
    for (let i = 0; i < 2; i++) expect((await call('POST', attendances, { person: person() })).status).toBe(200);

    const all = await walk(withQuery(attendances, { per_page: 2 }), 'attendances');
    expect(all).toHaveLength(3);
    expect((await get(link(event, 'self'))).total_accepted).toBe(3);

    const checkedIn = await call('PUT', link(linked.body, 'self'), { attended: true });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ attended: true, status: 'accepted' });
    const changedSince = new Date(Date.parse(checkedIn.body.modified_date) - 1).toISOString();
    const synced = await walk(withQuery(attendances, { filter: `modified_date gt '${changedSince}'` }), 'attendances');
    expect(synced.map((a) => a._links.self.href)).toEqual([link(linked.body, 'self')]);
    expect(await walk(withQuery(attendances, { filter: `created_date ge '${since}'` }), 'attendances')).toHaveLength(3);

    const deleted = await call('DELETE', link(all[0], 'self'));
    expect(deleted).toEqual({ status: 200, body: { notice: 'This attendance was successfully deleted.' } });
    expect((await get(link(all[0], 'self'))).status).toBe('declined');
    expect((await get(link(event, 'self'))).total_accepted).toBe(2);
  });

  it('should answer errors in the osdi:error shape, naming the field', async () => {
    const aep = await get(aepUrl);
    const petition = byId(await walk(link(aep, 'osdi:petitions'), 'petitions'), petitionId);
    const res = await call('GET', withQuery(link(petition, 'osdi:signatures'), { filter: "status eq 'x'" }));
    expect(res.status).toBe(400);
    expect(res.body['osdi:error']).toMatchObject({ request_type: 'atomic', response_code: 400 });
    const d = res.body['osdi:error'].resource_status[0].error_descriptions[0];
    expect(d).toMatchObject({ error_code: expect.stringMatching(/^[A-Z_]+$/), properties: ['filter'] });
    expect(res.body.error).toMatch(/cannot filter on "status"/);
    const missing = await call('POST', link(petition, 'osdi:signatures'), { comments: 'no one' });
    expect(missing.status).toBe(400);
    expect(missing.body['osdi:error'].resource_status[0].error_descriptions[0].properties).toEqual(['person']);
  });
});
