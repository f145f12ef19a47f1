import { describe, expect, it } from 'vitest';
import { summarizeCoordinatorChanges } from './coordinator-change-figures';

describe('summarizeCoordinatorChanges', () => {
  it('counts planned and unplanned changes and takes the median notice of the planned ones only', () => {
    expect(summarizeCoordinatorChanges([14, null, 10])).toEqual({
      planned: 2,
      unplanned: 1,
      plannedShare: 2 / 3,
      medianDaysOfNotice: 12,
    });
  });

  it('leaves the share and the median undefined, not zero, when there is nothing to count', () => {
    expect(summarizeCoordinatorChanges([])).toEqual({
      planned: 0,
      unplanned: 0,
      plannedShare: null,
      medianDaysOfNotice: null,
    });
    expect(summarizeCoordinatorChanges([null]).medianDaysOfNotice).toBeNull();
  });
});
