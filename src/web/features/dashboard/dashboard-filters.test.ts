import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dashboard-period';
import { filtersFromSearch, periodProblem } from './dashboard-filters';

describe('filtersFromSearch', () => {
  it('reads the four filters and ignores anything else or empty', () => {
    const params = new URLSearchParams('teamId=t1&siteId=&from=2026-01-01&to=2026-06-30&page=2');
    expect(filtersFromSearch(params)).toEqual({ teamId: 't1', from: '2026-01-01', to: '2026-06-30' });
  });
});

describe('periodProblem', () => {
  it('accepts a period of one day or more', () => {
    expect(periodProblem('2026-01-01', '2026-01-01', isIsoDate)).toBeNull();
  });

  it('refuses a period that ends before it starts, or a missing date', () => {
    expect(periodProblem('2026-02-01', '2026-01-01', isIsoDate)).toMatch(/start on or before/);
    expect(periodProblem('', '2026-01-01', isIsoDate)).toMatch(/first day/);
    expect(periodProblem('2026-01-01', '2026-13-01', isIsoDate)).toMatch(/last day/);
  });
});
