import { type TestApp, uniqueIp } from '../support/app.js';
import { EVENTS_TEST_ENV, rsvp, rsvpBody } from '../support/events.js';
import { consent } from '../support/supporters.js';
import { createEvent, createPetition, type OrganizerFixture, startWithCampaign, unique } from '../support/factories.js';
import { exportLines } from '../support/csv.js';

/**
 * `?ref=` (the code of whoever referred someone) from the page, through the HTML form or the JSON
 * API, into the stored signature and RSVP, and out again where organizers see `source`.
 */
let t: TestApp;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { id: string; slug: string };

const browser = () => ({ accept: 'text/html', 'x-forwarded-for': uniqueIp() });
const signPath = () => `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`;

async function signatureOf(email: string) {
  const list = await t.http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/signatures?limit=100`, owner.token);
  expect(list.status).toBe(200);
  const row = (
    list.body.items as { signer: { email: string } | null; ref: string | null; source: string | null }[]
  ).find((s) => s.signer?.email === email);
  if (!row) throw new Error(`no signature for ${email}`);
  return row;
}

/** The cell of `column` in the CSV row that mentions `match` (plain cells: no quoting in these rows). */
function csvCell(text: string, match: string, column: string): string | undefined {
  const [header, ...rows] = exportLines(text).lines;
  const row = rows.find((r) => r.includes(match));
  return row?.split(',')[header.split(',').indexOf(column)];
}

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign({ role: 'api', env: EVENTS_TEST_ENV }));
  petition = await createPetition(t, owner.token, campaign.id);
});
afterAll(async () => {
  await t?.close();
});

describe('?ref= referral codes', () => {
  it('should carry a valid ?ref= from the page into the form and leave an invalid one out', async () => {
    const page = await t.http.request('GET', `/c/${campaign.slug}/petitions/${petition.slug}?ref=ada-7&source=mail`, {
      headers: browser(),
    });
    expect(page.text).toContain('<input type="hidden" name="ref" value="ada-7"/>');
    expect(page.text).toContain('<input type="hidden" name="source" value="mail"/>');
    const bad = await t.http.request('GET', `/c/${campaign.slug}/petitions/${petition.slug}?ref=no%20spaces!`, {
      headers: browser(),
    });
    expect(bad.status).toBe(200);
    expect(bad.text).not.toContain('name="ref"');
    const home = await t.http.request('GET', `/c/${campaign.slug}?ref=Org_1`, { headers: browser() });
    expect(home.text).toContain('<input type="hidden" name="ref" value="Org_1"/>');
  });

  it('should store the ref of an HTML form signature and show it in the organizer list, CSV and filter', async () => {
    const email = `${unique('ref')}@example.org`;
    const res = await t.http.request('POST', signPath(), {
      form: { email, locale: 'en', source: 'mail', ref: 'ada-7', consentTextVersion: 'v1' },
      headers: browser(),
    });
    expect(res.status).toBe(303);
    expect(await signatureOf(email)).toMatchObject({ ref: 'ada-7', source: 'mail' });
    const filtered = await t.http.get(
      `/campaigns/${campaign.id}/petitions/${petition.id}/signatures?ref=ada-7`,
      owner.token,
    );
    expect(filtered.body.items.length).toBeGreaterThanOrEqual(1);
    expect(filtered.body.items.every((s: { ref: string }) => s.ref === 'ada-7')).toBe(true);
    const csv = await t.http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/signatures.csv`, owner.token);
    expect(csvCell(csv.text, email, 'ref')).toBe('ada-7');
  });

  it('should drop an invalid ref from an HTML form post silently and keep the signature', async () => {
    const email = `${unique('ref')}@example.org`;
    const res = await t.http.request('POST', signPath(), {
      form: { email, locale: 'en', ref: '<script>', consentTextVersion: 'v1' },
      headers: browser(),
    });
    expect(res.status).toBe(303);
    expect((await signatureOf(email)).ref).toBeNull();
  });

  it('should refuse an invalid ref from an API client with a 400 naming the field', async () => {
    for (const ref of ['has space', 'x'.repeat(33), 'ünï']) {
      const res = await t.http.request('POST', signPath(), {
        body: { email: `${unique('ref')}@example.org`, ref },
        headers: { 'x-forwarded-for': uniqueIp() },
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('ref');
    }
    const ok = await t.http.request('POST', signPath(), {
      body: { email: `${unique('ref')}@example.org`, ref: 'Org_1' },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(ok.status).toBe(202);
  });

  it('should store the ref of an RSVP and show it in the attendee list and CSV', async () => {
    const event = await createEvent(t, owner.token, campaign.id);
    const email = `${unique('att')}@example.org`;
    const res = await rsvp(t, campaign.slug, event.slug, rsvpBody({ email, ref: 'ada-7', source: 'flyer' }));
    expect(res.status).toBeLessThan(300);
    const list = await t.http.get(`/campaigns/${campaign.id}/events/${event.id}/attendees`, owner.token);
    const mine = list.body.items.find((a: { email: string }) => a.email === email);
    expect(mine).toMatchObject({ ref: 'ada-7', source: 'flyer' });
    const csv = await t.http.get(`/campaigns/${campaign.id}/events/${event.id}/attendees.csv`, owner.token);
    expect(csvCell(csv.text, email, 'ref')).toBe('ada-7');
    const bad = await rsvp(t, campaign.slug, event.slug, rsvpBody({ ref: 'a/b' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('ref');
  });
  it('should store the ref of a signup (first touch) and count it among the dashboard top refs', async () => {
    const email = `${unique('sup')}@example.org`;
    const signup = (ref: string) =>
      t.http.request('POST', `/public/campaigns/${campaign.slug}/supporters`, {
        body: { email, ref, source: 'share', ...consent },
        headers: { 'x-forwarded-for': uniqueIp() },
      });
    expect((await signup('ada-7')).status).toBe(202);
    // Signing up again through another person's link keeps who brought them first.
    expect((await signup('Org_1')).status).toBe(202);
    const found = await t.http.get(
      `/campaigns/${campaign.id}/supporters?email=${encodeURIComponent(email)}`,
      owner.token,
    );
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([expect.objectContaining({ ref: 'ada-7', source: 'share' })]);
    const csv = await t.http.get(`/campaigns/${campaign.id}/supporters/export.csv`, owner.token);
    expect(csvCell(csv.text, found.body.items[0].id, 'ref')).toBe('ada-7');
    const dashboard = await t.http.get(`/campaigns/${campaign.id}/dashboard?period=all`, owner.token);
    expect(dashboard.body.topRefs).toContainEqual({ value: 'ada-7', count: expect.any(Number) });
  });
});
