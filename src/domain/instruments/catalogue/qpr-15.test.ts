import { describe, expect, it } from 'vitest';
import { buildResponse } from '../build-response';
import { responseIssues } from '../validate-response';
import { qpr15 } from './qpr-15';
import { ratings, scoresOf } from './score-of';

const values = [4, 3, 3, 2, 4, 4, 3, 2, 1, 3, 4, 3, 2, 3, 4];

describe('QPR-15', () => {
  it('sums fifteen items to a total of 0–60', () => {
    // 4+3+3+2+4 = 16; 4+3+2+1+3 = 13; 4+3+2+3+4 = 16; total = 16 + 13 + 16 = 45
    expect(scoresOf(qpr15, ratings(...values)).total).toMatchObject({ value: 45, isProrated: false });
    expect(scoresOf(qpr15, ratings(...values.map(() => 4))).total).toMatchObject({ value: 60 });
    expect(scoresOf(qpr15, ratings(...values.map(() => 0))).total).toMatchObject({ value: 0 });
  });

  it('prorates one missing item (6.7% ≤ 10%) but not two (13.3%)', () => {
    // Item 9 (rated 1) missing: (45 − 1) × 15 / 14 = 660 / 14 = 47.142857
    const { 'item-9': _missing, ...withoutNine } = ratings(...values);
    expect(scoresOf(qpr15, withoutNine).total).toMatchObject({ value: 47.142857, isProrated: true });
    const { 'item-10': _alsoMissing, ...withoutTwo } = withoutNine;
    expect(scoresOf(qpr15, withoutTwo).total).toMatchObject({ value: null, reason: 'too-many-missing' });
  });

  it('rejects ratings off the 0–4 scale and a response to another version', () => {
    const response = { ...buildResponse(qpr15, ratings(5)), version: '0.9.0' };
    expect(responseIssues(qpr15, response).map((issue) => issue.code)).toEqual(['wrong-version', 'out-of-range']);
  });
});
