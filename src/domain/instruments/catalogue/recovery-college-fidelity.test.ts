import { describe, expect, it } from 'vitest';
import { definitionIssues } from '../validate-definition';
import { recoveryCollegeFidelity } from './recovery-college-fidelity';
import { ratings, scoresOf } from './score-of';

describe('Recovery College fidelity self-assessment', () => {
  it('is a consistent definition with Tandem’s short label for each of the seven components', () => {
    expect(definitionIssues(recoveryCollegeFidelity)).toEqual([]);
    expect(recoveryCollegeFidelity.items.map((item) => item.label)).toEqual([
      'Valuing equality',
      'Learning',
      'Tailored to the student',
      'Co-production',
      'Social connectedness',
      'Community focus',
      'Commitment to recovery',
    ]);
    expect(recoveryCollegeFidelity.items.every((item) => item.text === undefined)).toBe(true);
  });

  it('adds red (0), amber (1) and green (2) ratings to a total out of 14', () => {
    // 2 + 2 + 1 + 2 + 0 + 1 + 2 = 10
    expect(scoresOf(recoveryCollegeFidelity, ratings(2, 2, 1, 2, 0, 1, 2)).total).toMatchObject({ value: 10 });
  });

  it('gives no total while a component is unrated', () => {
    expect(scoresOf(recoveryCollegeFidelity, ratings(2, 2, 1, 2, 0, 1)).total).toMatchObject({ value: null });
  });
});
