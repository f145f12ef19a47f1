import { describe, expect, it } from 'vitest';
import { isIsoDate, resolveWindow, windowMonths } from './analytics-window';

const NOW = new Date('2026-06-15T10:00:00Z');

describe('resolveWindow', () => {
  it('defaults to the 12 months up to and including today, as a person’s record counts them', () => {
    expect(resolveWindow({}, NOW)).toEqual({ from: '2025-06-15', to: '2026-06-15' });
    expect(resolveWindow({ to: '2024-02-29' }, NOW)).toEqual({ from: '2023-02-28', to: '2024-02-29' });
  });

  it('refuses impossible dates, a period that ends before it starts and one over five years', () => {
    expect(() => resolveWindow({ from: '2025-02-30' }, NOW)).toThrow(/from must be a date/);
    expect(() => resolveWindow({ from: '2026-01-02', to: '2026-01-01' }, NOW)).toThrow(
      /starts \(2026-01-02\) after it ends/,
    );
    expect(() => resolveWindow({ from: '2020-01-01', to: '2026-01-01' }, NOW)).toThrow(/at most 5 years/);
    expect(resolveWindow({ from: '2026-01-01', to: '2026-01-01' }, NOW)).toEqual({
      from: '2026-01-01',
      to: '2026-01-01',
    });
  });
});

describe('isIsoDate and windowMonths', () => {
  it('accepts real calendar dates only', () => {
    expect(['2024-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2023-02-29', '2026-13-01', '26-01-01', '2026-1-1', ''].some(isIsoDate)).toBe(false);
  });

  it('counts whole months: 12 for the default window, 0 for a single day', () => {
    expect(windowMonths({ from: '2025-06-15', to: '2026-06-15' })).toBe(12);
    expect(windowMonths({ from: '2026-01-01', to: '2026-03-31' })).toBe(2);
    expect(windowMonths({ from: '2026-01-01', to: '2026-01-01' })).toBe(0);
  });
});
