import { describe, expect, it } from 'vitest';
import { isIsoDate, lastMonths, monthsBefore, utcToday } from './dashboard-period';

describe('monthsBefore', () => {
  it('goes back whole months to the same day', () => {
    expect(monthsBefore('2026-11-22', 12)).toBe('2025-11-22');
    expect(monthsBefore('2026-03-15', 3)).toBe('2025-12-15');
  });

  it('stops at the last day of a shorter month', () => {
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
  });
});

describe('lastMonths', () => {
  it('ends today and starts the given months before', () => {
    expect(lastMonths(6, '2026-11-22')).toEqual({ from: '2026-05-22', to: '2026-11-22' });
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('22/11/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('utcToday', () => {
  it('is the UTC calendar date, whatever the local time zone', () => {
    expect(utcToday(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
  });
});
