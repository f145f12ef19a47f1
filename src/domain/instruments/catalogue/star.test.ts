import { describe, expect, it } from 'vitest';
import { buildResponse } from '../build-response';
import { responseIssues } from '../validate-response';
import { ratings, scoresOf } from './score-of';
import { starC, starP } from './star';

// Items 1–12 as rated. The negative subscale (items 4, 7, 10) is reversed on 0–4 as 4 − value:
// 4: 1 → 3, 7: 0 → 4, 10: 2 → 2.
const answers = ratings(4, 3, 4, 1, 3, 4, 0, 3, 2, 2, 4, 3);

describe('STAR-P', () => {
  it('sums the subscales and the total with non-supportive clinician input reversed', () => {
    // positive collaboration (1, 2, 5, 6, 9, 11) = 4 + 3 + 3 + 4 + 2 + 4 = 20
    // positive clinician input (3, 8, 12) = 4 + 3 + 3 = 10
    // non-supportive clinician input reversed (4, 7, 10) = 3 + 4 + 2 = 9
    // total = 20 + 10 + 9 = 39 (of 48)
    const scores = scoresOf(starP, answers);
    expect(scores['positive-collaboration-sum']).toMatchObject({ value: 20 });
    expect(scores['positive-clinician-input-sum']).toMatchObject({ value: 10 });
    expect(scores['non-supportive-clinician-input-sum']).toMatchObject({ value: 9 });
    expect(scores.total).toMatchObject({ value: 39, isProrated: false });
  });

  it('prorates with one item missing and gives up with two', () => {
    // Item 5 (rated 3) missing. Positive collaboration: (4 + 3 + 4 + 2 + 4) = 17 over 5 → 17 × 6 / 5 = 20.4.
    // Total: 39 − 3 = 36 over 11 → 36 × 12 / 11 = 39.272727.
    const { 'item-5': _missing, ...withoutFive } = answers;
    const one = scoresOf(starP, withoutFive);
    expect(one['positive-collaboration-sum']).toMatchObject({ value: 20.4, isProrated: true });
    expect(one.total).toMatchObject({ value: 39.272727, isProrated: true });
    const { 'item-6': _alsoMissing, ...withoutFiveAndSix } = withoutFive;
    const two = scoresOf(starP, withoutFiveAndSix);
    expect(two.total).toMatchObject({ value: null, reason: 'too-many-missing' });
    expect(two['positive-collaboration-sum']).toMatchObject({ value: null });
    expect(two['non-supportive-clinician-input-sum']).toMatchObject({ value: 9 });
  });

  it('needs every item of a three-item subscale', () => {
    const { 'item-7': _missing, ...withoutSeven } = answers;
    expect(scoresOf(starP, withoutSeven)['non-supportive-clinician-input-sum']).toMatchObject({ value: null });
  });

  it('rejects ratings off the 0–4 scale', () => {
    const response = buildResponse(starP, { 'item-1': 5, 'item-2': -1, 'item-13': 2 });
    expect(responseIssues(starP, response).map((issue) => issue.code)).toEqual(['out-of-range', 'out-of-range', 'unknown-item']);
  });
});

describe('STAR-C', () => {
  it('reverses the emotional difficulties subscale in the total', () => {
    // Same arithmetic as STAR-P: 20 + 10 + 9 = 39, emotional difficulties reversed = 9.
    const scores = scoresOf(starC, answers);
    expect(scores['emotional-difficulties-sum']).toMatchObject({ value: 9 });
    expect(scores.total).toMatchObject({ value: 39 });
    // All zeros: the reversed items each score 4, so the total is 3 × 4 = 12, not 0.
    expect(scoresOf(starC, ratings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).total).toMatchObject({ value: 12 });
  });
});
