import { type TestApp, uniqueIp } from '../support/app.js';
import {
  addMember,
  createCampaign,
  createEvent,
  createOrganizer,
  createPetition,
  type OrganizerFixture,
  unique,
  startWithCampaign,
} from '../support/factories.js';
import { CONFIRM_SUBJECT, mailsTo, SUPPORTERS_TEST_ENV, waitForMail } from '../support/supporters.js';
import { mailSettled } from '../support/wait.js';

/**
 * The OSDI API end to end. The conformance part replays the documented example requests of the
 * specification (opensupporter/osdi-docs, https://github.com/opensupporter/osdi-docs, CC BY-SA):
 * one test per documented request Groundswell supports, named after the document and scenario.
 * Example bodies are used as test inputs, with addresses made unique per run.
 */
let t: TestApp;
let owner: OrganizerFixture;
let apiToken: string;
let campaign: { id: string; slug: string };
let aep: string;

const osdi = (
  method: string,
  url: string,
  options: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
) => {
  const path = url.startsWith('http') ? url.slice(t.url.length) : url;
  return t.http.request(method, path, {
    body: options.body,
    headers: {
      'x-forwarded-for': uniqueIp(),
      ...(options.token === null ? {} : { 'osdi-api-token': options.token ?? apiToken }),
      ...options.headers,
    },
  });
};

/** The person of the specification's examples, with an address of this run. */
function examplePerson(email: string) {
  return {
    identifiers: [`foreign_system:${unique('p')}`],
    family_name: 'Edwin',
    given_name: 'Labadie',
    additional_name: 'Marques',
    origin_system: 'OpenSupporter',
    email_addresses: [{ address: email, primary: true, address_type: 'Personal' }],
    postal_addresses: [
      {
        primary: true,
        address_lines: ['935 Ed Lock'],
        locality: 'New Dudley',
        region: 'MN',
        postal_code: '17678',
        country: 'RU',
        address_type: 'Home',
        status: 'Verified',
      },
    ],
    phone_numbers: [{ primary: true, number: 19876543210, number_type: 'Mobile', sms_capable: true }],
    gender: 'Male',
  };
}
const exampleTriggers = {
  triggers: {
    autoresponse: { identifiers: ['system_1:eb84f0d01dec3b1ffb9e4dca406fa45e'], enabled: true },
  },
};
const email = () => `${unique('osdi')}@example.org`;
const selfOf = (r: { _links: { self: { href: string } } }) => r._links.self.href;

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign({ env: SUPPORTERS_TEST_ENV }));
  apiToken = (await t.http.post('/auth/tokens', { name: 'OSDI client' }, owner.token)).body.token;
  aep = `/osdi/v1/campaigns/${campaign.id}`;
});
afterAll(() => t?.close());

describe('OSDI conformance (documented requests)', () => {
  it('should answer aep.md "Retrieving the API Entry Point resource (GET)" with links to every collection and helper', async () => {
    const res = await osdi('GET', aep);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    expect(res.body).toMatchObject({
      vendor_name: 'Groundswell',
      osdi_version: expect.any(String),
      namespace: 'groundswell',
      max_pagesize: 500,
      motd: expect.any(String),
    });
    const links = res.body._links;
    expect(links.curies[0]).toMatchObject({ name: 'osdi', templated: true });
    for (const rel of ['osdi:people', 'osdi:tags', 'osdi:petitions', 'osdi:events', 'osdi:person_signup_helper'])
      expect(links[rel].href).toMatch(/^http:\/\//);
    // Clients follow links: every collection link answers.
    for (const rel of [
      'osdi:people',
      'osdi:tags',
      'osdi:petitions',
      'osdi:events',
      'groundswell:statements',
      'groundswell:milestones',
    ])
      expect((await osdi('GET', links[rel].href)).status).toBe(200);
  });

  it('should list milestones under the groundswell: CURIE when OSDI has no such resource', async () => {
    const created = await t.http.post(
      `/campaigns/${campaign.id}/milestones`,
      { kind: 'win', title: 'Contract dropped', occurredOn: '2026-11-30' },
      owner.token,
    );
    expect(created.status).toBe(201);
    const aepLinks = (await osdi('GET', aep)).body._links;
    const res = await osdi('GET', aepLinks['groundswell:milestones'].href);
    const m = res.body._embedded['groundswell:milestones'].find(
      (x: { identifiers: string[] }) => x.identifiers[0] === `groundswell:${created.body.id}`,
    );
    expect(m).toMatchObject({ kind: 'win', title: 'Contract dropped', occurred_on: '2026-11-30' });
    expect(res.body._links['groundswell:milestones']).toContainEqual({ href: m._links.self.href });
  });

  it('should answer person_signup.md "Creating a new person (POST)" with the person, tags and identifiers applied', async () => {
    const address = email();
    const person = examplePerson(address);
    const res = await osdi('POST', `${aep}/people/person_signup_helper`, {
      body: { person, ...exampleTriggers, add_tags: ['volunteer', 'donor'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.identifiers).toEqual([expect.stringMatching(/^groundswell:/), person.identifiers[0]]);
    expect(res.body).toMatchObject({ given_name: 'Labadie', family_name: 'Edwin' });
    expect(res.body.email_addresses[0]).toMatchObject({ address: address, primary: true, status: 'unsubscribed' });
    expect(res.body.postal_addresses[0]).toMatchObject({ postal_code: '17678', country: 'RU' });
    expect(res.body.phone_numbers[0]).toMatchObject({ number: '19876543210' });
    const taggings = await osdi('GET', `${selfOf(res.body)}/taggings`);
    expect(taggings.body._embedded['osdi:taggings']).toHaveLength(2);
    // Double opt-in: exactly one confirmation mail, the same as the public form sends.
    await waitForMail(t, address, CONFIRM_SUBJECT);
    expect(mailsTo(t, address, CONFIRM_SUBJECT)).toHaveLength(1);
  });

  it('should refuse the person_signup.md example when it asks for lists, naming add_lists', async () => {
    const res = await osdi('POST', `${aep}/people/person_signup_helper`, {
      body: { person: examplePerson(email()), add_lists: ['supporters'] },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    expect(res.body['osdi:error'].resource_status[0].error_descriptions[0].properties).toEqual(['add_lists']);
  });

  it('should answer people.md "Creating a new person (POST)" through the signup path', async () => {
    const address = email();
    const res = await osdi('POST', `${aep}/people`, { body: examplePerson(address) });
    expect(res.status).toBe(200);
    expect(res.body.email_addresses[0].address).toBe(address);
  });

  it('should answer people.md "Retrieving a collection of Person resources (GET)" with totals and embedded people', async () => {
    const res = await osdi('GET', `${aep}/people`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 1, per_page: 25, total_pages: 1 });
    expect(res.body.total_records).toBeGreaterThanOrEqual(2);
    const embedded = res.body._embedded['osdi:people'];
    expect(res.body._links['osdi:people'].map((l: { href: string }) => l.href)).toEqual(embedded.map(selfOf));
    expect(res.body._links.next).toBeUndefined();
  });

  it('should answer people.md "Retrieving an individual Person resource (GET)"', async () => {
    const created = await osdi('POST', `${aep}/people`, { body: examplePerson(email()) });
    const res = await osdi('GET', selfOf(created.body));
    expect(res.status).toBe(200);
    expect(res.body.identifiers).toEqual(created.body.identifiers);
    expect(res.body.created_date).toMatch(/Z$/);
    expect(res.body.modified_date).toMatch(/Z$/);
  });

  it('should answer people.md "Modifying a person (PUT)" by merging, null clearing a field', async () => {
    const created = await osdi('POST', `${aep}/people`, { body: examplePerson(email()) });
    const res = await osdi('PUT', selfOf(created.body), {
      body: { family_name: 'Labadie', identifiers: ['other_system:42'], phone_numbers: null },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ family_name: 'Labadie', given_name: 'Labadie', phone_numbers: [] });
    expect(res.body.postal_addresses[0].postal_code).toBe('17678');
    expect(res.body.identifiers).toContain('other_system:42');
    expect(Date.parse(res.body.modified_date)).toBeGreaterThanOrEqual(Date.parse(created.body.modified_date));
  });

  it('should answer people.md "Deleting a person (DELETE)" by erasing them', async () => {
    const created = await osdi('POST', `${aep}/people`, { body: examplePerson(email()) });
    const deleted = await osdi('DELETE', selfOf(created.body));
    expect([deleted.status, deleted.body]).toEqual([200, { notice: 'This person was successfully deleted.' }]);
    const after = await osdi('GET', selfOf(created.body));
    expect(after.body.custom_fields.status).toBe('erased');
    expect(after.body.email_addresses).toEqual([]);
    expect(after.body.identifiers).toHaveLength(1);
  });

  it('should answer record_signature.md "Creating a new signature (POST)" with one signature per person', async () => {
    const petition = await createPetition(t, owner.token, campaign.id);
    const p = await osdi('GET', `${aep}/petitions/${petition.id}`);
    expect(p.status).toBe(200);
    const address = email();
    const body = {
      person: examplePerson(address),
      identifiers: ['foreign_system:1'],
      origin_system: 'OpenSupporter',
      action_date: '2014-03-18T11:02:15Z',
      comments: 'Stop doing the bad thing',
      referrer_data: { source: 'facebook-101016-mainpage', referrer: 'jane-doe', website: 'facebook.com' },
    };
    const res = await osdi('POST', p.body._links['osdi:record_signature_helper'].href, { body });
    expect(res.status).toBe(200);
    expect(res.body._links['osdi:petition'].href).toBe(selfOf(p.body));
    expect(res.body.referrer_data.source).toBe('facebook-101016-mainpage');
    const again = { ...body, person: { ...body.person, identifiers: [] } };
    await osdi('POST', p.body._links['osdi:record_signature_helper'].href, { body: again });
    await osdi('POST', p.body._links['osdi:record_signature_helper'].href, { body: again });
    // One signature whatever the number of posts; while it is unconfirmed, a repeat brings its link
    // again, at most once an hour (the public form's rule): the first mail and one reminder.
    const list = await osdi('GET', p.body._links['osdi:signatures'].href);
    expect(list.body.total_records).toBe(1);
    await t.smtp.waitFor(() => mailsTo(t, address, /signature/i).length >= 2);
    await mailSettled(t);
    expect(mailsTo(t, address, /signature/i)).toHaveLength(2);
  });

  it('should answer record_attendance.md "Creating a new attendance (POST)" with the RSVP status', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { capacity: 10 });
    const e = await osdi('GET', `${aep}/events/${ev.id}`);
    expect(e.body).toMatchObject({ capacity: 10, total_accepted: 0, location: { public: true } });
    const res = await osdi('POST', e.body._links['osdi:record_attendance_helper'].href, {
      body: { person: examplePerson(email()), origin_system: 'OpenSupporter', action_date: '2014-03-18T11:02:15Z' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', attended: false });
    expect((await osdi('GET', selfOf(e.body))).body.total_accepted).toBe(1);
  });

  it('should answer signatures.md and attendances.md "Retrieving a collection" with the person linked', async () => {
    const petition = await createPetition(t, owner.token, campaign.id);
    const ev = await createEvent(t, owner.token, campaign.id);
    const p = (await osdi('GET', `${aep}/petitions/${petition.id}`)).body;
    const e = (await osdi('GET', `${aep}/events/${ev.id}`)).body;
    for (let i = 0; i < 3; i++) {
      const person = examplePerson(email());
      await osdi('POST', p._links['osdi:record_signature_helper'].href, { body: { person } });
      await osdi('POST', e._links['osdi:record_attendance_helper'].href, { body: { person } });
    }
    const signatures = await osdi('GET', `${p._links['osdi:signatures'].href}?per_page=2`);
    expect(signatures.status).toBe(200);
    expect(signatures.body).toMatchObject({ total_records: 3, total_pages: 2, per_page: 2 });
    const first = signatures.body._embedded['osdi:signatures'][0];
    expect(first).toMatchObject({ 'groundswell:status': 'pending', _links: { 'osdi:petition': { href: selfOf(p) } } });
    expect(first._links['osdi:person'].href).toContain('/people/');
    const rest = await osdi('GET', signatures.body._links.next.href);
    expect(rest.body._embedded['osdi:signatures']).toHaveLength(1);
    expect(rest.body._links.next).toBeUndefined();

    const attendances = await osdi('GET', e._links['osdi:attendances'].href);
    expect(attendances.body.total_records).toBe(3);
    expect(attendances.body._embedded['osdi:attendances'][0]).toMatchObject({ status: 'accepted' });
  });

  it('should answer README "Find all people associated with a given email address" through the blind index', async () => {
    const address = email();
    await osdi('POST', `${aep}/people`, { body: examplePerson(address) });
    const res = await osdi('GET', `${aep}/people?filter=${encodeURIComponent(`email_address eq '${address}'`)}`);
    expect(res.body.total_records).toBe(1);
    expect(res.body._embedded['osdi:people'][0].email_addresses[0].address).toBe(address);
  });

  it('should answer README "Find new signups on or since a date and time" with the hour-only offset', async () => {
    const res = await osdi('GET', `${aep}/people?filter=${encodeURIComponent("created ge '2013-11-17T18:27:35-05'")}`);
    expect(res.status).toBe(200);
    expect(res.body.total_records).toBeGreaterThan(0);
  });
});

describe('OSDI errors and access', () => {
  it('should answer 401 in the osdi:error shape when no token is sent', async () => {
    const res = await osdi('GET', `${aep}/people`, { token: null });
    expect(res.status).toBe(401);
    expect(res.body['osdi:error']).toMatchObject({ request_type: 'atomic', response_code: 401 });
    expect(res.body.error).toEqual(expect.any(String));
  });

  it('should accept the token as the osdi-api-token query parameter when no header is sent', async () => {
    const res = await osdi('GET', `${aep}/people?osdi-api-token=${apiToken}`, { token: null });
    expect(res.status).toBe(200);
    expect(res.body._links.self.href).not.toContain(apiToken);
  });

  it('should answer 404 for a person outside the campaign and for a campaign the token cannot see', async () => {
    expect((await osdi('GET', `${aep}/people/0190a1b2-0000-7000-8000-000000000000`)).status).toBe(404);
    const stranger = await createOrganizer(t);
    const other = await createCampaign(t, stranger.token);
    const res = await osdi('GET', `/osdi/v1/campaigns/${other.id}/people`);
    expect(res.status).toBe(404);
    expect(res.body['osdi:error'].resource_status[0].error_descriptions[0].error_code).toBe('NOT_FOUND');
  });

  it('should answer 400 naming the problem when a filter is not supported', async () => {
    const res = await osdi('GET', `${aep}/people?filter=${encodeURIComponent("given_name eq 'Ada'")}`);
    expect(res.status).toBe(400);
    const d = res.body['osdi:error'].resource_status[0].error_descriptions[0];
    expect(d.properties).toEqual(['filter']);
    expect(d.description).toMatch(/cannot filter on "given_name"/);
  });

  it('should answer 403 when a viewer tries to update a person', async () => {
    const viewer = await addMember(t, owner, campaign.id, 'viewer');
    const token = (await t.http.post('/auth/tokens', { name: 'v' }, viewer.token)).body.token;
    const created = await osdi('POST', `${aep}/people`, { body: examplePerson(email()) });
    const res = await osdi('PUT', selfOf(created.body), { token, body: { given_name: 'X' } });
    expect(res.status).toBe(403);
  });

  it('should let a viewer read a signature without its signer, and refuse a viewer writing or deleting one', async () => {
    const viewer = await addMember(t, owner, campaign.id, 'viewer');
    const token = (await t.http.post('/auth/tokens', { name: 'v' }, viewer.token)).body.token;
    const petition = await createPetition(t, owner.token, campaign.id);
    const signatures = `${aep}/petitions/${petition.id}/signatures`;
    const signed = await osdi('POST', signatures, { body: { person: examplePerson(email()) } });
    expect(signed.status).toBe(200);
    expect(signed.body._links['osdi:person']).toBeDefined();
    const seen = await osdi('GET', selfOf(signed.body), { token });
    expect(seen.status).toBe(200);
    expect(seen.body._links['osdi:person']).toBeUndefined();
    expect((await osdi('POST', signatures, { token, body: { person: examplePerson(email()) } })).status).toBe(403);
    expect((await osdi('DELETE', selfOf(signed.body), { token })).status).toBe(403);
    expect((await osdi('GET', selfOf(signed.body))).body['groundswell:status']).toBe('pending');
  });

  it('should show no personal data to a viewer and refuse an email filter when the role may not see it', async () => {
    const viewer = await addMember(t, owner, campaign.id, 'viewer');
    const token = (await t.http.post('/auth/tokens', { name: 'v' }, viewer.token)).body.token;
    const res = await osdi('GET', `${aep}/people`, { token });
    expect(res.status).toBe(200);
    for (const p of res.body._embedded['osdi:people']) {
      expect(p.email_addresses).toBeUndefined();
      expect(p.given_name).toBeUndefined();
    }
    const filtered = await osdi('GET', `${aep}/people?filter=${encodeURIComponent("email_address eq 'a@b.org'")}`, {
      token,
    });
    expect(filtered.status).toBe(403);
  });

  it('should answer {} without a token whether or not the address is new, and refuse add_tags', async () => {
    const address = email();
    const first = await osdi('POST', `${aep}/people/person_signup_helper`, {
      token: null,
      body: { person: { email_addresses: [{ address }] } },
    });
    const again = await osdi('POST', `${aep}/people/person_signup_helper`, {
      token: null,
      body: { person: { email_addresses: [{ address }] } },
    });
    expect([first.status, first.body, again.status, again.body]).toEqual([200, {}, 200, {}]);
    const tags = await osdi('POST', `${aep}/people/person_signup_helper`, {
      token: null,
      body: { person: { email_addresses: [{ address: email() }] }, add_tags: ['x'] },
    });
    expect(tags.status).toBe(401);
  });

  it('should answer 400 naming the OSDI field when an email address is invalid', async () => {
    const res = await osdi('POST', `${aep}/people/person_signup_helper`, {
      body: { person: { email_addresses: [{ address: 'not-an-email' }] } },
    });
    expect(res.status).toBe(400);
    expect(res.body['osdi:error'].resource_status[0].error_descriptions[0].properties).toEqual([
      'person.email_addresses.0.address',
    ]);
  });
});

describe('OSDI pagination', () => {
  it('should page with totals, cap per_page at max_pagesize and give no next on the last page', async () => {
    const c = await createCampaign(t, owner.token);
    const base = `/osdi/v1/campaigns/${c.id}`;
    for (let i = 0; i < 5; i++) await osdi('POST', `${base}/people`, { body: examplePerson(email()) });
    const seen: string[] = [];
    let url: string | undefined = `${base}/people?per_page=2`;
    let pages = 0;
    while (url) {
      const res = await osdi('GET', url);
      expect(res.body).toMatchObject({ per_page: 2, total_records: 5, total_pages: 3, page: pages + 1 });
      seen.push(...res.body._embedded['osdi:people'].map(selfOf));
      if (pages > 0) expect(res.body._links.previous).toBeDefined();
      url = res.body._links.next?.href;
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    const capped = await osdi('GET', `${base}/people?per_page=100000`);
    expect(capped.body.per_page).toBe(500);
    const byNumber = await osdi('GET', `${base}/people?per_page=2&page=3`);
    expect(byNumber.body._embedded['osdi:people'].map(selfOf)).toEqual(seen.slice(4));
  });
});

describe('OSDI round trip', () => {
  it('should sign up, tag, sign, RSVP, find by incremental sync and erase one person', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const address = email();
    const entry = (await osdi('GET', aep)).body._links;
    const signup = await osdi('POST', entry['osdi:person_signup_helper'].href, {
      body: { person: { given_name: 'Rasha', email_addresses: [{ address, status: 'subscribed' }] }, add_tags: ['rt'] },
    });
    const person = selfOf(signup.body);

    const petition = await createPetition(t, owner.token, campaign.id);
    const petitions = await osdi('GET', entry['osdi:petitions'].href);
    const p = petitions.body._embedded['osdi:petitions'].find((x: { identifiers: string[] }) =>
      x.identifiers.includes(`groundswell:${petition.id}`),
    );
    const signed = await osdi('POST', p._links['osdi:record_signature_helper'].href, {
      body: { person: { email_addresses: [{ address }] } },
    });
    expect(signed.body._links['osdi:person'].href).toBe(person);

    const ev = await createEvent(t, owner.token, campaign.id);
    const events = await osdi('GET', entry['osdi:events'].href);
    const e = events.body._embedded['osdi:events'].find((x: { identifiers: string[] }) =>
      x.identifiers.includes(`groundswell:${ev.id}`),
    );
    const rsvp = await osdi('POST', e._links['osdi:record_attendance_helper'].href, {
      body: { person: { email_addresses: [{ address }] } },
    });
    expect(rsvp.body._links['osdi:person'].href).toBe(person);

    const tags = await osdi('GET', entry['osdi:tags'].href);
    expect(tags.body._embedded['osdi:tags'].map((x: { name: string }) => x.name)).toContain('rt');

    const filter = encodeURIComponent(`modified_date gt '${since}' and email_address eq '${address}'`);
    const sync = await osdi('GET', `${entry['osdi:people'].href}?filter=${filter}`);
    expect(sync.body._embedded['osdi:people'].map(selfOf)).toEqual([person]);

    expect((await osdi('DELETE', person)).status).toBe(200);
    const gone = await osdi(
      'GET',
      `${entry['osdi:people'].href}?filter=${encodeURIComponent(`email_address eq '${address}'`)}`,
    );
    expect(gone.body.total_records).toBe(0);
    const tombstone = await osdi('GET', person);
    expect(tombstone.body.custom_fields.status).toBe('erased');
  });
});
