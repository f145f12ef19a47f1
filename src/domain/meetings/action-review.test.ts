import { describe, expect, it } from 'vitest';
import { actionReviewProblems } from './action-review';

describe('actionReviewProblems', () => {
  it('accepts a review that marks every open action once', () => {
    expect(
      actionReviewProblems(
        ['a', 'b'],
        [
          { actionId: 'b', outcome: 'not_done' },
          { actionId: 'a', outcome: 'done' },
        ],
      ),
    ).toEqual([]);
    expect(actionReviewProblems([], [])).toEqual([]);
  });

  it('refuses a review that leaves an open action unmarked', () => {
    expect(actionReviewProblems(['a', 'b'], [{ actionId: 'a', outcome: 'done' }])).toEqual([
      { field: 'actionReviews', message: 'Mark each open action from before as done or not done (1 not marked).' },
    ]);
  });

  it('refuses an action that is not open, and one marked twice', () => {
    const problems = actionReviewProblems(
      ['a'],
      [
        { actionId: 'a', outcome: 'done' },
        { actionId: 'a', outcome: 'not_done' },
        { actionId: 'z', outcome: 'done' },
      ],
    );
    expect(problems.map((problem) => problem.field)).toEqual(['actionReviews.1.actionId', 'actionReviews.2.actionId']);
  });
});
