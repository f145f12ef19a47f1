import { describe, expect, it } from 'vitest';
import { discussedSince, isDiscussedAt } from './risk-discussion';

describe('isDiscussedAt', () => {
  it('needs the version itself discussed, not an earlier one', () => {
    expect(isDiscussedAt([{ formulationVersion: 2, isDeclined: false }], 3)).toBe(false);
    expect(isDiscussedAt([{ formulationVersion: 3, isDeclined: false }], 3)).toBe(true);
    expect(isDiscussedAt([], 1)).toBe(false);
  });

  it('does not count a discussion the person chose not to have', () => {
    expect(isDiscussedAt([{ formulationVersion: 3, isDeclined: true }], 3)).toBe(false);
  });
});

describe('discussedSince', () => {
  it('goes back twelve calendar months, keeping the day where the month has it', () => {
    expect(discussedSince('2026-06-15')).toBe('2025-06-15');
    expect(discussedSince('2028-02-29')).toBe('2027-02-28');
    expect(discussedSince('2026-03-31', 1)).toBe('2026-02-28');
  });
});
