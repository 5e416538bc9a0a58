import type { TestApp } from '../support/app.js';
import {
  addMember,
  createCampaign,
  createEvent,
  DAY,
  isoIn,
  type OrganizerFixture,
  startWithCampaign,
  unique,
} from '../support/factories.js';
import { calendarAttachment, EVENTS_TEST_ENV, eventCounts, mailTo, rsvp, rsvpBody } from '../support/events.js';
import { mailSettled } from '../support/wait.js';

const ONLINE = 'https://meet.example.org/organizer-room-7';

/**
 * What organizers do to an event's people and notices beyond the RSVP flow: promote one person off
 * the waitlist (out of turn, and over capacity only when asked explicitly), and preview the notice
 * an edit would email before saving it. Real HTTP, PostgreSQL, Redis, worker and SMTP sink.
 */
describe('events: organizer promotion and change-notice preview', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, owner, campaign } = await startWithCampaign({ env: EVENTS_TEST_ENV }, { name: 'Organizer campaign' }));
  });
  afterAll(() => t.close());

  const eventPath = (eventId: string) => `/campaigns/${campaign.id}/events/${eventId}`;
  const promote = (eventId: string, rsvpId: string, body: Record<string, unknown> = {}, token = owner.token) =>
    t.http.post(`${eventPath(eventId)}/attendees/${rsvpId}/promote`, body, token);

  const counts = (eventId: string) => eventCounts(t, owner.token, campaign.id, eventId);

  /** RSVP id of each address, by the attendee list. */
  async function rsvpIds(eventId: string): Promise<Map<string, string>> {
    const list = await t.http.get(`${eventPath(eventId)}/attendees?limit=200`, owner.token);
    return new Map(list.body.items.map((a: { email: string; id: string }) => [a.email, a.id]));
  }

  /** Capacity 3, all taken by a party of two and one person; then `waiting` join the waitlist in order. */
  async function fullEvent(waiting: { email: string; guests?: number }[]) {
    const ev = await createEvent(t, owner.token, campaign.id, {
      capacity: 3,
      waitlistEnabled: true,
      maxGuests: 1,
      onlineUrl: ONLINE,
    });
    const pair = `${unique('pair')}@example.org`;
    const single = `${unique('single')}@example.org`;
    expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: pair, guests: 1 }))).body.status).toBe('confirmed');
    expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: single }))).body.status).toBe('confirmed');
    for (const w of waiting)
      expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody(w))).body.status).toBe('waitlisted');
    return { ev, pair, single };
  }

  describe('promoting one person from the waitlist', () => {
    it('should confirm a chosen person out of turn when their party fits, email them their place and audit it', async () => {
      const first = `${unique('first')}@example.org`; // a party of two, first in line
      const chosen = `${unique('chosen')}@example.org`;
      const { ev, single } = await fullEvent([{ email: first, guests: 1 }, { email: chosen }]);
      let ids = await rsvpIds(ev.id);
      // one seat frees up: the head of the line needs two, so nobody moves by themselves
      const removed = await t.http.post(
        `${eventPath(ev.id)}/attendees/${ids.get(single)}/cancel`,
        { notify: false },
        owner.token,
      );
      expect(removed.status).toBe(200);
      expect(await counts(ev.id)).toMatchObject({ seatsTaken: 2, seatsLeft: 1, waitlisted: 2 });

      const res = await promote(ev.id, ids.get(chosen)!);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: ids.get(chosen),
        email: chosen,
        status: 'confirmed',
        waitlistPosition: null,
      });
      expect(res.body.confirmedAt).toBeTruthy();
      expect(await counts(ev.id)).toMatchObject({ seatsTaken: 3, seatsLeft: 0, waitlisted: 1 });

      // the same mail an automatic promotion sends: the place, the online link, the calendar file
      const mail = await mailTo(t, chosen, 'A place opened up');
      expect(mail.parsed.subject).toBe(`A place opened up: you're going to ${ev.title}`);
      expect(mail.parsed.text).toContain(ONLINE);
      expect(calendarAttachment(mail)).toContain('BEGIN:VEVENT');

      ids = await rsvpIds(ev.id);
      const waitlist = await t.http.get(`${eventPath(ev.id)}/attendees?status=waitlisted`, owner.token);
      expect(
        waitlist.body.items.map((a: { email: string; waitlistPosition: number }) => [a.email, a.waitlistPosition]),
      ).toEqual([[first, 1]]);
      const audit = await t.http.get(`/campaigns/${campaign.id}/audit?entityType=event-rsvp&limit=200`, owner.token);
      const entry = audit.body.items.find(
        (a: { action: string; entityId: string }) =>
          a.action === 'event.attendee-promoted' && a.entityId === ids.get(chosen),
      );
      expect(entry).toBeTruthy();
      expect(entry.details).toMatchObject({ eventId: ev.id, overCapacity: false, seatsTaken: 3 });
    });

    it('should refuse a party that does not fit with 409 over-capacity, and promote it only when overCapacity is true', async () => {
      const party = `${unique('party')}@example.org`;
      const { ev } = await fullEvent([{ email: party, guests: 1 }]);
      const id = (await rsvpIds(ev.id)).get(party)!;

      const refused = await promote(ev.id, id, { overCapacity: false });
      expect(refused.status).toBe(409);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        type: 'urn:groundswell:problem:over-capacity',
        status: 409,
        seatsNeeded: 2,
        seatsLeft: 0,
        capacity: 3,
      });
      expect(refused.body.detail).toContain('overCapacity');
      expect(await counts(ev.id)).toMatchObject({ seatsTaken: 3, waitlisted: 1 });
      await mailSettled(t);
      expect(t.smtp.to(party).filter((m) => (m.parsed.subject ?? '').includes('A place opened up'))).toHaveLength(0);

      const forced = await promote(ev.id, id, { overCapacity: true });
      expect(forced.status).toBe(200);
      expect(forced.body.status).toBe('confirmed');
      expect(await counts(ev.id)).toMatchObject({ seatsTaken: 5, seatsLeft: 0, waitlisted: 0, confirmed: 3 });
      await mailTo(t, party, 'A place opened up');
      const audit = await t.http.get(`/campaigns/${campaign.id}/audit?entityType=event-rsvp&limit=200`, owner.token);
      expect(
        audit.body.items.find(
          (a: { action: string; entityId: string }) => a.action === 'event.attendee-promoted' && a.entityId === id,
        ).details,
      ).toMatchObject({ overCapacity: true, seatsTaken: 5 });

      // once confirmed, they are no longer on the waitlist
      const again = await promote(ev.id, id, { overCapacity: true });
      expect(again.status).toBe(409);
      expect(again.body.type).toBe('urn:groundswell:problem:not-waitlisted');
      // the event stays over capacity: newcomers still queue
      expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody())).body.status).toBe('waitlisted');
    });

    it('should give the last seat to only one of two promotions racing for it', async () => {
      const head = `${unique('head')}@example.org`;
      const racers = [`${unique('racer-a')}@example.org`, `${unique('racer-b')}@example.org`];
      const { ev, single } = await fullEvent([{ email: head, guests: 1 }, ...racers.map((email) => ({ email }))]);
      const ids = await rsvpIds(ev.id);
      await t.http.post(`${eventPath(ev.id)}/attendees/${ids.get(single)}/cancel`, { notify: false }, owner.token);

      const answers = await Promise.all(racers.map((r) => promote(ev.id, ids.get(r)!)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)!.body.type).toBe('urn:groundswell:problem:over-capacity');
      expect(await counts(ev.id)).toMatchObject({ seatsTaken: 3, seatsLeft: 0, waitlisted: 2 });
    });

    it('should answer 404 for an RSVP of another event or campaign, 409 for a confirmed one, and let only owners, admins and the event staff promote', async () => {
      const waiting = `${unique('waiting')}@example.org`;
      const { ev, pair } = await fullEvent([{ email: waiting }]);
      const ids = await rsvpIds(ev.id);
      const other = await fullEvent([]);
      const otherCampaign = await createCampaign(t, owner.token, { name: 'Another campaign' });

      expect((await promote(other.ev.id, ids.get(waiting)!)).status).toBe(404);
      expect((await promote(ev.id, '0190f0a0-0000-7000-8000-00000000abcd')).status).toBe(404);
      const crossCampaign = await t.http.post(
        `/campaigns/${otherCampaign.id}/events/${ev.id}/attendees/${ids.get(waiting)}/promote`,
        {},
        owner.token,
      );
      expect(crossCampaign.status).toBe(404);
      const confirmed = await promote(ev.id, ids.get(pair)!);
      expect(confirmed.status).toBe(409);
      expect(confirmed.body.type).toBe('urn:groundswell:problem:not-waitlisted');
      expect((await promote(ev.id, ids.get(waiting)!, { overCapacity: 'yes' })).status).toBe(400);

      const viewer = await addMember(t, owner, campaign.id, 'viewer');
      expect((await promote(ev.id, ids.get(waiting)!, { overCapacity: true }, viewer.token)).status).toBe(403);
      const organizer = await addMember(t, owner, campaign.id, 'organizer');
      expect((await promote(ev.id, ids.get(waiting)!, { overCapacity: true }, organizer.token)).status).toBe(403);
      await t.http.post(`${eventPath(ev.id)}/staff`, { organizerId: organizer.id }, owner.token);
      const byStaff = await promote(ev.id, ids.get(waiting)!, { overCapacity: true }, organizer.token);
      expect(byStaff.status).toBe(200);
      expect(byStaff.body.status).toBe('confirmed');
    });

    it('should refuse to promote anyone once the event is cancelled', async () => {
      const waiting = `${unique('late')}@example.org`;
      const { ev } = await fullEvent([{ email: waiting }]);
      const id = (await rsvpIds(ev.id)).get(waiting)!;
      await t.http.post(`${eventPath(ev.id)}/cancel`, { reason: 'Storm warning' }, owner.token);
      const res = await promote(ev.id, id, { overCapacity: true });
      expect(res.status).toBe(409);
      expect(res.body.type).toBe('urn:groundswell:problem:event-cancelled');
    });
  });

  describe('previewing the change notice of an edit', () => {
    it('should render the notice in each language with its recipients, saving and sending nothing, and send that notice on save', async () => {
      const ev = await createEvent(t, owner.token, campaign.id, {
        title: `Moving vigil ${unique('mv')}`,
        capacity: 1,
        waitlistEnabled: true,
        onlineUrl: ONLINE,
      });
      const going = `${unique('going')}@example.org`;
      const waiting = `${unique('waiting')}@example.org`;
      await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: going }));
      await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: waiting }));
      const change = { location: { name: 'Trafalgar Square', locality: 'London' } };

      const res = await t.http.post(`${eventPath(ev.id)}/change-preview`, change, owner.token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ notify: true, recipients: 2, changes: ['place'] });
      expect(res.body.items.map((p: { locale: string; dir: string }) => [p.locale, p.dir])).toEqual([
        ['en', 'ltr'],
        ['ar', 'rtl'],
      ]);
      const [en, ar] = res.body.items;
      expect(en).toMatchObject({ template: 'event.changed', subject: `Updated details: ${ev.title}` });
      expect(en.text).toContain('Trafalgar Square');
      expect(en.text).toContain('Previously: Parliament Square'); // what it was
      expect(en.text).toContain(ONLINE); // as a confirmed attendee reads it
      expect(ar.subject).toBe(`تفاصيل محدثة: ${ev.title}`);
      expect(ar.html).toContain('Trafalgar Square');

      // nothing saved, nothing sent
      const unchanged = await t.http.get(eventPath(ev.id), owner.token);
      expect(unchanged.body).toMatchObject({ sequence: 0, location: { name: 'Parliament Square' } });
      await mailSettled(t);
      expect(t.smtp.to(going).filter((m) => (m.parsed.subject ?? '').startsWith('Updated details'))).toHaveLength(0);

      // the save sends what the preview showed
      expect((await t.http.patch(eventPath(ev.id), change, owner.token)).status).toBe(200);
      const sent = await mailTo(t, going, 'Updated details');
      expect(sent.parsed.subject).toBe(en.subject);
      expect(sent.parsed.text).toContain('Previously: Parliament Square');
      await mailTo(t, waiting, 'Updated details');
    });

    it('should say when an edit sends no notice: nothing about time or place changes, or nobody RSVPed', async () => {
      const ev = await createEvent(t, owner.token, campaign.id);
      const empty = await t.http.post(
        `${eventPath(ev.id)}/change-preview`,
        { startsAt: isoIn(12 * DAY), endsAt: isoIn(12 * DAY + 3600_000) },
        owner.token,
      );
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ notify: false, recipients: 0, changes: [], items: [] });

      await rsvp(t, campaign.slug, ev.slug, rsvpBody());
      const retitled = await t.http.post(`${eventPath(ev.id)}/change-preview`, { title: 'Renamed rally' }, owner.token);
      expect(retitled.body).toEqual({ notify: false, recipients: 0, changes: [], items: [] });

      const moved = await t.http.post(
        `${eventPath(ev.id)}/change-preview`,
        { startsAt: isoIn(12 * DAY), endsAt: isoIn(12 * DAY + 3600_000) },
        owner.token,
      );
      expect(moved.body).toMatchObject({ notify: true, recipients: 1, changes: ['time'] });
      expect(moved.body.items[0].subject).toBe(`New time: ${ev.title}`);
      expect(moved.body.items[0].text).toContain('Previously:');
    });

    it('should refuse what the edit would refuse, with the same problems', async () => {
      const ev = await createEvent(t, owner.token, campaign.id);
      const backwards = await t.http.post(
        `${eventPath(ev.id)}/change-preview`,
        { startsAt: isoIn(12 * DAY), endsAt: isoIn(11 * DAY) },
        owner.token,
      );
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors.map((e: { path: string }) => e.path)).toContain('endsAt');
      expect((await t.http.post(`${eventPath(ev.id)}/change-preview`, {}, owner.token)).status).toBe(400);
      expect((await t.http.post(`${eventPath(ev.id)}/change-preview`, { colour: 'red' }, owner.token)).status).toBe(
        400,
      );
      const viewer = await addMember(t, owner, campaign.id, 'viewer');
      expect((await t.http.post(`${eventPath(ev.id)}/change-preview`, { title: 'x' }, viewer.token)).status).toBe(403);

      await t.http.post(`${eventPath(ev.id)}/cancel`, { reason: 'Called off' }, owner.token);
      const cancelled = await t.http.post(`${eventPath(ev.id)}/change-preview`, { title: 'Back on' }, owner.token);
      expect(cancelled.status).toBe(409);
      expect(cancelled.body.type).toBe('urn:groundswell:problem:event-cancelled');
    });
  });
});
