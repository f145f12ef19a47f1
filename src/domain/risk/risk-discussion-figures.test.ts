import { describe, expect, it } from 'vitest';
import { summarizeRiskDiscussions } from './risk-discussion-figures';

describe('summarizeRiskDiscussions (worked by hand for the day 2026-03-31; recent means on or after 2025-03-31)', () => {
  it('counts never discussed and declined-only in the share, and leaves them out of the median', () => {
    // Discussed 2026-03-01 (30 days), 2025-02-28 (13 months: 396 days), never, chose not to (never).
    const figures = summarizeRiskDiscussions(['2026-03-01', '2025-02-28', null, null], '2026-03-31');
    expect(figures).toEqual({
      formulations: 4,
      discussedRecently: 1,
      neverDiscussed: 2,
      share: 0.25,
      medianDaysSinceDiscussed: (30 + 396) / 2,
    });
  });

  it('counts a discussion exactly twelve months back as recent', () => {
    expect(summarizeRiskDiscussions(['2025-03-31', '2025-03-30'], '2026-03-31')).toMatchObject({
      discussedRecently: 1,
      share: 0.5,
      medianDaysSinceDiscussed: (365 + 366) / 2,
    });
  });

  it('leaves the share and the median undefined, not zero, when there is nothing to count', () => {
    expect(summarizeRiskDiscussions([], '2026-03-31')).toEqual({
      formulations: 0,
      discussedRecently: 0,
      neverDiscussed: 0,
      share: null,
      medianDaysSinceDiscussed: null,
    });
    expect(summarizeRiskDiscussions([null], '2026-03-31')).toMatchObject({ share: 0, medianDaysSinceDiscussed: null });
  });
});
