import { type TestApp, uniqueIp } from '../support/app.js';
import { exportLines } from '../support/csv.js';
import { EVENTS_TEST_ENV, rsvp, rsvpBody } from '../support/events.js';
import {
  addTeam,
  createEvent,
  createPetition,
  createSupporters,
  type OrganizerFixture,
  startWithCampaign,
  type SupporterFixture,
} from '../support/factories.js';

/**
 * Organizers' own safety: every view, search, export or erasure of supporters' personal data is an
 * audit entry with who, when and how many people (never who they are); owners read it per member;
 * viewers cannot read it; every CSV export opens with who exported it and when.
 */
let t: TestApp;
let owner: OrganizerFixture;
let admin: OrganizerFixture;
let organizer: OrganizerFixture;
let viewer: OrganizerFixture;
let campaign: { id: string; slug: string };
let people: SupporterFixture[];

interface AuditRow {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details: { what?: string; people?: number; [k: string]: unknown };
  createdAt: string;
}

/** The member's personal-data entries, newest first, as the owner reads them. */
async function accessesOf(member: OrganizerFixture): Promise<AuditRow[]> {
  const res = await t.http.get(
    `/campaigns/${campaign.id}/audit?actorId=${member.id}&personalData=true&limit=100`,
    owner.token,
  );
  expect(res.status).toBe(200);
  return res.body.items;
}

/** Runs `act` and returns the personal-data entries it added for `member`. */
async function added(member: OrganizerFixture, act: () => Promise<unknown>): Promise<AuditRow[]> {
  const before = (await accessesOf(member)).length;
  await act();
  const after = await accessesOf(member);
  return after.slice(0, after.length - before);
}

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign({ role: 'api', env: EVENTS_TEST_ENV }));
  ({ admin, organizer, viewer } = await addTeam(t, owner, campaign.id));
  people = await createSupporters(t, campaign.id, 3, { firstName: 'Rania' });
});
afterAll(async () => {
  await t?.close();
});

describe('personal-data access in the audit log', () => {
  it('should record a list as a view and an email lookup as a search, with counts and no personal data', async () => {
    const base = `/campaigns/${campaign.id}/supporters`;
    const listed = await added(admin, () => t.http.get(base, admin.token));
    expect(listed).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: 'personal-data.view',
        details: expect.objectContaining({
          what: 'supporters',
          people: 3,
          route: 'GET /campaigns/:campaignId/supporters',
        }),
      }),
    ]);
    const searched = await added(admin, () =>
      t.http.get(`${base}?email=${encodeURIComponent(people[0].email)}`, admin.token),
    );
    expect(searched).toEqual([
      expect.objectContaining({ action: 'personal-data.search', details: expect.objectContaining({ people: 1 }) }),
    ]);
    // Counts and route shapes, never the address searched for or a name.
    const all = JSON.stringify(await accessesOf(admin));
    expect(all).not.toContain(people[0].email);
    expect(all).not.toContain('Rania');
  });

  it('should record a profile view, a one-person export and an erasure, naming the supporter by id only', async () => {
    const one = `/campaigns/${campaign.id}/supporters/${people[2].id}`;
    const rows = await added(admin, async () => {
      expect((await t.http.get(one, admin.token)).status).toBe(200);
      expect((await t.http.get(`${one}/export`, admin.token)).status).toBe(200);
      expect((await t.http.post(`${one}/erase`, { confirm: 'erase' }, admin.token)).status).toBe(200);
    });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.details.people])).toEqual([
      ['personal-data.erase', 'supporter', people[2].id, 1],
      ['personal-data.export', 'supporter', people[2].id, 1],
      ['personal-data.view', 'supporter', people[2].id, 1],
    ]);
  });

  it('should record nothing when the answer holds no personal data (a viewer reading the list)', async () => {
    const rows = await added(viewer, async () => {
      expect((await t.http.get(`/campaigns/${campaign.id}/supporters`, viewer.token)).status).toBe(200);
      expect((await t.http.get(`/campaigns/${campaign.id}/supporters/${people[0].id}`, viewer.token)).status).toBe(200);
    });
    expect(rows).toEqual([]);
  });

  it('should record OSDI reads of people with personal data', async () => {
    const rows = await added(owner, async () => {
      const res = await t.http.request('GET', `/osdi/v1/campaigns/${campaign.id}/people`, {
        headers: { 'osdi-api-token': owner.token, 'x-forwarded-for': uniqueIp() },
      });
      expect(res.status).toBe(200);
    });
    // Two people left with personal data; the erased one is a tombstone.
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'personal-data.view',
        details: expect.objectContaining({ what: 'osdi-people', people: 2 }),
      }),
    ]);
  });
});

describe('CSV exports', () => {
  it('should open with who exported it, when and for how many people, and audit it with the count', async () => {
    const before = Date.now();
    const res = await t.http.get(`/campaigns/${campaign.id}/supporters/export.csv`, admin.token);
    expect(res.status).toBe(200);
    const { notice, lines } = exportLines(res.text);
    expect(notice).toMatch(
      new RegExp(
        `^# Exported by ${admin.email.replace(/\./g, '\\.')} on \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z — personal data of 2 people$`,
      ),
    );
    const at = Date.parse(notice.split(' on ')[1].split(' ')[0]);
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(lines[0]).toContain('email,first_name,last_name');
    const audit = (await accessesOf(admin))[0];
    expect(audit).toMatchObject({
      action: 'personal-data.export',
      details: { what: 'supporters', people: 2, format: 'csv' },
    });
  });

  it('should say so when the file has no personal columns, and not count it as a personal-data export', async () => {
    const rows = await added(organizer, async () => {
      const res = await t.http.get(`/campaigns/${campaign.id}/supporters/export.csv`, organizer.token);
      expect(exportLines(res.text).notice).toMatch(/^# Exported by \S+ on \S+Z — no personal columns$/);
      expect(exportLines(res.text).lines[0]).not.toContain('email');
    });
    expect(rows).toEqual([]);
  });

  it('should stamp and audit the signatures and attendees exports, with their counts', async () => {
    const petition = await createPetition(t, owner.token, campaign.id);
    for (const email of ['sig-a@example.org', 'sig-b@example.org'])
      expect(
        (
          await t.http.request('POST', `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`, {
            body: { email, firstName: 'Sami', consentTextVersion: 'v1' },
            headers: { 'x-forwarded-for': uniqueIp() },
          })
        ).status,
      ).toBe(202);
    const event = await createEvent(t, owner.token, campaign.id);
    expect((await rsvp(t, campaign.slug, event.slug, rsvpBody())).status).toBeLessThan(300);

    const rows = await added(admin, async () => {
      const sigs = await t.http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/signatures.csv`, admin.token);
      expect(exportLines(sigs.text).notice).toContain('— personal data of 2 people');
      expect(exportLines(sigs.text).lines).toHaveLength(3);
      const att = await t.http.get(`/campaigns/${campaign.id}/events/${event.id}/attendees.csv`, admin.token);
      expect(exportLines(att.text).notice).toContain('— personal data of 1 person');
      const list = await t.http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/signatures`, admin.token);
      expect(list.status).toBe(200);
    });
    expect(rows.map((r) => [r.action, r.details.what, r.details.people])).toEqual([
      ['personal-data.view', 'signatures', 2],
      ['personal-data.export', 'attendees', 1],
      ['personal-data.export', 'signatures', 2],
    ]);
  });
});

describe('reading the audit log', () => {
  it("should let owners read one member's entries, and refuse viewers and organizers", async () => {
    const admins = await accessesOf(admin);
    expect(admins.length).toBeGreaterThan(0);
    expect(admins.every((r) => r.actorId === admin.id && r.action.startsWith('personal-data.'))).toBe(true);
    for (const member of [viewer, organizer]) {
      const res = await t.http.get(`/campaigns/${campaign.id}/audit?actorId=${admin.id}`, member.token);
      expect({ role: member === viewer ? 'viewer' : 'organizer', status: res.status }).toEqual({
        role: member === viewer ? 'viewer' : 'organizer',
        status: 403,
      });
    }
    const bad = await t.http.get(`/campaigns/${campaign.id}/audit?actorId=not-a-uuid`, owner.token);
    expect(bad.status).toBe(400);
  });
});
