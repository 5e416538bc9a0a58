import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, type OrganizerFixture } from '../support/factories.js';

/** Scoped API tokens: read-only or read-write, one campaign or all, enforced like roles. */
describe('API token scopes', () => {
  let t: TestApp;
  let org: OrganizerFixture;
  let a: { id: string };
  let b: { id: string };
  beforeAll(async () => {
    t = await startApp();
    org = await createOrganizer(t);
    a = await createCampaign(t, org.token);
    b = await createCampaign(t, org.token);
  });
  afterAll(() => t.close());

  const token = async (body: Record<string, unknown>) => {
    const res = await t.http.post('/auth/tokens', { name: 'scoped', ...body }, org.token);
    expect(res.status).toBe(201);
    return res.body as { token: string; access: string; campaignId: string | null };
  };

  it('should let a read-only token read and answer 403 to its writes', async () => {
    const ro = await token({ access: 'read' });
    expect(ro.access).toBe('read');
    expect((await t.http.get(`/campaigns/${a.id}`, ro.token)).status).toBe(200);
    expect((await t.http.get('/campaigns', ro.token)).status).toBe(200);
    const write = await t.http.patch(`/campaigns/${a.id}`, { summary: 'changed' }, ro.token);
    expect(write.status).toBe(403);
    expect(write.body.detail).toContain('read-only');
    expect((await t.http.get(`/campaigns/${a.id}`, org.token)).body.summary).not.toBe('changed');
  });

  it('should let a read-write token write where the roles allow', async () => {
    const rw = await token({});
    expect(rw.access).toBe('write');
    expect((await t.http.patch(`/campaigns/${a.id}`, { summary: 'by token' }, rw.token)).status).toBe(200);
  });

  it('should answer 404 for every other campaign to a campaign-scoped token', async () => {
    const scoped = await token({ campaignId: a.id });
    expect(scoped.campaignId).toBe(a.id);
    expect((await t.http.get(`/campaigns/${a.id}`, scoped.token)).status).toBe(200);
    expect((await t.http.get(`/campaigns/${b.id}`, scoped.token)).status).toBe(404);
    expect((await t.http.get(`/campaigns/${b.id}/members`, scoped.token)).status).toBe(404);
    // and it cannot list the organizer's other campaigns
    expect((await t.http.get('/campaigns', scoped.token)).status).toBe(403);
    expect((await t.http.get('/auth/me', scoped.token)).status).toBe(200);
  });

  it('should refuse to scope a token to a campaign the organizer is not a member of', async () => {
    const stranger = await createOrganizer(t);
    const res = await t.http.post('/auth/tokens', { name: 'x', campaignId: a.id }, stranger.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('campaignId');
  });

  it('should not let an API token create or revoke tokens', async () => {
    const rw = await token({});
    const res = await t.http.post('/auth/tokens', { name: 'from a token' }, rw.token);
    expect(res.status).toBe(403);
    const other = await token({});
    expect((await t.http.delete(`/auth/tokens/${(other as unknown as { id: string }).id}`, rw.token)).status).toBe(403);
  });
});
