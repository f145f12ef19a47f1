import { describe, expect, it } from 'vitest';
import { discussedSince, isDiscussedAt, isDiscussionDue } from './risk-discussion';

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

describe('isDiscussionDue', () => {
  const since = '2025-06-15';
  it('is due when a formulation was never discussed, or last discussed before the day twelve months back', () => {
    expect(isDiscussionDue({ hasFormulation: true, lastDiscussedOn: null }, since)).toBe(true);
    expect(isDiscussionDue({ hasFormulation: true, lastDiscussedOn: '2025-06-14' }, since)).toBe(true);
  });

  it('is not due when discussed on or after that day, or when there is no formulation yet', () => {
    expect(isDiscussionDue({ hasFormulation: true, lastDiscussedOn: '2025-06-15' }, since)).toBe(false);
    expect(isDiscussionDue({ hasFormulation: false, lastDiscussedOn: null }, since)).toBe(false);
  });
});
