import { describe, expect, it } from 'vitest';
import { buildResponse } from '../build-response';
import { scoresAwaitingKey, scoringKeyIssues } from '../scoring-key';
import { responseIssues } from '../validate-response';
import { ratings, scoresOf } from './score-of';
import { waiSr } from './wai-sr';

// Items 1–12 as rated; no item is reverse-keyed.
const answers = ratings(5, 4, 5, 3, 4, 4, 5, 3, 4, 4, 2, 5);

describe('WAI-SR', () => {
  it('sums goal, task and bond and the total, all items as rated', () => {
    // goal (4, 6, 8, 11) = 3 + 4 + 3 + 2 = 12
    // task (1, 2, 10, 12) = 5 + 4 + 4 + 5 = 18
    // bond (3, 5, 7, 9) = 5 + 4 + 5 + 4 = 18
    // total = 12 + 18 + 18 = 48 (of 12–60)
    const scores = scoresOf(waiSr, answers);
    expect(scores['goal-sum']).toMatchObject({ value: 12 });
    expect(scores['task-sum']).toMatchObject({ value: 18 });
    expect(scores['bond-sum']).toMatchObject({ value: 18 });
    expect(scores.total).toMatchObject({ value: 48 });
    expect(waiSr.items.some((item) => item.reverseKeyed)).toBe(false);
  });

  it('prorates the total with one item missing; a subscale needs all four', () => {
    // Item 7 (rated 5) missing: total = (48 − 5) × 12 / 11 = 43 × 12 / 11 = 46.909091; bond undefined.
    const { 'item-7': _missing, ...withoutSeven } = answers;
    const scores = scoresOf(waiSr, withoutSeven);
    expect(scores.total).toMatchObject({ value: 46.909091, isProrated: true });
    expect(scores['bond-sum']).toMatchObject({ value: null, reason: 'too-many-missing' });
    expect(scores['goal-sum']).toMatchObject({ value: 12 });
  });

  it('ships its assignment, so it waits for no key and takes none', () => {
    expect(scoresAwaitingKey(waiSr)).toEqual([]);
    const key = {
      subscales: [{ id: 'goal', itemIds: ['item-1', 'item-2', 'item-3', 'item-4'] }],
      reverseKeyedItemIds: [],
    };
    expect(scoringKeyIssues(waiSr, key).map((issue) => issue.code)).toEqual(['wrong-instrument']);
  });

  it('rejects ratings off the 1–5 scale', () => {
    const response = buildResponse(waiSr, { 'item-1': 0, 'item-2': 6, 'item-3': 2.5 });
    expect(responseIssues(waiSr, response).map((issue) => issue.code)).toEqual([
      'out-of-range',
      'out-of-range',
      'not-integer',
    ]);
  });
});
