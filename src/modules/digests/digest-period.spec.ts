import {
  currentPeriod,
  type DigestSchedule,
  duePeriod,
  isoWeekKey,
  isValidTimeZone,
  localHourInstant,
  nextPeriod,
  scheduleSignature,
  upcomingPeriod,
} from './digest-period.js';

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const daily = (timeZone: string, hour: number): DigestSchedule => ({ kind: 'daily', hour, timeZone, weekday: 1 });
const weekly = (timeZone: string, hour: number, weekday = 1): DigestSchedule => ({
  kind: 'weekly',
  hour,
  timeZone,
  weekday,
});

describe('digest periods', () => {
  describe('local hour across DST', () => {
    it('should fall due at 08:00 GMT before and 08:00 BST after Europe/London springs forward on 29 March 2026', () => {
      expect(localHourInstant(day('2026-03-28'), 8, 'Europe/London').toISOString()).toBe('2026-03-28T08:00:00.000Z');
      expect(localHourInstant(day('2026-03-29'), 8, 'Europe/London').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    });

    it('should fall due when the clock jumps when the preferred hour does not exist (London 01:00 on 29 March 2026)', () => {
      // 01:00 GMT becomes 02:00 BST: nobody's clock ever shows 01:xx that night.
      expect(localHourInstant(day('2026-03-29'), 1, 'Europe/London').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    });

    it('should fall due at the first of the two 01:00s when Europe/London falls back on 25 October 2026', () => {
      expect(localHourInstant(day('2026-10-25'), 1, 'Europe/London').toISOString()).toBe('2026-10-25T00:00:00.000Z');
    });

    it('should fall due at 09:00 EST and then 09:00 EDT around America/New_York springing forward on 8 March 2026', () => {
      expect(localHourInstant(day('2026-03-07'), 9, 'America/New_York').toISOString()).toBe('2026-03-07T14:00:00.000Z');
      expect(localHourInstant(day('2026-03-08'), 9, 'America/New_York').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    });

    it('should fall due at 03:00 EDT when 02:00 is skipped in America/New_York on 8 March 2026', () => {
      expect(localHourInstant(day('2026-03-08'), 2, 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    });

    it('should fall due at the first 01:00 (EDT) when America/New_York falls back on 1 November 2026', () => {
      expect(localHourInstant(day('2026-11-01'), 1, 'America/New_York').toISOString()).toBe('2026-11-01T05:00:00.000Z');
    });

    it('should handle half-hour zones', () => {
      expect(localHourInstant(day('2026-03-10'), 8, 'Asia/Kolkata').toISOString()).toBe('2026-03-10T02:30:00.000Z');
    });
  });

  describe('current period', () => {
    it('should key a daily period by the local date and switch at the preferred local hour', () => {
      const s = daily('Europe/London', 8);
      expect(currentPeriod(s, at('2026-03-29T06:59:59Z'))).toEqual({
        kind: 'daily',
        key: '2026-03-28',
        dueAt: at('2026-03-28T08:00:00Z'),
      });
      expect(currentPeriod(s, at('2026-03-29T07:00:00Z'))).toEqual({
        kind: 'daily',
        key: '2026-03-29',
        dueAt: at('2026-03-29T07:00:00Z'),
      });
    });

    it('should give different local days to supporters in different zones at the same instant', () => {
      const instant = at('2026-03-10T12:00:00Z');
      expect(currentPeriod(daily('Asia/Tokyo', 9), instant).key).toBe('2026-03-10'); // 21:00 in Tokyo
      expect(currentPeriod(daily('America/Los_Angeles', 9), instant)).toEqual({
        kind: 'daily',
        key: '2026-03-09',
        dueAt: at('2026-03-09T16:00:00Z'),
      }); // 05:00 PDT
      expect(currentPeriod(daily('America/New_York', 8), instant)).toEqual({
        kind: 'daily',
        key: '2026-03-10',
        dueAt: at('2026-03-10T12:00:00Z'),
      }); // exactly 08:00 EDT
    });

    it('should key a weekly period by ISO week and fall due on the campaign weekday at the local hour', () => {
      const s = weekly('Europe/London', 8, 1);
      // Wednesday 1 April 2026: this week's Monday (30 March, BST) has passed.
      expect(currentPeriod(s, at('2026-04-01T12:00:00Z'))).toEqual({
        kind: 'weekly',
        key: '2026-W14',
        dueAt: at('2026-03-30T07:00:00Z'),
      });
      // Monday 30 March before 08:00 BST: still last week's period, due on Monday 23 March (GMT).
      expect(currentPeriod(s, at('2026-03-30T06:59:00Z'))).toEqual({
        kind: 'weekly',
        key: '2026-W13',
        dueAt: at('2026-03-23T08:00:00Z'),
      });
    });

    it('should take the week of the campaign weekday even when it is Sunday', () => {
      const s = weekly('America/New_York', 18, 7);
      expect(currentPeriod(s, at('2026-03-09T12:00:00Z'))).toEqual({
        kind: 'weekly',
        key: '2026-W10',
        dueAt: at('2026-03-08T22:00:00Z'),
      });
    });

    it('should name ISO weeks at year boundaries as ISO 8601 does', () => {
      expect(isoWeekKey(day('2026-01-01'))).toBe('2026-W01');
      expect(isoWeekKey(day('2027-01-01'))).toBe('2026-W53');
      expect(isoWeekKey(day('2024-12-30'))).toBe('2025-W01');
      expect(isoWeekKey(day('2021-01-03'))).toBe('2020-W53');
    });

    it('should give the next period strictly after an instant', () => {
      const s = daily('Europe/London', 8);
      expect(nextPeriod(s, at('2026-03-28T08:00:00Z')).key).toBe('2026-03-29');
      expect(nextPeriod(s, at('2026-03-28T07:59:00Z')).key).toBe('2026-03-28');
    });
  });

  describe('due', () => {
    const london = daily('Europe/London', 8);

    it('should not send a new subscriber the period that fell due before they subscribed', () => {
      const gate = { scheduleSince: at('2026-03-10T15:00:00Z'), lastDigestAt: null };
      expect(duePeriod(london, at('2026-03-10T15:05:00Z'), gate)).toBeNull();
      expect(duePeriod(london, at('2026-03-11T08:00:00Z'), gate)?.key).toBe('2026-03-11');
    });

    it('should not be due before the preferred hour', () => {
      const gate = { scheduleSince: at('2026-03-01T00:00:00Z'), lastDigestAt: at('2026-03-10T08:01:00Z') };
      expect(duePeriod(london, at('2026-03-11T07:59:59Z'), gate)).toBeNull();
      expect(duePeriod(london, at('2026-03-11T08:00:00Z'), gate)?.key).toBe('2026-03-11');
    });

    it('should catch up once after downtime, with only the current period', () => {
      // Last digest on Monday; the scheduler was down until Thursday afternoon.
      let gate = { scheduleSince: at('2026-03-01T00:00:00Z'), lastDigestAt: at('2026-03-02T08:01:00Z') };
      const back = at('2026-03-05T15:00:00Z');
      expect(duePeriod(london, back, gate)).toEqual({
        kind: 'daily',
        key: '2026-03-05',
        dueAt: at('2026-03-05T08:00:00Z'),
      });
      gate = { ...gate, lastDigestAt: back };
      for (const tick of ['2026-03-05T15:05:00Z', '2026-03-05T23:55:00Z', '2026-03-06T07:55:00Z'])
        expect(duePeriod(london, at(tick), gate)).toBeNull();
      expect(duePeriod(london, at('2026-03-06T08:00:00Z'), gate)?.key).toBe('2026-03-06');
    });

    it('should send a period missed just before its successor once, late, and the successor on time', () => {
      const gate = { scheduleSince: at('2026-03-01T00:00:00Z'), lastDigestAt: at('2026-03-01T08:00:00Z') };
      // Down from Monday 07:00 to Tuesday 07:00: Monday's digest goes out at once...
      expect(duePeriod(london, at('2026-03-03T07:00:00Z'), gate)?.key).toBe('2026-03-02');
      // ...and Tuesday's at 08:00 as usual (with an hour of news at most).
      expect(
        duePeriod(london, at('2026-03-03T08:00:00Z'), { ...gate, lastDigestAt: at('2026-03-03T07:00:00Z') })?.key,
      ).toBe('2026-03-03');
    });

    it('should not send a weekly digest in the week a supporter switched from daily to weekly', () => {
      const s = weekly('Europe/London', 8, 1);
      // Daily digests Monday and Tuesday, switched to weekly on Wednesday 4 March 2026.
      const gate = { scheduleSince: at('2026-03-04T10:00:00Z'), lastDigestAt: at('2026-03-03T08:01:00Z') };
      expect(duePeriod(s, at('2026-03-04T10:05:00Z'), gate)).toBeNull();
      expect(duePeriod(s, at('2026-03-08T23:00:00Z'), gate)).toBeNull();
      expect(duePeriod(s, at('2026-03-09T08:00:00Z'), gate)?.key).toBe('2026-W11');
    });

    it('should start daily digests the day after a supporter switched from weekly to daily', () => {
      const gate = { scheduleSince: at('2026-03-04T10:00:00Z'), lastDigestAt: at('2026-03-02T08:01:00Z') };
      expect(duePeriod(london, at('2026-03-04T10:05:00Z'), gate)).toBeNull();
      expect(duePeriod(london, at('2026-03-05T08:00:00Z'), gate)?.key).toBe('2026-03-05');
    });

    it('should not send again in the same local day after a later hour is chosen', () => {
      // Digest at 08:00; at 09:00 the supporter picks 18:00: today's period was already sent.
      const gate = {
        scheduleSince: at('2026-03-10T09:00:00Z'),
        lastDigestAt: at('2026-03-10T08:00:30Z'),
        lastPeriodKey: '2026-03-10',
      };
      const later = daily('Europe/London', 18);
      expect(duePeriod(later, at('2026-03-10T18:00:00Z'), gate)).toBeNull();
      expect(upcomingPeriod(later, at('2026-03-10T18:00:00Z'), gate)).toEqual({
        kind: 'daily',
        key: '2026-03-11',
        dueAt: at('2026-03-11T18:00:00Z'),
      });
    });

    it('should say when the next digest is due', () => {
      const gate = { scheduleSince: at('2026-03-10T15:00:00Z'), lastDigestAt: null };
      expect(upcomingPeriod(london, at('2026-03-10T15:05:00Z'), gate)).toEqual({
        kind: 'daily',
        key: '2026-03-11',
        dueAt: at('2026-03-11T08:00:00Z'),
      });
      expect(upcomingPeriod(weekly('Asia/Tokyo', 9, 5), at('2026-03-10T15:05:00Z'), gate)).toEqual({
        kind: 'weekly',
        key: '2026-W11',
        dueAt: at('2026-03-13T00:00:00Z'),
      });
    });
  });

  it('should describe a schedule so that any change of kind, hour, zone or weekday is noticed', () => {
    expect(scheduleSignature(daily('Europe/London', 8))).toBe('daily|08|Europe/London');
    expect(scheduleSignature(weekly('Europe/London', 8, 3))).toBe('weekly|3|08|Europe/London');
    expect(scheduleSignature(null)).toBe('never');
  });

  it('should only ever fall due on a UTC quarter hour, in every zone, DST jumps included (why the scheduler ticks each quarter hour)', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const off: string[] = [];
    for (const zone of zones) {
      for (let month = 0; month < 12; month++) {
        // The 8th to the 14th covers the US DST Sundays, the last days Europe's; 01:00-02:00 is where clocks jump.
        for (const date of [8, 14, 25, 31]) {
          const d = new Date(Date.UTC(2026, month, date));
          if (d.getUTCMonth() !== month) continue;
          for (const hour of [1, 2]) {
            const due = localHourInstant(d, hour, zone);
            if (due.getTime() % 900_000 !== 0)
              off.push(`${zone} ${d.toISOString().slice(0, 10)} ${hour}:00 -> ${due.toISOString()}`);
          }
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('should recognise IANA zones', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone(null)).toBe(false);
  });
});
