import { describe, expect, it } from 'vitest';
import { analyticsSearch } from './analytics-search';

describe('analyticsSearch', () => {
  it('writes the filters in one fixed order and leaves empty ones out', () => {
    expect(analyticsSearch({ to: '2026-11-22', siteId: 's1', teamId: '', from: '2026-05-22' })).toBe(
      '?siteId=s1&from=2026-05-22&to=2026-11-22',
    );
    expect(analyticsSearch({})).toBe('');
  });
});
