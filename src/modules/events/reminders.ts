/**
 * When an attendee's reminders go out. Pure functions, so the rules (and DST behaviour) are tested
 * without a clock or a database. See docs/decisions/event-reminders.md.
 *
 * Reminders are instants: "24 hours before the start" is the start minus 86,400 seconds, whatever
 * the wall clock does in between (on the day the clocks change that is 09:00 local the day before
 * a 10:00 event, which is exactly 24 hours earlier). The emails state the start in the event's zone.
 */

export type ReminderKind = '24h' | '2h';

export const REMINDERS: readonly { kind: ReminderKind; beforeMs: number }[] = [
  { kind: '24h', beforeMs: 24 * 3600_000 },
  { kind: '2h', beforeMs: 2 * 3600_000 },
];

export interface PlannedReminder {
  kind: ReminderKind;
  sendAt: Date;
  /** Sent at once because the attendee joined inside this reminder's window. */
  immediate: boolean;
}

/**
 * The reminders still to send for an attendee confirmed at `now`.
 * - Reminders whose instant is still ahead are scheduled for that instant.
 * - With `catchUp` (a new RSVP or a promotion), joining inside a window sends that window's reminder
 *   immediately, so the attendee gets the practical information now; the earlier, longer reminder is
 *   skipped (its moment has passed and the immediate one supersedes it).
 * - Without `catchUp` (re-planning after the event moved) passed reminders are skipped: the change
 *   notification already told everyone the new time.
 * - Nothing once the event has started.
 */
export function planReminders(startsAt: Date, now: Date, options: { catchUp: boolean }): PlannedReminder[] {
  if (now.getTime() >= startsAt.getTime()) return [];
  const plan: PlannedReminder[] = [];
  let current: ReminderKind | null = null;
  for (const r of REMINDERS) {
    const at = startsAt.getTime() - r.beforeMs;
    if (at > now.getTime()) plan.push({ kind: r.kind, sendAt: new Date(at), immediate: false });
    else current = r.kind; // REMINDERS runs longest first, so the last passed one is the window we are in
  }
  if (options.catchUp && current) plan.unshift({ kind: current, sendAt: now, immediate: true });
  return plan;
}

/**
 * Idempotency key of one reminder: per RSVP, per kind, per schedule version, so a reminder goes
 * out once per attendee, and a moved event (new version) gets fresh reminders for its new time.
 */
export function reminderKey(rsvpId: string, kind: ReminderKind, scheduleVersion: number): string {
  return `event-reminder:${rsvpId}:${kind}:${scheduleVersion}`;
}

export function reminderKeys(rsvpId: string, scheduleVersion: number): string[] {
  return REMINDERS.map((r) => reminderKey(rsvpId, r.kind, scheduleVersion));
}

/**
 * Whether a reminder may still be sent at `now`: the event has not started, is not cancelled, its
 * start has not moved since the reminder was planned, and the RSVP is still confirmed.
 */
export function reminderStillDue(
  input: { now: Date; plannedVersion: number },
  state: { eventStatus: string; startsAt: Date; scheduleVersion: number; rsvpStatus: string | null },
): { ok: true } | { ok: false; reason: string } {
  if (state.eventStatus !== 'scheduled') return { ok: false, reason: `event ${state.eventStatus}` };
  if (state.scheduleVersion !== input.plannedVersion) return { ok: false, reason: 'event moved' };
  if (input.now.getTime() >= state.startsAt.getTime()) return { ok: false, reason: 'event started' };
  if (state.rsvpStatus !== 'confirmed')
    return { ok: false, reason: state.rsvpStatus ? `rsvp ${state.rsvpStatus}` : 'rsvp gone' };
  return { ok: true };
}
