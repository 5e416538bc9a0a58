import { startApp, type TestApp } from '../support/app.js';
import {
  acceptInvitation,
  addMember,
  createCampaign,
  createOrganizer,
  type OrganizerFixture,
  unique,
} from '../support/factories.js';

describe('campaigns, members and the audit log', () => {
  let t: TestApp;
  let owner: OrganizerFixture;

  beforeAll(async () => {
    t = await startApp();
    owner = await createOrganizer(t);
  });
  afterAll(() => t.close());

  it('should create a campaign owned by its creator and list it with the role', async () => {
    const slug = unique('nafa');
    const created = await t.http.post(
      '/campaigns',
      { slug, name: 'No Azure', timeZone: 'America/Los_Angeles', defaultLocale: 'ar', startedOn: '2024-05-01' },
      owner.token,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug,
      role: 'owner',
      status: 'active',
      defaultLocale: 'ar',
      timeZone: 'America/Los_Angeles',
    });
    const mine = await t.http.get('/campaigns', owner.token);
    expect(mine.body.items.find((c: { slug: string }) => c.slug === slug).role).toBe('owner');
  });

  it('should refuse a taken slug and an unknown time zone, naming the field', async () => {
    const c = await createCampaign(t, owner.token);
    const dup = await t.http.post(
      '/campaigns',
      { slug: c.slug, name: 'Again', timeZone: 'UTC', defaultLocale: 'en' },
      owner.token,
    );
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toBe('slug');
    const tz = await t.http.patch(`/campaigns/${c.id}`, { timeZone: 'Mars/Olympus' }, owner.token);
    expect(tz.status).toBe(400);
    expect(tz.body.errors[0].path).toBe('timeZone');
    expect((await t.http.get(`/campaigns/${c.id}`, owner.token)).body.timeZone).toBe('Europe/London');
  });

  it('should let viewers read but not change, and admins change but not archive', async () => {
    const c = await createCampaign(t, owner.token);
    const viewer = await addMember(t, owner, c.id, 'viewer');
    const admin = await addMember(t, owner, c.id, 'admin');

    expect((await t.http.get(`/campaigns/${c.id}`, viewer.token)).status).toBe(200);
    const denied = await t.http.patch(`/campaigns/${c.id}`, { name: 'Renamed' }, viewer.token);
    expect(denied.status).toBe(403);
    expect(denied.body.type).toBe('urn:groundswell:problem:forbidden');

    expect((await t.http.patch(`/campaigns/${c.id}`, { name: 'Renamed' }, admin.token)).body.name).toBe('Renamed');
    expect((await t.http.post(`/campaigns/${c.id}/archive`, {}, admin.token)).status).toBe(403);
    const archived = await t.http.post(`/campaigns/${c.id}/archive`, {}, owner.token);
    expect(archived.body.status).toBe('archived');
  });

  it('should keep at least one owner and stop admins from granting ownership', async () => {
    const c = await createCampaign(t, owner.token);
    const admin = await addMember(t, owner, c.id, 'admin');
    expect((await t.http.patch(`/campaigns/${c.id}/members/${admin.id}`, { role: 'owner' }, admin.token)).status).toBe(
      403,
    );
    const demote = await t.http.patch(`/campaigns/${c.id}/members/${owner.id}`, { role: 'admin' }, owner.token);
    expect(demote.status).toBe(409);
    expect(demote.body.type).toBe('urn:groundswell:problem:last-owner');
    expect((await t.http.delete(`/campaigns/${c.id}/members/${owner.id}`, owner.token)).status).toBe(409);

    expect((await t.http.patch(`/campaigns/${c.id}/members/${admin.id}`, { role: 'owner' }, owner.token)).status).toBe(
      200,
    );
    expect((await t.http.delete(`/campaigns/${c.id}/members/${owner.id}`, owner.token)).status).toBe(200);
    expect((await t.http.get(`/campaigns/${c.id}`, owner.token)).status).toBe(404);
  });

  it('should invite someone without an account by email, and let them join with the emailed token', async () => {
    const c = await createCampaign(t, owner.token);
    const email = `${unique('invitee')}@example.org`;
    const invited = await t.http.post(`/campaigns/${c.id}/members`, { email, role: 'organizer' }, owner.token);
    expect(invited.status).toBe(201);
    expect(invited.body.status).toBe('invited');

    const [mail] = await t.smtp.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)));
    const message = t.smtp.to(email)[0] ?? mail;
    const token = /gsi_[A-Za-z0-9_-]+/.exec(message.parsed.text ?? '')?.[0];
    expect(token).toBeDefined();

    const { weak, accepted } = await acceptInvitation(t, '/invitations/accept', {
      token,
      name: 'New Person',
      password: 'a-long-enough-passphrase',
    });
    expect([weak.status, weak.body.errors[0].path]).toEqual([400, 'password']);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ campaignId: c.id, role: 'organizer' });
    expect(
      (await t.http.post('/invitations/accept', { token, name: 'Again', password: 'a-long-enough-passphrase' })).status,
    ).toBe(400);

    const login = await t.http.post('/auth/login', { email, password: 'a-long-enough-passphrase' });
    expect((await t.http.get(`/campaigns/${c.id}`, login.body.token)).status).toBe(200);
    const members = await t.http.get(`/campaigns/${c.id}/members`, owner.token);
    expect(members.body.items.map((m: { email: string; role: string }) => [m.email, m.role])).toContainEqual([
      email,
      'organizer',
    ]);
  });

  it('should record every admin write in the audit log, readable by admins only', async () => {
    const c = await createCampaign(t, owner.token);
    const viewer = await addMember(t, owner, c.id, 'viewer');
    await t.http.patch(`/campaigns/${c.id}`, { summary: 'Updated' }, owner.token);

    const log = await t.http.get(`/campaigns/${c.id}/audit?limit=2`, owner.token);
    expect(log.status).toBe(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['campaign.updated', 'member.added']);
    expect(log.body.items[0]).toMatchObject({ actorId: owner.id, entityType: 'campaign', entityId: c.id });
    expect(JSON.stringify(log.body)).not.toContain(viewer.email);

    const next = await t.http.get(`/campaigns/${c.id}/audit?limit=2&cursor=${log.body.nextCursor}`, owner.token);
    expect(next.body.items.map((e: { action: string }) => e.action)).toEqual(['campaign.created']);
    expect(next.body.nextCursor).toBeNull();

    expect((await t.http.get(`/campaigns/${c.id}/audit`, viewer.token)).status).toBe(403);
    expect((await t.http.get(`/campaigns/${c.id}/audit?limit=500`, owner.token)).body.errors[0].path).toBe('limit');
  });
});
