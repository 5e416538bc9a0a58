import type { TestApp } from '../support/app.js';
import { rsvp, rsvpBody } from '../support/events.js';
import { addMember, createEvent, type OrganizerFixture, startWithCampaign, unique } from '../support/factories.js';

/**
 * The API operations the console's operations screens added: the cancellation notice previewed
 * without sending, a broadcast test that only ever goes to the caller's own address, and the
 * audit log read per member.
 */
describe('console operations API', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, owner, campaign } = await startWithCampaign());
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should render the cancellation notice in each language and send nothing, leaving the event scheduled', async () => {
    const event = await createEvent(t, owner.token, campaign.id, { title: 'Teach-in' });
    const attendee = rsvpBody();
    expect((await rsvp(t, campaign.slug, event.slug, attendee)).status).toBeLessThan(300);
    const reason = `Venue closed ${unique('r')}`;
    const res = await t.http.post(
      `/campaigns/${campaign.id}/events/${event.id}/cancel-preview`,
      { reason },
      owner.token,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { locale: string }) => p.locale)).toEqual(['en', 'ar']);
    expect(res.body.items[0]).toMatchObject({ subject: 'Cancelled: Teach-in', dir: 'ltr' });
    expect(res.body.items[0].html).toContain(reason);
    expect(res.body.items[1]).toMatchObject({ subject: 'أُلغي: Teach-in', dir: 'rtl' });

    const empty = await t.http.post(
      `/campaigns/${campaign.id}/events/${event.id}/cancel-preview`,
      { reason: '' },
      owner.token,
    );
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.errors)).toContain('reason');

    const after = await t.http.get(`/campaigns/${campaign.id}/events/${event.id}`, owner.token);
    expect(after.body.status).toBe('scheduled');
    expect(t.smtp.messages.filter((m) => m.parsed.subject === 'Cancelled: Teach-in')).toHaveLength(0);
  });

  it("should send a broadcast test only to the caller's own address, refusing viewers", async () => {
    const organizer = await addMember(t, owner, campaign.id, 'organizer');
    const viewer = await addMember(t, owner, campaign.id, 'viewer');
    const subject = `Test ${unique('s')}`;
    const created = await t.http.post(
      `/campaigns/${campaign.id}/broadcasts`,
      {
        template: 'campaign.update',
        name: 'Test me',
        subject,
        body: 'Hello.',
        filter: { purpose: 'updates' },
      },
      owner.token,
    );
    expect(created.status).toBe(201);
    const path = `/campaigns/${campaign.id}/broadcasts/${created.body.broadcast.id}/test`;

    expect((await t.http.post(path, {}, viewer.token)).status).toBe(403);
    expect((await t.http.post(path, { to: 'someone@example.org' }, organizer.token)).status).toBe(400);
    const sent = await t.http.post(path, {}, organizer.token);
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ sentTo: organizer.email, locales: ['en', 'ar'] });
    await t.smtp.waitFor((all) => all.filter((m) => m.parsed.subject === subject).length === 2);
    const copies = t.smtp.messages.filter((m) => m.parsed.subject === subject);
    expect(copies.map((m) => m.envelopeTo)).toEqual([[organizer.email], [organizer.email]]);

    const broadcast = await t.http.get(
      `/campaigns/${campaign.id}/broadcasts/${created.body.broadcast.id}`,
      owner.token,
    );
    expect(broadcast.body).toMatchObject({ status: 'draft', progress: { total: 0 } });

    const audit = await t.http.get(
      `/campaigns/${campaign.id}/audit?actorId=${organizer.id}&action=broadcast.test-sent`,
      owner.token,
    );
    expect(audit.body.items).toHaveLength(1);
    const ownerOnly = await t.http.get(`/campaigns/${campaign.id}/audit?actorId=${owner.id}`, owner.token);
    expect(ownerOnly.body.items.length).toBeGreaterThan(0);
    expect(ownerOnly.body.items.every((a: { actorId: string }) => a.actorId === owner.id)).toBe(true);
    expect((await t.http.get(`/campaigns/${campaign.id}/audit?actorId=nope`, owner.token)).status).toBe(400);
  });
});
