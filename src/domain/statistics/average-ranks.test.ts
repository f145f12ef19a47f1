import { describe, expect, it } from 'vitest';
import { averageRanks, tieGroupSizes } from './average-ranks';

describe('averageRanks', () => {
  it('ranks from 1, smallest first, in the input order', () => {
    expect(averageRanks([30, 10, 20])).toEqual([3, 1, 2]);
  });

  it('gives tied values the mean of the ranks they span: 10, 20, 20, 30 → 1, 2.5, 2.5, 4', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });

  it('handles several tie groups and negative numbers: −1, 5, 5, 5, −1 → 1.5, 4, 4, 4, 1.5', () => {
    expect(averageRanks([-1, 5, 5, 5, -1])).toEqual([1.5, 4, 4, 4, 1.5]);
  });

  it('gives every value the middle rank when all are equal: (1 + 2 + 3)/3 = 2', () => {
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
  });

  it('returns nothing for nothing and refuses non-finite values', () => {
    expect(averageRanks([])).toEqual([]);
    expect(() => averageRanks([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('tieGroupSizes', () => {
  it('lists the size of each group of tied values and ignores lone values', () => {
    expect(tieGroupSizes([4, 1, 2, 2, 4, 2, 3])).toEqual([3, 2]);
    expect(tieGroupSizes([1, 2, 3])).toEqual([]);
    expect(tieGroupSizes([])).toEqual([]);
  });
});
