import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { EventsProcessor } from '../../src/modules/events/events.processor.js';
import { toLocalIso, transitions } from '../../src/common/zoned-time.js';
import { type TestApp } from '../support/app.js';
import { createEvent, DAY, isoIn, type OrganizerFixture, unique, startWithCampaign } from '../support/factories.js';
import { EVENTS_TEST_ENV, mailTo, rsvp, rsvpBody } from '../support/events.js';
import { mailSettled } from '../support/wait.js';

const HOUR = 3600_000;

/** The first instant the clocks go forward in `tz` after now (e.g. 01:00Z on the last Sunday of March in London). */
function nextSpringForward(tz: string): Date {
  const now = new Date();
  const change = transitions(tz, now, new Date(now.getTime() + 400 * DAY)).find((c) => c.to > c.from);
  if (!change) throw new Error(`no spring-forward for ${tz} within a year`);
  return change.at;
}

/** `YYYY-MM-DD` of the day after `instant` in `tz`. */
function dayAfter(instant: Date, tz: string): string {
  return toLocalIso(new Date(instant.getTime() + DAY), tz).slice(0, 10);
}

describe('events: reminders across time zones and daylight saving', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, prisma, owner, campaign } = await startWithCampaign({ env: EVENTS_TEST_ENV }, { name: 'Reminder campaign' }));
  });
  afterAll(() => t.close());

  async function rsvpIdOf(eventId: string, email: string): Promise<string> {
    const list = await t.http.get(`/campaigns/${campaign.id}/events/${eventId}/attendees?limit=200`, owner.token);
    const item = list.body.items.find((a: { email: string }) => a.email === email);
    if (!item) throw new Error(`no RSVP for ${email}`);
    return item.id;
  }

  function reminders(rsvpId: string) {
    return prisma.mailMessage.findMany({
      where: { key: { startsWith: `event-reminder:${rsvpId}:` } },
      orderBy: { sendAt: 'asc' },
    });
  }

  /** Lets a planned reminder fall due now, as if its moment had come. */
  async function makeDue(key: string): Promise<void> {
    await prisma.mailMessage.update({ where: { key }, data: { sendAt: new Date() } });
  }

  it('should plan reminders at exactly start-24h and start-2h and state 10:00 local when the event is the morning after the clocks go forward in London', async () => {
    const change = nextSpringForward('Europe/London');
    const day = dayAfter(change, 'Europe/London');
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Morning after the change',
      startsAt: `${day}T10:00`,
      endsAt: `${day}T12:00`,
      timeZone: 'Europe/London',
    });
    const start = new Date(ev.startsAt);
    expect(ev.zoneAbbreviation).toBe('BST');
    expect(start.getUTCHours()).toBe(9); // 10:00 BST
    const email = `${unique('dst')}@example.org`;
    expect((await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }))).body.status).toBe('confirmed');
    const rsvpId = await rsvpIdOf(ev.id, email);

    const planned = await reminders(rsvpId);
    expect(planned.map((m) => [m.key, m.sendAt.toISOString(), m.state])).toEqual([
      [`event-reminder:${rsvpId}:24h:1`, new Date(start.getTime() - 24 * HOUR).toISOString(), 'queued'],
      [`event-reminder:${rsvpId}:2h:1`, new Date(start.getTime() - 2 * HOUR).toISOString(), 'queued'],
    ]);
    // the day-before reminder falls after the clocks changed: 10:00 BST on the Sunday, not 09:00
    expect(toLocalIso(planned[0].sendAt, 'Europe/London').slice(11, 16)).toBe('10:00');

    await makeDue(`event-reminder:${rsvpId}:24h:1`);
    const m = await mailTo(t, email, 'Reminder: Morning after the change');
    expect(m.parsed.subject).toContain('at 10:00 (BST, Europe/London)');
    expect(m.parsed.text).toContain('at 10:00 (BST, Europe/London)');
    expect(m.header('x-groundswell-template')).toBe('event.reminder');

    await makeDue(`event-reminder:${rsvpId}:2h:1`);
    const soon = await mailTo(t, email, 'Starting soon: Morning after the change at 10:00 BST');
    expect(soon.parsed.text).toContain('(Europe/London time)');

    // once per attendee per reminder: the same keys never produce a second message
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    expect(await reminders(rsvpId)).toHaveLength(2);
    await mailSettled(t);
    expect(t.smtp.to(email).filter((x) => x.header('x-groundswell-template') === 'event.reminder')).toHaveLength(2);
  });

  it('should plan the right instants when the event is in Los Angeles the day after its clocks go forward', async () => {
    const change = nextSpringForward('America/Los_Angeles');
    const day = dayAfter(change, 'America/Los_Angeles');
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Redmond picket',
      startsAt: `${day}T09:30`,
      endsAt: `${day}T11:00`,
      timeZone: 'America/Los_Angeles',
      location: { name: 'Microsoft campus', locality: 'Redmond', region: 'WA', country: 'US' },
    });
    const start = new Date(ev.startsAt);
    expect(ev.utcOffset).toBe('-07:00');
    expect(start.getUTCHours()).toBe(16);
    expect(start.getUTCMinutes()).toBe(30);
    const email = `${unique('la')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const planned = await reminders(await rsvpIdOf(ev.id, email));
    expect(planned.map((m) => m.sendAt.toISOString())).toEqual([
      new Date(start.getTime() - 24 * HOUR).toISOString(),
      new Date(start.getTime() - 2 * HOUR).toISOString(),
    ]);
    // the 24h reminder lands on the day of the change itself, at 09:30 PDT
    expect(toLocalIso(planned[0].sendAt, 'America/Los_Angeles').slice(11, 16)).toBe('09:30');
    const confirmation = await mailTo(t, email, "You're going");
    expect(confirmation.parsed.text).toContain('at 09:30 (PDT, America/Los_Angeles)');
  });

  it('should send the information at once and keep the 2h reminder when someone RSVPs inside the 24h window', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Tonight',
      startsAt: isoIn(5 * HOUR),
      endsAt: isoIn(7 * HOUR),
      onlineUrl: 'https://meet.example.org/tonight',
    });
    const email = `${unique('late')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const rsvpId = await rsvpIdOf(ev.id, email);
    const planned = await reminders(rsvpId);
    expect(planned.map((m) => m.key)).toEqual([`event-reminder:${rsvpId}:24h:1`, `event-reminder:${rsvpId}:2h:1`]);
    expect(planned[0].sendAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(planned[1].sendAt.toISOString()).toBe(new Date(new Date(ev.startsAt).getTime() - 2 * HOUR).toISOString());
    const now = await mailTo(t, email, 'Reminder: Tonight');
    expect(now.parsed.text).toContain('https://meet.example.org/tonight');
  });

  it('should send only the 2h information at once when someone RSVPs inside the 2h window', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Very soon',
      startsAt: isoIn(HOUR),
      endsAt: isoIn(3 * HOUR),
    });
    const email = `${unique('later')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const rsvpId = await rsvpIdOf(ev.id, email);
    expect((await reminders(rsvpId)).map((m) => m.key)).toEqual([`event-reminder:${rsvpId}:2h:1`]);
    await mailTo(t, email, 'Starting soon: Very soon');
  });

  it('should cancel the planned reminders and plan new ones under a new version when the event moves', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, {
      title: 'Moved',
      startsAt: isoIn(10 * DAY),
      endsAt: isoIn(10 * DAY + HOUR),
    });
    const email = `${unique('moved')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const rsvpId = await rsvpIdOf(ev.id, email);
    const newStart = new Date(Date.now() + 12 * DAY);
    newStart.setUTCSeconds(0, 0);
    const res = await t.http.patch(
      `/campaigns/${campaign.id}/events/${ev.id}`,
      { startsAt: newStart.toISOString(), endsAt: new Date(newStart.getTime() + HOUR).toISOString() },
      owner.token,
    );
    expect(res.status).toBe(200);
    const all = await reminders(rsvpId);
    const byKey = Object.fromEntries(all.map((m) => [m.key, m]));
    expect(byKey[`event-reminder:${rsvpId}:24h:1`].state).toBe('cancelled');
    expect(byKey[`event-reminder:${rsvpId}:2h:1`].state).toBe('cancelled');
    expect(byKey[`event-reminder:${rsvpId}:24h:2`]).toMatchObject({
      state: 'queued',
      sendAt: new Date(newStart.getTime() - 24 * HOUR),
    });
    expect(byKey[`event-reminder:${rsvpId}:2h:2`]).toMatchObject({
      state: 'queued',
      sendAt: new Date(newStart.getTime() - 2 * HOUR),
    });
    const change = await mailTo(t, email, 'New time: Moved');
    expect(change.parsed.text).toContain('Previously');
  });

  it('should cancel the reminders when the RSVP is cancelled and when the event is cancelled', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { title: 'Cancellations' });
    const leaving = `${unique('leaving')}@example.org`;
    const staying = `${unique('staying')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: leaving }));
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email: staying }));
    const leavingId = await rsvpIdOf(ev.id, leaving);
    const stayingId = await rsvpIdOf(ev.id, staying);
    const confirmation = await mailTo(t, leaving, "You're going");
    const token = new URL(
      /https?:\/\/\S+\/public\/event-rsvps\/cancel\?token=[\w.-]+/.exec(confirmation.parsed.text ?? '')![0],
    ).searchParams.get('token');
    expect((await t.http.post('/public/event-rsvps/cancel', { token })).status).toBe(200);
    expect((await reminders(leavingId)).map((m) => m.state)).toEqual(['cancelled', 'cancelled']);
    expect((await reminders(stayingId)).map((m) => m.state)).toEqual(['queued', 'queued']);

    await t.http.post(`/campaigns/${campaign.id}/events/${ev.id}/cancel`, { reason: 'Called off' }, owner.token);
    expect((await reminders(stayingId)).map((m) => m.state)).toEqual(['cancelled', 'cancelled']);
    await mailTo(t, staying, 'Cancelled: Cancellations');
  });

  it('should never send a reminder once the event has started, even when it was left queued', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { title: 'Already started' });
    const email = `${unique('started')}@example.org`;
    await rsvp(t, campaign.slug, ev.slug, rsvpBody({ email }));
    const rsvpId = await rsvpIdOf(ev.id, email);
    // time passes: the event has started while its reminders were still waiting (a worker was down)
    await prisma.event.update({ where: { id: ev.id }, data: { startsAt: new Date(Date.now() - 10 * 60_000) } });
    await t.app.get(EventsProcessor).housekeeping();
    const after = await reminders(rsvpId);
    expect(after.map((m) => [m.state, m.reason])).toEqual([
      ['cancelled', 'event started'],
      ['cancelled', 'event started'],
    ]);
    expect(t.smtp.to(email).filter((x) => x.header('x-groundswell-template') === 'event.reminder')).toHaveLength(0);
  });

  it('should mark ended events completed in housekeeping', async () => {
    const ev = await createEvent(t, owner.token, campaign.id, { title: 'Ended' });
    await prisma.event.update({
      where: { id: ev.id },
      data: { startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) },
    });
    await t.app.get(EventsProcessor).housekeeping();
    const view = await t.http.get(`/campaigns/${campaign.id}/events/${ev.id}`, owner.token);
    expect(view.body.status).toBe('completed');
    expect(view.body.completedAt).toBeTruthy();
  });
});
