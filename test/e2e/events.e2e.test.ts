import { type TestApp } from '../support/app.js';
import {
  addMember,
  createCampaign,
  createEvent,
  createOrganizer,
  DAY,
  isoIn,
  type OrganizerFixture,
  unique,
  startWithCampaign,
} from '../support/factories.js';
import { assertWellFormedIcs, EVENTS_TEST_ENV, parseIcs, rsvp, rsvpBody } from '../support/events.js';
import { exportLines } from '../support/csv.js';

const ONLINE = 'https://meet.example.org/secret-room-4711';

describe('events: organizer API, public pages, calendars and attendee privacy', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, owner, campaign } = await startWithCampaign({ env: EVENTS_TEST_ENV }, { name: 'Events, campaign; test' }));
  });
  afterAll(() => t.close());

  describe('organizer CRUD', () => {
    it('should store the instant and echo the wall time when the start is given as local time in the event zone', async () => {
      const ev = await createEvent(t, owner.token, campaign.id, {
        startsAt: '2027-06-01T18:30',
        endsAt: '2027-06-01T20:00',
        timeZone: 'America/Los_Angeles',
      });
      expect(ev.startsAt).toBe('2027-06-02T01:30:00.000Z');
      expect(ev.localStart).toBe('2027-06-01T18:30:00');
      expect(ev.utcOffset).toBe('-07:00');
      expect(ev.zoneAbbreviation).toBe('PDT');
      expect(ev.status).toBe('scheduled');
      expect(ev.sequence).toBe(0);
    });

    it('should refuse a wall time the clocks skip when the start falls in the spring-forward gap', async () => {
      const res = await t.http.post(
        `/campaigns/${campaign.id}/events`,
        {
          title: 'Gap',
          startsAt: '2027-03-28T01:30',
          endsAt: '2027-03-28T03:00',
          timeZone: 'Europe/London',
          location: { name: 'Somewhere' },
        },
        owner.token,
      );
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ path: 'startsAt', code: 'nonexistent-local-time' });
    });

    it('should answer 400 naming the field when the end is before the start, the zone is unknown or there is no place', async () => {
      const base = {
        title: 'Bad',
        startsAt: isoIn(DAY),
        endsAt: isoIn(2 * DAY),
        timeZone: 'Europe/London',
        location: { name: 'Here' },
      };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, endsAt: isoIn(DAY / 2) }, 'endsAt'],
        [{ ...base, timeZone: 'Mars/Olympus' }, 'timeZone'],
        [{ ...base, location: undefined }, 'location'],
        [{ ...base, capacity: 0 }, 'capacity'],
        [{ ...base, onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
        [{ ...base, surprise: true }, 'surprise'],
      ];
      for (const [body, field] of cases) {
        const res = await t.http.post(`/campaigns/${campaign.id}/events`, body, owner.token);
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
      }
    });

    it('should forbid viewers to create events and audit every organizer write', async () => {
      const viewer = await addMember(t, owner, campaign.id, 'viewer');
      const res = await t.http.post(
        `/campaigns/${campaign.id}/events`,
        { title: 'x', startsAt: isoIn(DAY), endsAt: isoIn(2 * DAY), timeZone: 'UTC', location: { name: 'x' } },
        viewer.token,
      );
      expect(res.status).toBe(403);
      const ev = await createEvent(t, owner.token, campaign.id);
      await t.http.patch(`/campaigns/${campaign.id}/events/${ev.id}`, { title: 'Renamed rally' }, owner.token);
      await t.http.post(`/campaigns/${campaign.id}/events/${ev.id}/cancel`, { reason: 'Rain' }, owner.token);
      const audit = await t.http.get(`/campaigns/${campaign.id}/audit?entityType=event&limit=200`, owner.token);
      expect(audit.status).toBe(200);
      const actions = audit.body.items
        .filter((a: { entityId: string }) => a.entityId === ev.id)
        .map((a: { action: string }) => a.action);
      expect(actions.sort()).toEqual(['event.cancelled', 'event.created', 'event.updated']);
    });

    it('should increment SEQUENCE on each change and keep the wall time when only the zone is corrected', async () => {
      const ev = await createEvent(t, owner.token, campaign.id, {
        startsAt: '2027-05-10T10:00',
        endsAt: '2027-05-10T12:00',
        timeZone: 'Europe/London',
      });
      const a = await t.http.patch(
        `/campaigns/${campaign.id}/events/${ev.id}`,
        { description: 'New description' },
        owner.token,
      );
      expect(a.body.sequence).toBe(1);
      const b = await t.http.patch(
        `/campaigns/${campaign.id}/events/${ev.id}`,
        { timeZone: 'Europe/Berlin' },
        owner.token,
      );
      expect(b.status).toBe(200);
      expect(b.body.sequence).toBe(2);
      expect(b.body.localStart).toBe('2027-05-10T10:00:00');
      expect(b.body.startsAt).toBe('2027-05-10T08:00:00.000Z');
      const same = await t.http.patch(
        `/campaigns/${campaign.id}/events/${ev.id}`,
        { description: 'New description' },
        owner.token,
      );
      expect(same.body.sequence).toBe(2);
    });

    it('should refuse changes to a cancelled event and keep cancelling idempotent', async () => {
      const ev = await createEvent(t, owner.token, campaign.id);
      const c1 = await t.http.post(
        `/campaigns/${campaign.id}/events/${ev.id}/cancel`,
        { reason: 'Permit withdrawn' },
        owner.token,
      );
      expect(c1.status).toBe(200);
      expect(c1.body).toMatchObject({ status: 'cancelled', cancelReason: 'Permit withdrawn', sequence: 1 });
      const c2 = await t.http.post(
        `/campaigns/${campaign.id}/events/${ev.id}/cancel`,
        { reason: 'again' },
        owner.token,
      );
      expect(c2.body.sequence).toBe(1);
      const p = await t.http.patch(`/campaigns/${campaign.id}/events/${ev.id}`, { title: 'x' }, owner.token);
      expect(p.status).toBe(409);
    });
  });

  describe('public API', () => {
    let pub: { id: string; slug: string };
    let unlisted: { id: string; slug: string };
    let priv: { id: string; slug: string };

    beforeAll(async () => {
      pub = await createEvent(t, owner.token, campaign.id, {
        title: 'Public rally',
        onlineUrl: ONLINE,
        startsAt: isoIn(3 * DAY),
        endsAt: isoIn(3 * DAY + 3600_000),
        capacity: 50,
      });
      unlisted = await createEvent(t, owner.token, campaign.id, {
        title: 'Unlisted vigil',
        visibility: 'unlisted',
        onlineUrl: ONLINE,
      });
      priv = await createEvent(t, owner.token, campaign.id, {
        title: 'Private planning meeting',
        visibility: 'private',
        onlineUrl: ONLINE,
      });
    });

    it('should list only upcoming public events, soonest first, without the online link', async () => {
      const res = await t.http.get(`/public/campaigns/${campaign.slug}/events`);
      expect(res.status).toBe(200);
      const slugs = res.body.items.map((e: { slug: string }) => e.slug);
      expect(slugs).toContain(pub.slug);
      expect(slugs).not.toContain(unlisted.slug);
      expect(slugs).not.toContain(priv.slug);
      expect(res.text).not.toContain(ONLINE);
      const item = res.body.items.find((e: { slug: string }) => e.slug === pub.slug);
      expect(item).toMatchObject({ online: true, seatsLeft: 50, rsvpOpen: true, status: 'scheduled' });
      expect(item.localStartText).toMatch(/\((GMT|BST), Europe\/London\)/);
      const starts = res.body.items.map((e: { startsAt: string }) => e.startsAt);
      expect([...starts].sort()).toEqual(starts);
    });

    it('should page through the public list with a cursor', async () => {
      const first = await t.http.get(`/public/campaigns/${campaign.slug}/events?limit=1`);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toBeTruthy();
      const second = await t.http.get(
        `/public/campaigns/${campaign.slug}/events?limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items[0]?.slug).not.toBe(first.body.items[0].slug);
    });

    it('should show an unlisted event by its link but a private one only with its signed invitation link', async () => {
      expect((await t.http.get(`/public/campaigns/${campaign.slug}/events/${unlisted.slug}`)).status).toBe(200);
      expect((await t.http.get(`/public/campaigns/${campaign.slug}/events/${priv.slug}`)).status).toBe(404);
      expect(
        (await t.http.get(`/public/campaigns/${campaign.slug}/events/${priv.slug}?access=forged.token`)).status,
      ).toBe(404);
      const link = await t.http.get(`/campaigns/${campaign.id}/events/${priv.id}/invite-link`, owner.token);
      expect(link.status).toBe(200);
      // The invitation link opens the event's page; the same access token opens its JSON resource.
      const url = new URL(link.body.url);
      expect(url.pathname).toBe(`/c/${campaign.slug}/events/${priv.slug}`);
      const page = await t.http.get(`${url.pathname}${url.search}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Private planning meeting');
      expect(page.text).not.toContain(ONLINE);
      const res = await t.http.get(`/public/campaigns/${campaign.slug}/events/${priv.slug}${url.search}`);
      expect(res.status).toBe(200);
      expect(res.body.title).toBe('Private planning meeting');
      expect(res.text).not.toContain(ONLINE);
      // an access token of one private event does not open another
      const priv2 = await createEvent(t, owner.token, campaign.id, {
        title: 'Another private one',
        visibility: 'private',
      });
      const other = await t.http.get(
        `/public/campaigns/${campaign.slug}/events/${priv2.slug}?access=${encodeURIComponent(link.body.access)}`,
      );
      expect(other.status).toBe(404);
      const rsvpNoAccess = await rsvp(t, campaign.slug, priv.slug, rsvpBody());
      expect(rsvpNoAccess.status).toBe(404);
      const rsvpWithAccess = await rsvp(t, campaign.slug, priv.slug, rsvpBody(), { access: link.body.access });
      expect(rsvpWithAccess.status).toBe(200);
    });

    it('should never put the online link in any public JSON or public calendar', async () => {
      const texts = [
        (await t.http.get(`/public/campaigns/${campaign.slug}/events/${pub.slug}`)).text,
        (await t.http.get(`/public/campaigns/${campaign.slug}/events/${pub.slug}/calendar.ics`)).text,
        (await t.http.get(`/public/campaigns/${campaign.slug}/events.ics`)).text,
      ];
      for (const text of texts) expect(text).not.toContain('secret-room');
    });

    it('should answer 404 for an unknown event or campaign', async () => {
      expect((await t.http.get(`/public/campaigns/${campaign.slug}/events/no-such-event`)).status).toBe(404);
      expect((await t.http.get(`/public/campaigns/no-such-campaign-x/events`)).status).toBe(404);
    });
  });

  describe('calendars', () => {
    it('should serve a valid RFC 5545 file per event with a stable UID and the start in the event zone', async () => {
      const ev = await createEvent(t, owner.token, campaign.id, {
        title: 'Vigil; candles, \\ and songs',
        startsAt: '2027-03-29T10:00',
        endsAt: '2027-03-29T12:00',
        timeZone: 'Europe/London',
      });
      const res = await t.http.get(`/public/campaigns/${campaign.slug}/events/${ev.slug}/calendar.ics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
      assertWellFormedIcs(res.text);
      expect(res.text).toContain('DTSTART;TZID=Europe/London:20270329T100000');
      const cal = parseIcs(res.text);
      expect(cal.events).toHaveLength(1);
      const host = new URL(t.config.get('PUBLIC_URL')).hostname;
      expect(cal.events[0].uid).toBe(`${ev.id}@${host}`);
      expect(cal.events[0].summary).toBe('Vigil; candles, \\ and songs');
      expect(cal.events[0].startDate.toJSDate().toISOString()).toBe('2027-03-29T09:00:00.000Z');
      expect(cal.events[0].sequence).toBe(0);
      expect(cal.comp.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')).toBeTruthy();
    });

    it('should keep the UID, raise SEQUENCE and mark STATUS:CANCELLED when the event changes and is cancelled', async () => {
      const ev = await createEvent(t, owner.token, campaign.id, { title: 'Sit-in' });
      const path = `/public/campaigns/${campaign.slug}/events/${ev.slug}/calendar.ics`;
      const before = parseIcs((await t.http.get(path)).text).events[0];
      await t.http.patch(
        `/campaigns/${campaign.id}/events/${ev.id}`,
        { startsAt: isoIn(11 * DAY), endsAt: isoIn(11 * DAY + 3600_000) },
        owner.token,
      );
      const moved = parseIcs((await t.http.get(path)).text).events[0];
      expect(moved.uid).toBe(before.uid);
      expect(moved.sequence).toBe(before.sequence + 1);
      await t.http.post(`/campaigns/${campaign.id}/events/${ev.id}/cancel`, { reason: 'Storm warning' }, owner.token);
      const text = (await t.http.get(path)).text;
      const cancelled = parseIcs(text);
      expect(cancelled.events[0].uid).toBe(before.uid);
      expect(cancelled.events[0].sequence).toBe(before.sequence + 2);
      expect(cancelled.comp.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
      // the campaign feed carries the cancellation too, so subscribers' calendars drop the event
      const feed = (await t.http.get(`/public/campaigns/${campaign.slug}/events.ics`)).text;
      const entry = parseIcs(feed)
        .comp.getAllSubcomponents('vevent')
        .find((v) => v.getFirstPropertyValue('uid') === before.uid);
      expect(entry?.getFirstPropertyValue('status')).toBe('CANCELLED');
    });

    it('should serve the campaign feed with one VTIMEZONE per zone and every public event resolvable', async () => {
      const other = await createCampaign(t, owner.token);
      const a = await createEvent(t, owner.token, other.id, {
        title: 'London',
        startsAt: '2027-07-01T10:00',
        endsAt: '2027-07-01T11:00',
        timeZone: 'Europe/London',
      });
      const b = await createEvent(t, owner.token, other.id, {
        title: 'Redmond',
        startsAt: '2027-07-02T12:00',
        endsAt: '2027-07-02T14:00',
        timeZone: 'America/Los_Angeles',
      });
      await createEvent(t, owner.token, other.id, { title: 'Hidden', visibility: 'unlisted' });
      const res = await t.http.get(`/public/campaigns/${other.slug}/events.ics`);
      assertWellFormedIcs(res.text);
      const cal = parseIcs(res.text);
      expect(cal.events.map((e) => e.summary).sort()).toEqual(['London', 'Redmond']);
      const zones = cal.comp.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
      expect(zones.sort()).toEqual(['America/Los_Angeles', 'Europe/London']);
      const starts = Object.fromEntries(
        cal.events.map((e) => [e.uid.split('@')[0], e.startDate.toJSDate().toISOString()]),
      );
      expect(starts[a.id]).toBe('2027-07-01T09:00:00.000Z');
      expect(starts[b.id]).toBe('2027-07-02T19:00:00.000Z');
    });
  });

  describe('attendee privacy', () => {
    let ev: { id: string; slug: string };
    let other: { id: string; slug: string };
    let email: string;

    beforeAll(async () => {
      ev = await createEvent(t, owner.token, campaign.id, { title: 'Private attendees' });
      other = await createEvent(t, owner.token, campaign.id, { title: 'Another event' });
      email = `${unique('person')}@example.org`;
      const r = await rsvp(
        t,
        campaign.slug,
        ev.slug,
        rsvpBody({ email, firstName: '=HYPERLINK("x")', lastName: 'Nasser' }),
      );
      expect(r.status).toBe(200);
    });

    it('should show attendees with their email to owners and admins', async () => {
      const admin = await addMember(t, owner, campaign.id, 'admin');
      for (const who of [owner, admin]) {
        const res = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees`, who.token);
        expect(res.status).toBe(200);
        expect(res.body.items).toHaveLength(1);
        expect(res.body.items[0]).toMatchObject({ email, lastName: 'Nasser', status: 'confirmed', guests: 0 });
      }
    });

    it('should refuse attendees to viewers and organizers not assigned to the event, without revealing anyone', async () => {
      const viewer = await addMember(t, owner, campaign.id, 'viewer');
      const organizer = await addMember(t, owner, campaign.id, 'organizer');
      for (const who of [viewer, organizer]) {
        for (const path of ['attendees', 'attendees.csv']) {
          const res = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/${path}`, who.token);
          expect(res.status).toBe(403);
          expect(res.text).not.toContain(email);
        }
      }
      // they still see the event and its counts, which hold no personal data
      const view = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}`, viewer.token);
      expect(view.status).toBe(200);
      expect(view.body.counts.confirmed).toBe(1);
      expect(view.text).not.toContain(email);
    });

    it("should let an organizer assigned to one event see that event's attendees only", async () => {
      const staff = await addMember(t, owner, campaign.id, 'organizer');
      const assign = await t.http.post(
        `/campaigns/${campaign.id}/events/${ev.id}/staff`,
        { organizerId: staff.id },
        owner.token,
      );
      expect(assign.status).toBe(201);
      const mine = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees`, staff.token);
      expect(mine.status).toBe(200);
      expect(mine.body.items[0].email).toBe(email);
      expect((await t.http.get(`/campaigns/${campaign.id}/events/${other.id}/attendees`, staff.token)).status).toBe(
        403,
      );
      // only admins assign staff
      expect(
        (
          await t.http.post(
            `/campaigns/${campaign.id}/events/${other.id}/staff`,
            { organizerId: staff.id },
            staff.token,
          )
        ).status,
      ).toBe(403);
      // and removing the assignment removes the access
      expect(
        (await t.http.delete(`/campaigns/${campaign.id}/events/${ev.id}/staff/${staff.id}`, owner.token)).status,
      ).toBe(200);
      expect((await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees`, staff.token)).status).toBe(403);
    });

    it('should check attendees in and export them as CSV with formula-looking names neutralised', async () => {
      const list = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees`, owner.token);
      const rsvpId = list.body.items[0].id;
      const checked = await t.http.post(
        `/campaigns/${campaign.id}/events/${ev.id}/attendees/${rsvpId}/check-in`,
        { attendance: 'attended' },
        owner.token,
      );
      expect(checked.status).toBe(200);
      expect(checked.body.attendance).toBe('attended');
      expect(checked.body.checkedInAt).toBeTruthy();
      const view = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}`, owner.token);
      expect(view.body.counts.attended).toBe(1);
      const csv = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees.csv`, owner.token);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const { notice, lines } = exportLines(csv.text);
      expect(notice).toContain('— personal data of 1 person');
      expect(lines[0]).toContain('email');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(email);
      expect(lines[1]).toContain('attended');
      expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    });

    it('should not reveal attendees of one campaign to an admin of another', async () => {
      const stranger = await createOrganizer(t);
      await createCampaign(t, stranger.token);
      const res = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees`, stranger.token);
      expect(res.status).toBe(404);
    });
  });
});
