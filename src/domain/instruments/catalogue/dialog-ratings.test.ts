import { describe, expect, it } from 'vitest';
import { buildResponse } from '../build-response';
import { responseIssues } from '../validate-response';
import { dialogRatings } from './dialog-ratings';
import { scoresOf } from './score-of';

const lifeDomains = {
  'mental-health': 2,
  'physical-health': 3,
  'job-situation': 4,
  accommodation: 5,
  'leisure-activities': 6,
  friendships: 7,
  'partner-family': 4,
  'personal-safety': 5,
};

describe('DIALOG-style ratings', () => {
  it('has eight life domains and three treatment aspects, each with a more-help question', () => {
    expect(dialogRatings.items).toHaveLength(22);
    expect(dialogRatings.subscales.map((subscale) => subscale.itemIds.length)).toEqual([8, 3]);
    expect(dialogRatings.items.filter((item) => item.id.endsWith('-more-help'))).toHaveLength(11);
  });

  it('scores quality of life as the mean of the life domains and ignores the yes/no answers', () => {
    // (2 + 3 + 4 + 5 + 6 + 7 + 4 + 5) / 8 = 36 / 8 = 4.5 > 4 → satisfied on average.
    // Treatment: medication not applicable; (3 + 6) / 2 = 4.5, one of three missing is allowed.
    const scores = scoresOf(dialogRatings, {
      ...lifeDomains,
      'mental-health-more-help': true,
      'job-situation-more-help': false,
      medication: 'not-applicable',
      'practical-help': 3,
      meetings: 6,
    });
    expect(scores['subjective-quality-of-life']).toMatchObject({
      value: 4.5,
      isProrated: false,
      thresholdsMet: [{ label: 'Satisfied on average' }],
    });
    expect(scores['treatment-satisfaction']).toMatchObject({ value: 4.5, isProrated: true, missingCount: 1 });
  });

  it('allows two missing life domains and one missing treatment aspect, no more', () => {
    // Without friendships (7) and partner/family (4): (2 + 3 + 4 + 5 + 6 + 5) / 6 = 25 / 6 = 4.166667
    const { friendships: _f, 'partner-family': _p, ...sixDomains } = lifeDomains;
    const two = scoresOf(dialogRatings, { ...sixDomains, medication: 2, 'practical-help': 'not-applicable' });
    expect(two['subjective-quality-of-life']).toMatchObject({ value: 4.166667, missingCount: 2 });
    // Treatment: medication 2 only → 2 of 3 missing.
    expect(two['treatment-satisfaction']).toMatchObject({ value: null, reason: 'too-many-missing' });
    const { accommodation: _a, ...fiveDomains } = sixDomains;
    expect(scoresOf(dialogRatings, fiveDomains)['subjective-quality-of-life']).toMatchObject({ value: null });
  });

  it('rejects ratings off the 1–7 scale and answers the item does not offer', () => {
    const response = buildResponse(dialogRatings, {
      'mental-health': 0,
      accommodation: 8,
      friendships: 'not-applicable',
      'meetings-more-help': 1,
    });
    expect(responseIssues(dialogRatings, response).map((issue) => issue.code)).toEqual([
      'out-of-range',
      'out-of-range',
      'option-not-offered',
      'wrong-answer-type',
    ]);
  });
});
