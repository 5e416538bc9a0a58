import { formatLocalDateTime, resolveLocal } from '../../common/zoned-time.js';
import { planReminders, reminderKey, reminderStillDue } from './reminders.js';

const at = (iso: string) => new Date(iso);
const startOf = (local: string, tz: string) => {
  const r = resolveLocal(local, tz);
  if (r.kind !== 'unique') throw new Error(r.kind);
  return r.instant;
};

describe('reminder planning', () => {
  it('should plan reminders at exactly start-24h and start-2h when the event is 10:00 London the morning after the clocks go forward', () => {
    // clocks go forward at 01:00 on Sunday 29 March 2026; the event is Monday 30 March, 10:00 BST = 09:00Z
    const start = startOf('2026-03-30T10:00', 'Europe/London');
    expect(start).toEqual(at('2026-03-30T09:00:00Z'));
    const plan = planReminders(start, at('2026-03-01T12:00:00Z'), { catchUp: true });
    expect(plan).toEqual([
      { kind: '24h', sendAt: at('2026-03-29T09:00:00Z'), immediate: false },
      { kind: '2h', sendAt: at('2026-03-30T07:00:00Z'), immediate: false },
    ]);
    // the 24h reminder goes out at 10:00 BST on the Sunday, after the change; both are exact instants
    expect(start.getTime() - plan[0].sendAt.getTime()).toBe(24 * 3600_000);
    expect(start.getTime() - plan[1].sendAt.getTime()).toBe(2 * 3600_000);
    expect(formatLocalDateTime(start, 'Europe/London', 'en')).toContain('10:00 (BST, Europe/London)');
  });

  it('should plan 24 real hours before when the clocks change inside the 24 hours', () => {
    // Sunday 29 March 2026 at 10:00 BST = 09:00Z; 24 hours earlier is Saturday 09:00Z = 09:00 GMT
    const start = startOf('2026-03-29T10:00', 'Europe/London');
    const [day] = planReminders(start, at('2026-03-01T00:00:00Z'), { catchUp: true });
    expect(day.sendAt).toEqual(at('2026-03-28T09:00:00Z'));
  });

  it('should plan the right instants when the event is in Los Angeles across the autumn change', () => {
    // clocks go back at 02:00 PDT on Sunday 1 November 2026; event Sunday 1 November 10:00 PST = 18:00Z
    const start = startOf('2026-11-01T10:00', 'America/Los_Angeles');
    expect(start).toEqual(at('2026-11-01T18:00:00Z'));
    expect(planReminders(start, at('2026-10-01T00:00:00Z'), { catchUp: true }).map((p) => p.sendAt)).toEqual([
      at('2026-10-31T18:00:00Z'),
      at('2026-11-01T16:00:00Z'),
    ]);
    expect(formatLocalDateTime(start, 'America/Los_Angeles', 'en')).toBe(
      'Sunday, 1 November 2026 at 10:00 (PST, America/Los_Angeles)',
    );
  });

  it('should send the 24h information at once and keep the 2h reminder when the RSVP arrives inside the 24h window', () => {
    const start = at('2026-06-10T18:00:00Z');
    const now = at('2026-06-10T08:00:00Z');
    expect(planReminders(start, now, { catchUp: true })).toEqual([
      { kind: '24h', sendAt: now, immediate: true },
      { kind: '2h', sendAt: at('2026-06-10T16:00:00Z'), immediate: false },
    ]);
  });

  it('should send only the 2h information at once when the RSVP arrives inside the 2h window', () => {
    const start = at('2026-06-10T18:00:00Z');
    const now = at('2026-06-10T17:00:00Z');
    expect(planReminders(start, now, { catchUp: true })).toEqual([{ kind: '2h', sendAt: now, immediate: true }]);
  });

  it('should skip passed reminders without sending anything at once when re-planning a moved event', () => {
    const start = at('2026-06-10T18:00:00Z');
    expect(planReminders(start, at('2026-06-10T17:00:00Z'), { catchUp: false })).toEqual([]);
    expect(planReminders(start, at('2026-06-10T08:00:00Z'), { catchUp: false })).toEqual([
      { kind: '2h', sendAt: at('2026-06-10T16:00:00Z'), immediate: false },
    ]);
  });

  it('should plan nothing when the event has started', () => {
    const start = at('2026-06-10T18:00:00Z');
    expect(planReminders(start, start, { catchUp: true })).toEqual([]);
    expect(planReminders(start, at('2026-06-10T19:00:00Z'), { catchUp: true })).toEqual([]);
  });

  it('should key reminders per RSVP, kind and schedule version', () => {
    expect(reminderKey('r1', '2h', 3)).toBe('event-reminder:r1:2h:3');
  });

  it('should refuse a reminder at send time when the event started, moved or was cancelled, or the RSVP is no longer confirmed', () => {
    const state = {
      eventStatus: 'scheduled',
      startsAt: at('2026-06-10T18:00:00Z'),
      scheduleVersion: 2,
      rsvpStatus: 'confirmed',
    };
    const input = { now: at('2026-06-10T16:00:00Z'), plannedVersion: 2 };
    expect(reminderStillDue(input, state)).toEqual({ ok: true });
    expect(reminderStillDue({ ...input, now: at('2026-06-10T18:00:00Z') }, state)).toEqual({
      ok: false,
      reason: 'event started',
    });
    expect(reminderStillDue({ ...input, plannedVersion: 1 }, state)).toEqual({ ok: false, reason: 'event moved' });
    expect(reminderStillDue(input, { ...state, eventStatus: 'cancelled' })).toEqual({
      ok: false,
      reason: 'event cancelled',
    });
    expect(reminderStillDue(input, { ...state, rsvpStatus: 'cancelled' })).toEqual({
      ok: false,
      reason: 'rsvp cancelled',
    });
    expect(reminderStillDue(input, { ...state, rsvpStatus: 'waitlisted' })).toEqual({
      ok: false,
      reason: 'rsvp waitlisted',
    });
  });
});
