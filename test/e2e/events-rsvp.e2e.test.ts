import { type TestApp, uniqueIp } from '../support/app.js';
import { createEvent, DAY, isoIn, type OrganizerFixture, unique, startWithCampaign } from '../support/factories.js';
import {
  assertWellFormedIcs,
  calendarAttachment,
  EVENTS_TEST_ENV,
  eventCounts,
  mailTo,
  parseIcs,
  rsvp,
  rsvpBody,
} from '../support/events.js';
import type { ReceivedMessage } from '../support/smtp-sink.js';
import { mailSettled } from '../support/wait.js';

const ONLINE = 'https://meet.example.org/rsvp-room-99';

function cancelLink(m: ReceivedMessage): string {
  const match = /https?:\/\/\S+\/public\/event-rsvps\/cancel\?token=[\w.-]+/.exec(m.parsed.text ?? '');
  if (!match) throw new Error(`no cancel link in: ${m.parsed.text}`);
  return match[0];
}

async function cancelThroughLink(t: TestApp, m: ReceivedMessage) {
  const url = new URL(cancelLink(m));
  return t.http.post('/public/event-rsvps/cancel', { token: url.searchParams.get('token') });
}

describe('events: RSVPs, capacity, waitlist and notifications', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, owner, campaign } = await startWithCampaign({ env: EVENTS_TEST_ENV }, { name: 'RSVP campaign' }));
  });
  afterAll(() => t.close());

  const counts = (eventId: string) => eventCounts(t, owner.token, campaign.id, eventId);

  it('should confirm an RSVP and email the details in local time with the online link, a calendar file and a cancel link', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Summer rally',
      startsAt: '2027-07-05T10:00',
      endsAt: '2027-07-05T12:00',
      timeZone: 'Europe/London',
      onlineUrl: ONLINE,
      maxGuests: 2,
    });
    const email = `${unique('yes')}@example.org`;
    const res = await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email, guests: 2 }));
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('confirmed');
    const m = await mailTo(t, email, "You're going");
    expect(m.parsed.text).toContain('Monday, 5 July 2027 at 10:00 (BST, Europe/London)');
    expect(m.parsed.text).toContain(ONLINE);
    expect(m.parsed.text).toContain('Hi Amal,');
    const ics = calendarAttachment(m);
    expect(ics).toBeTruthy();
    assertWellFormedIcs(ics!);
    const cal = parseIcs(ics!);
    expect(cal.events[0].startDate.toJSDate().toISOString()).toBe('2027-07-05T09:00:00.000Z');
    expect(cal.events[0].description).toContain(ONLINE);
    expect(cancelLink(m)).toBeTruthy();
    expect((await counts(ev.id)).seatsTaken).toBe(3);
  });

  it('should answer the same and keep one RSVP when the same address RSVPs again in another case', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { maxGuests: 3 });
    const email = `${unique('twice')}@example.org`;
    const first = await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const second = await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: email.toUpperCase(), guests: 3 }));
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    const c = await counts(ev.id);
    expect(c).toMatchObject({ confirmed: 1, seatsTaken: 1 });
  });

  it('should not reveal that an address is coming when someone submits it to a full event', async () => {
    const noWaitlist = await createEvent(t, owner.token, campaign.id, { capacity: 1 });
    const victim = `${unique('victim')}@example.org`;
    expect((await rsvp(t, campaign.slug, noWaitlist.slug, rsvpBody({ email: victim }))).body.status).toBe('confirmed');
    const probe = await rsvp(t, campaign.slug, noWaitlist.slug, rsvpBody({ email: victim }));
    const stranger = await rsvp(t, campaign.slug, noWaitlist.slug, rsvpBody());
    expect(probe.status).toBe(409);
    expect(probe.body.type).toBe(stranger.body.type);
    expect(probe.body.detail).toBe(stranger.body.detail);

    const withWaitlist = await createEvent(t, owner.token, campaign.id, { capacity: 1, waitlistEnabled: true });
    await rsvp(t, campaign.slug, withWaitlist.slug, rsvpBody({ email: victim }));
    const probe2 = await rsvp(t, campaign.slug, withWaitlist.slug, rsvpBody({ email: victim }));
    const stranger2 = await rsvp(t, campaign.slug, withWaitlist.slug, rsvpBody());
    expect(probe2.body).toEqual(stranger2.body);
    expect(probe2.body.status).toBe('waitlisted');
    // and the probe changed nothing: the victim keeps the seat
    expect(await counts(withWaitlist.id)).toMatchObject({ confirmed: 1, waitlisted: 1 });
  });

  it('should keep one RSVP and answer alike when the same new address RSVPs several times at once', async () => {
    const ev = await createEvent(t, owner.token, campaign.id);
    const email = `${unique('burst')}@example.org`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }))),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.body.status))).toEqual(new Set(['confirmed']));
    expect(await counts(ev.id)).toMatchObject({ confirmed: 1, seatsTaken: 1 });
  });

  it('should never exceed capacity when many people RSVP at the same moment, guests included', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { capacity: 7, maxGuests: 1 });
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        rsvp(t, campaign.slug, ev.slug, rsvpBody({ guests: i % 2 }), { ip: uniqueIp() }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const accepted = results.filter((r) => r.status === 200);
    expect(accepted.every((r) => r.body.status === 'confirmed')).toBe(true);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.type.endsWith('event-full'))).toBe(true);
    const c = await counts(ev.id);
    expect(c.seatsTaken).toBeLessThanOrEqual(7);
    expect(c.seatsTaken).toBeGreaterThanOrEqual(6); // a party of 2 may not fit the last seat
    expect(c.confirmed).toBe(accepted.length);
  });

  it('should put the overflow on the waitlist in arrival order when RSVPs race for the last seats', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { capacity: 4, waitlistEnabled: true });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => rsvp(t, campaign.slug, ev.slug, rsvpBody(), { ip: uniqueIp() })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.status === 'confirmed')).toHaveLength(4);
    expect(results.filter((r) => r.body.status === 'waitlisted')).toHaveLength(8);
    const list = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees?status=waitlisted`, owner.token);
    expect(
      list.body.items
        .map((a: { waitlistPosition: number }) => a.waitlistPosition)
        .sort((a: number, b: number) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await counts(ev.id)).toMatchObject({ seatsTaken: 4, waitlisted: 8, seatsLeft: 0 });
  });

  it('should promote the waitlist first in, first out when people cancel, never letting a small party overtake, and email the promoted', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Tiny room',
      capacity: 3,
      waitlistEnabled: true,
      maxGuests: 1,
      onlineUrl: ONLINE,
    });
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => `${unique(`fifo-${x}`)}@example.org`);
    expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: a, guests: 1 }))).body.status).toBe('confirmed'); // 2 seats
    expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: b }))).body.status).toBe('confirmed'); // 3 seats: full
    expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: c, guests: 1 }))).body.status).toBe('waitlisted'); // needs 2
    expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: d }))).body.status).toBe('waitlisted'); // needs 1

    const waitMail = await mailTo(t, c, "You're on the waitlist");
    expect(waitMail.parsed.text).not.toContain(ONLINE);
    expect(calendarAttachment(waitMail)).toBeNull();

    // b frees one seat: c (first in line) needs two, so nobody moves, and d does not jump ahead
    const bMail = await mailTo(t, b, "You're going");
    const cancelB = await cancelThroughLink(t, bMail);
    expect(cancelB.status).toBe(200);
    expect(cancelB.body.status).toBe('cancelled');
    expect(await counts(ev.id)).toMatchObject({ seatsTaken: 2, waitlisted: 2 });

    // a frees two more: c then d come in
    const aMail = await mailTo(t, a, "You're going");
    expect((await cancelThroughLink(t, aMail)).body.status).toBe('cancelled');
    expect(await counts(ev.id)).toMatchObject({ seatsTaken: 3, waitlisted: 0, confirmed: 2 });
    const promotedC = await mailTo(t, c, 'A place opened up');
    const promotedD = await mailTo(t, d, 'A place opened up');
    expect(promotedC.parsed.text).toContain(ONLINE);
    expect(calendarAttachment(promotedC)).toContain(ONLINE.slice(0, 40));
    expect(promotedD).toBeTruthy();
    // the cancellations were confirmed to a and b
    await mailTo(t, b, 'RSVP cancelled');
    // cancelling twice is harmless
    expect((await cancelThroughLink(t, aMail)).body.status).toBe('already-cancelled');
  });

  it('should show a confirmation page on the emailed link and cancel only on the button post', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { title: 'Page test' });
    const email = `${unique('page')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const m = await mailTo(t, email, "You're going");
    const link = new URL(cancelLink(m));
    const page = await t.http.get(`${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('<form method="post" action="/public/event-rsvps/cancel">');
    expect((await counts(ev.id)).confirmed).toBe(1); // the GET changed nothing
    const done = await t.http.request('POST', '/public/event-rsvps/cancel', {
      form: { token: link.searchParams.get('token')!, format: 'html' },
      headers: { accept: 'text/html' },
    });
    expect(done.status).toBe(200);
    expect(done.text).toContain('RSVP cancelled');
    expect((await counts(ev.id)).confirmed).toBe(0);
    const bad = await t.http.get('/public/event-rsvps/cancel?token=not-a-real-token');
    expect(bad.status).toBe(400);
  });

  it('should accept a plain HTML form post and answer with a page, or redirect to the thank-you URL when asked', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { maxGuests: 2 });
    const headers = { accept: 'text/html', 'x-forwarded-for': uniqueIp() };
    const page = await t.http.request('POST', `/public/campaigns/${campaign.slug}/events/${ev.slug}/rsvp`, {
      form: { email: `${unique('form')}@example.org`, firstName: 'Sami', guests: '2', website: '' },
      headers,
    });
    // Redirect-after-post to the event's thank-you page.
    expect(page.status).toBe(303);
    const location = page.headers.get('location')!;
    expect(location).toBe(`/c/${campaign.slug}/events/${ev.slug}/thanks?status=confirmed&locale=en`);
    const thanks = await t.http.request('GET', location, { headers });
    expect(thanks.status).toBe(200);
    expect(thanks.headers.get('content-type')).toMatch(/^text\/html/);
    expect(thanks.text).toContain('is confirmed');
    expect((await counts(ev.id)).seatsTaken).toBe(3);

    const settings = await t.http.patch(
      `/campaigns/${campaign.id}/supporters/settings`,
      { thankYouUrl: 'https://campaign.example.org/thanks' },
      owner.token,
    );
    expect(settings.status).toBe(200);
    const redirect = await t.http.request('POST', `/public/campaigns/${campaign.slug}/events/${ev.slug}/rsvp`, {
      form: { email: `${unique('form')}@example.org`, redirect: 'true' },
      headers: { accept: 'text/html', 'x-forwarded-for': uniqueIp() },
    });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe('https://campaign.example.org/thanks?rsvp=confirmed');
  });

  it('should store nothing and send nothing when the honeypot is filled, answering as usual', async () => {
    const ev = await createEvent(t, owner.token, campaign.id);
    const email = `${unique('bot')}@example.org`;
    const res = await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email, website: 'http://spam.example' }));
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('confirmed');
    expect((await counts(ev.id)).confirmed).toBe(0);
    await mailSettled(t);
    expect(t.smtp.to(email)).toHaveLength(0);
  });

  it('should refuse RSVPs with a clear problem when the deadline passed, the event is cancelled, or there are too many guests', async () => {
    const closed = await createEvent(t, owner.token, campaign.id, { rsvpDeadline: isoIn(-3600_000) });
    const r1 = await rsvp(t, campaign.slug, closed.slug, rsvpBody());
    expect(r1.status).toBe(409);
    expect(r1.body.type).toMatch(/rsvp-closed$/);

    const cancelled = await createEvent(t, owner.token, campaign.id);
    await t.http.post(`/campaigns/${campaign.id}/events/${cancelled.id}/cancel`, { reason: 'x' }, owner.token);
    const r2 = await rsvp(t, campaign.slug, cancelled.slug, rsvpBody());
    expect(r2.status).toBe(409);
    expect(r2.body.type).toMatch(/event-cancelled$/);

    const noGuests = await createEvent(t, owner.token, campaign.id);
    const r3 = await rsvp(t, campaign.slug, noGuests.slug, rsvpBody({ guests: 1 }));
    expect(r3.status).toBe(400);
    expect(r3.body.errors[0].path).toBe('guests');

    const r4 = await rsvp(t, campaign.slug, noGuests.slug, { ...rsvpBody(), email: 'not-an-email' });
    expect(r4.status).toBe(400);
    expect(r4.body.errors[0].path).toBe('email');
  });

  it('should rate limit RSVPs per client address', async () => {
    const ev = await createEvent(t, owner.token, campaign.id);
    const ip = uniqueIp();
    let limited = false;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await rsvp(t, campaign.slug, ev.slug, rsvpBody(), { ip });
      if (res.status === 429) {
        limited = true;
        expect(res.headers.get('retry-after')).toBeTruthy();
      } else expect(res.status).toBe(200);
    }
    expect(limited).toBe(true);
  });

  it('should tell everyone who RSVPed when the place changes, with a new calendar for confirmed attendees only', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Moving march',
      capacity: 1,
      waitlistEnabled: true,
      onlineUrl: ONLINE,
    });
    const going = `${unique('going')}@example.org`;
    const waiting = `${unique('waiting')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: going }));
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: waiting }));
    const res = await t.http.patch(
      `/campaigns/${campaign.id}/events/${ev.id}`,
      { location: { name: 'Trafalgar Square', locality: 'London' } },
      owner.token,
    );
    expect(res.status).toBe(200);
    const toGoing = await mailTo(t, going, 'Updated details');
    const toWaiting = await mailTo(t, waiting, 'Updated details');
    expect(toGoing.parsed.text).toContain('Trafalgar Square');
    expect(toGoing.parsed.text).toContain('Parliament Square'); // what it was
    expect(toGoing.parsed.text).toContain(ONLINE);
    const cal = parseIcs(calendarAttachment(toGoing)!);
    expect(cal.events[0].sequence).toBe(1);
    expect(cal.events[0].location).toContain('Trafalgar Square');
    expect(toWaiting.parsed.text).not.toContain(ONLINE);
    expect(calendarAttachment(toWaiting)).toBeNull();
  });

  it('should email the reason and a cancelled calendar entry to everyone who RSVPed when the event is cancelled', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { title: 'Doomed vigil' });
    const email = `${unique('doomed')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email, locale: 'ar' }));
    await t.http.post(
      `/campaigns/${campaign.id}/events/${ev.id}/cancel`,
      { reason: 'The permit was withdrawn <b>today</b>.' },
      owner.token,
    );
    const m = await mailTo(t, email, 'أُلغي: Doomed vigil');
    expect(m.parsed.html).toContain('dir="rtl"');
    expect(m.parsed.html).toContain('The permit was withdrawn &lt;b&gt;today&lt;/b&gt;.');
    expect(m.parsed.text).toContain('The permit was withdrawn <b>today</b>.');
    const cal = parseIcs(calendarAttachment(m)!);
    expect(cal.comp.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('should cancel an attendee from the organizer side and hand the seat to the waitlist', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { capacity: 1, waitlistEnabled: true });
    const first = `${unique('first')}@example.org`;
    const second = `${unique('second')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: first }));
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: second }));
    const list = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees?status=confirmed`, owner.token);
    const res = await t.http.post(
      `/campaigns/${campaign.id}/events/${ev.id}/attendees/${list.body.items[0].id}/cancel`,
      { notify: true },
      owner.token,
    );
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    await mailTo(t, first, 'RSVP cancelled');
    await mailTo(t, second, 'A place opened up');
    expect(await counts(ev.id)).toMatchObject({ confirmed: 1, waitlisted: 0 });
  });

  it('should promote the waitlist when the organizer adds seats', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { capacity: 1, waitlistEnabled: true });
    await rsvp(t, campaign.slug, ev.slug, rsvpBody());
    const waiting = `${unique('more-seats')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: waiting }));
    await t.http.patch(`/campaigns/${campaign.id}/events/${ev.id}`, { capacity: 5 }, owner.token);
    await mailTo(t, waiting, 'A place opened up');
    expect(await counts(ev.id)).toMatchObject({ confirmed: 2, waitlisted: 0, seatsLeft: 3 });
  });

  it('should cancel the upcoming RSVP and show no personal data when the attendee is erased', async () => {
    // RSVPs themselves hold no personal data: the attendee list resolves names and emails through the supporters module
    const ev = await createEvent(t, owner.token, campaign.id, {
      startsAt: isoIn(20 * DAY),
      endsAt: isoIn(20 * DAY + 3600_000),
    });
    const email = `${unique('erase')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const list = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees`, owner.token);
    const supporterId = list.body.items[0].supporterId;
    const erase = await t.http.post(
      `/campaigns/${campaign.id}/supporters/${supporterId}/erase`,
      { confirm: 'erase' },
      owner.token,
    );
    expect(erase.status).toBe(200);
    const after = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}/attendees`, owner.token);
    expect(after.text).not.toContain(email);
    expect(after.body.items[0]).toMatchObject({ status: 'cancelled', email: null });
    expect((await counts(ev.id)).confirmed).toBe(0);
  });
});
