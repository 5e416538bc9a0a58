/**
 * Seat arithmetic. Every attendee takes 1 + guests seats. The caller holds a row lock on the event
 * while it asks (see EventRsvpsService), so `taken` cannot change between the question and the write.
 */

export type Admission = 'confirmed' | 'waitlisted' | 'full';

export function seatsOf(rsvp: { guests: number }): number {
  return 1 + rsvp.guests;
}

export function admit(input: {
  capacity: number | null;
  taken: number;
  seats: number;
  waitlistEnabled: boolean;
}): Admission {
  if (input.capacity === null || input.taken + input.seats <= input.capacity) return 'confirmed';
  return input.waitlistEnabled ? 'waitlisted' : 'full';
}

/**
 * Who comes off the waitlist, strictly first in, first out: the head of the list is promoted when
 * its party fits, and nobody behind it jumps ahead (a party of one must not overtake a party of
 * three that has waited longer). Returns the ids to promote, in order.
 */
export function promotable(
  capacity: number | null,
  taken: number,
  waitlist: readonly { id: string; guests: number }[],
): string[] {
  const out: string[] = [];
  let used = taken;
  for (const w of waitlist) {
    if (capacity !== null && used + seatsOf(w) > capacity) break;
    out.push(w.id);
    used += seatsOf(w);
  }
  return out;
}

export function seatsLeft(capacity: number | null, taken: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - taken);
}
