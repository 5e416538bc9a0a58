import { admit, promotable, seatsLeft } from './capacity.js';

describe('capacity', () => {
  it('should confirm when the party fits, guests included', () => {
    expect(admit({ capacity: 10, taken: 7, seats: 3, waitlistEnabled: false })).toBe('confirmed');
    expect(admit({ capacity: null, taken: 1_000_000, seats: 5, waitlistEnabled: false })).toBe('confirmed');
  });

  it('should waitlist when the party does not fit and the waitlist is on', () => {
    expect(admit({ capacity: 10, taken: 8, seats: 3, waitlistEnabled: true })).toBe('waitlisted');
  });

  it('should refuse when the party does not fit and there is no waitlist', () => {
    expect(admit({ capacity: 10, taken: 10, seats: 1, waitlistEnabled: false })).toBe('full');
  });

  it('should promote in arrival order and stop at the first party that does not fit', () => {
    const waitlist = [
      { id: 'a', guests: 0 },
      { id: 'b', guests: 2 },
      { id: 'c', guests: 0 },
    ];
    expect(promotable(10, 8, waitlist)).toEqual(['a']); // b needs 3 seats, 1 left: c must not overtake b
    expect(promotable(10, 5, waitlist)).toEqual(['a', 'b', 'c']);
    expect(promotable(null, 5, waitlist)).toEqual(['a', 'b', 'c']);
    expect(promotable(10, 10, waitlist)).toEqual([]);
  });

  it('should report seats left, never negative', () => {
    expect(seatsLeft(10, 12)).toBe(0);
    expect(seatsLeft(10, 4)).toBe(6);
    expect(seatsLeft(null, 4)).toBeNull();
  });
});
