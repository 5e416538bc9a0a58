import { dayIn, daysBetween, startOfDay } from './campaign-days.js';

describe('campaign days', () => {
  it('should give the local calendar day of an instant in the campaign zone', () => {
    expect(dayIn(new Date('2025-08-20T03:30:00Z'), 'America/Los_Angeles')).toBe('2025-08-19');
    expect(dayIn(new Date('2025-08-20T03:30:00Z'), 'Asia/Gaza')).toBe('2025-08-20');
  });

  it('should find local midnight across daylight-saving changes', () => {
    expect(startOfDay('2025-03-09', 'America/Los_Angeles').toISOString()).toBe('2025-03-09T08:00:00.000Z'); // PST, the day clocks go forward
    expect(startOfDay('2025-03-10', 'America/Los_Angeles').toISOString()).toBe('2025-03-10T07:00:00.000Z'); // PDT
    expect(startOfDay('2025-10-26', 'Europe/London').toISOString()).toBe('2025-10-25T23:00:00.000Z');
    expect(startOfDay('2025-10-27', 'Europe/London').toISOString()).toBe('2025-10-27T00:00:00.000Z');
    expect(startOfDay('2025-01-01', 'UTC').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('should count whole days between two days, negative when earlier', () => {
    expect(daysBetween('2024-05-01', '2025-09-25')).toBe(512);
    expect(daysBetween('2024-05-01', '2024-05-01')).toBe(0);
    expect(daysBetween('2024-05-02', '2024-05-01')).toBe(-1);
  });
});
