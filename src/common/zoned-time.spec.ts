import {
  formatLocalDateTime,
  offsetMinutes,
  resolveLocal,
  toLocalIso,
  transitions,
  zoneAbbreviation,
} from './zoned-time.js';

describe('zoned time', () => {
  it('should give the BST offset when the instant is the morning after the clocks go forward in London', () => {
    // clocks went forward at 01:00Z on Sunday 29 March 2026
    expect(offsetMinutes(new Date('2026-03-29T00:59:00Z'), 'Europe/London')).toBe(0);
    expect(offsetMinutes(new Date('2026-03-29T01:00:00Z'), 'Europe/London')).toBe(60);
    expect(offsetMinutes(new Date('2026-03-30T09:00:00Z'), 'Europe/London')).toBe(60);
  });

  it('should give negative and fractional offsets when the zone is west of UTC or on a half hour', () => {
    expect(offsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/Los_Angeles')).toBe(-420);
    expect(offsetMinutes(new Date('2026-01-01T12:00:00Z'), 'America/Los_Angeles')).toBe(-480);
    expect(offsetMinutes(new Date('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(new Date('2026-01-01T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('should resolve 10:00 London on 30 March 2026 to 09:00Z when BST has begun', () => {
    expect(resolveLocal('2026-03-30T10:00', 'Europe/London')).toEqual({
      kind: 'unique',
      instant: new Date('2026-03-30T09:00:00Z'),
    });
    expect(resolveLocal('2026-03-27T10:00', 'Europe/London')).toEqual({
      kind: 'unique',
      instant: new Date('2026-03-27T10:00:00Z'),
    });
  });

  it('should report a gap when the wall time is skipped by the clocks going forward', () => {
    expect(resolveLocal('2026-03-29T01:30', 'Europe/London')).toEqual({ kind: 'gap' });
    expect(resolveLocal('2026-03-08T02:30', 'America/Los_Angeles')).toEqual({ kind: 'gap' });
  });

  it('should report both instants when the wall time happens twice as the clocks go back', () => {
    const r = resolveLocal('2026-10-25T01:30', 'Europe/London');
    expect(r).toEqual({
      kind: 'ambiguous',
      instant: new Date('2026-10-25T00:30:00Z'),
      later: new Date('2026-10-25T01:30:00Z'),
    });
    const la = resolveLocal('2026-11-01T01:30', 'America/Los_Angeles');
    expect(la).toEqual({
      kind: 'ambiguous',
      instant: new Date('2026-11-01T08:30:00Z'),
      later: new Date('2026-11-01T09:30:00Z'),
    });
  });

  it('should reject impossible calendar dates when resolving', () => {
    expect(() => resolveLocal('2026-02-30T10:00', 'Europe/London')).toThrow();
    expect(() => resolveLocal('2026-02-01T24:00', 'Europe/London')).toThrow();
  });

  it('should round-trip the local wall time when converting back', () => {
    for (const tz of ['Europe/London', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      const r = resolveLocal('2026-08-14T17:45', tz);
      expect(r.kind).toBe('unique');
      if (r.kind === 'unique') expect(toLocalIso(r.instant, tz)).toBe('2026-08-14T17:45:00');
    }
  });

  it('should find the exact minutes of the 2026 transitions when scanning London and Los Angeles', () => {
    expect(transitions('Europe/London', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toEqual([
      { at: new Date('2026-03-29T01:00:00Z'), from: 0, to: 60 },
      { at: new Date('2026-10-25T01:00:00Z'), from: 60, to: 0 },
    ]);
    expect(
      transitions('America/Los_Angeles', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')),
    ).toEqual([
      { at: new Date('2026-03-08T10:00:00Z'), from: -480, to: -420 },
      { at: new Date('2026-11-01T09:00:00Z'), from: -420, to: -480 },
    ]);
    expect(transitions('Asia/Tokyo', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });

  it('should name the zone and state the local time when formatting for people', () => {
    const at = new Date('2026-03-30T09:00:00Z');
    expect(zoneAbbreviation(at, 'Europe/London')).toBe('BST');
    expect(zoneAbbreviation(new Date('2026-01-10T09:00:00Z'), 'Europe/London')).toBe('GMT');
    expect(zoneAbbreviation(at, 'America/Los_Angeles')).toBe('PDT');
    expect(zoneAbbreviation(at, 'Asia/Kolkata')).toBe('UTC+05:30');
    expect(formatLocalDateTime(at, 'Europe/London', 'en')).toBe('Monday, 30 March 2026 at 10:00 (BST, Europe/London)');
    expect(formatLocalDateTime(at, 'Europe/London', 'ar')).toContain('10:00');
    expect(formatLocalDateTime(at, 'Europe/London', 'ar')).toContain('Europe/London');
  });
});
