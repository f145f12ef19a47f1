import { describe, expect, it } from 'vitest';
import { buildResponse } from '../build-response';
import { responseIssues } from '../validate-response';
import { ratings, scoresOf } from './score-of';
import { srs } from './srs';

describe('SRS', () => {
  it('does not flag a total of exactly 36', () => {
    // 8.6 + 9.7 + 9.9 + 7.8 = 36.0 (plain floating point: 35.99999999999999, which would wrongly be < 36)
    expect(scoresOf(srs, ratings(8.6, 9.7, 9.9, 7.8)).total).toMatchObject({ value: 36, thresholdsMet: [] });
  });

  it('flags a total below the cut-off of 36', () => {
    // 9.0 + 8.5 + 9.2 + 8.9 = 35.6 < 36
    expect(scoresOf(srs, ratings(9, 8.5, 9.2, 8.9)).total).toMatchObject({
      value: 35.6,
      thresholdsMet: [{ comparator: '<', value: 36 }],
    });
  });

  it('needs all four lines', () => {
    expect(scoresOf(srs, ratings(9, 9, 9)).total).toMatchObject({
      value: null,
      reason: 'too-many-missing',
      missingCount: 1,
    });
  });

  it('accepts millimetres, not finer, and nothing beyond the 10 cm line', () => {
    const response = buildResponse(srs, ratings(7.25, 10.5, -0.1, 10));
    expect(responseIssues(srs, response).map((issue) => issue.code)).toEqual([
      'not-on-step',
      'out-of-range',
      'out-of-range',
    ]);
  });
});
