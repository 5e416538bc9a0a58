import { startApp, type TestApp } from '../support/app.js';
import {
  acceptInvitation,
  createCampaign,
  createOrganizer,
  type OrganizerFixture,
  unique,
} from '../support/factories.js';

/** The invitation email opens the console's acceptance screen, which posts to /auth/invitations/*. */
describe('accepting an invitation', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  beforeAll(async () => {
    t = await startApp();
    owner = await createOrganizer(t);
  });
  afterAll(() => t.close());

  async function invite(campaignId: string, email: string) {
    const res = await t.http.post(`/campaigns/${campaignId}/members`, { email, role: 'organizer' }, owner.token);
    expect(res.body.status).toBe('invited');
    await t.smtp.waitFor(() => t.smtp.to(email).length > 0);
    const text = t.smtp.to(email)[0].parsed.text ?? '';
    const link = /https?:\/\/\S+\/admin\/invitations\/accept\?token=(gsi_[A-Za-z0-9_-]+)/.exec(text);
    expect(link).not.toBeNull();
    return link![1];
  }

  it('should link the email to the console screen, create the account, join and sign in with a cookie', async () => {
    const c = await createCampaign(t, owner.token);
    const email = `${unique('invitee')}@example.org`;
    const token = await invite(c.id, email);

    const { weak, accepted: res } = await acceptInvitation(t, '/auth/invitations/accept', {
      token,
      name: 'New Person',
      password: 'long-passphrase-1',
    });
    expect([weak.status, weak.body.errors[0].path]).toEqual([400, 'password']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      organizer: { email, name: 'New Person' },
      campaignId: c.id,
      role: 'organizer',
      csrfToken: expect.any(String),
    });
    const cookie = /gs_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
    const viaCookie = await t.http.request('GET', `/campaigns/${c.id}`, { headers: { cookie } });
    expect(viaCookie.status).toBe(200);

    const again = await t.http.post('/auth/invitations/accept', { token, name: 'X', password: 'long-passphrase-1' });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].path).toBe('token');
  });

  it('should let an organizer who already has an account join with the invitation while signed in', async () => {
    const c = await createCampaign(t, owner.token);
    const email = `${unique('later')}@example.org`;
    const token = await invite(c.id, email);
    const person = await createOrganizer(t, { email }); // signed up after being invited

    const taken = await t.http.post('/auth/invitations/accept', { token, name: 'Dup', password: 'long-passphrase-1' });
    expect(taken.status).toBe(409);

    const stranger = await createOrganizer(t);
    expect((await t.http.post('/auth/invitations/join', { token }, stranger.token)).status).toBe(403);

    const joined = await t.http.post('/auth/invitations/join', { token }, person.token);
    expect(joined.status).toBe(200);
    expect(joined.body).toEqual({ campaignId: c.id, role: 'organizer' });
    expect((await t.http.get(`/campaigns/${c.id}`, person.token)).status).toBe(200);
    expect((await t.http.post('/auth/invitations/join', { token }, person.token)).status).toBe(400);
  });
});
