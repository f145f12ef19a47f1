import { describe, expect, it } from 'vitest';
import { sequentialContinuityIndex } from './sequential-continuity-index';

describe('sequentialContinuityIndex', () => {
  it('a a b a c: pairs aa, ab, ba, ac → 1 same of 4 = 0.25', () => {
    expect(sequentialContinuityIndex(['a', 'a', 'b', 'a', 'c'])).toBe(0.25);
  });

  it('sees hand-offs that counts cannot: a a b b → 2/3 but a b a b → 0/3', () => {
    expect(sequentialContinuityIndex(['a', 'a', 'b', 'b'])).toBeCloseTo(2 / 3, 12);
    expect(sequentialContinuityIndex(['a', 'b', 'a', 'b'])).toBe(0);
  });

  it('is 1 with one worker throughout', () => {
    expect(sequentialContinuityIndex(['a', 'a', 'a'])).toBe(1);
  });

  it('is undefined (null) with one contact or none: there is no pair', () => {
    expect(sequentialContinuityIndex(['a'])).toBeNull();
    expect(sequentialContinuityIndex([])).toBeNull();
  });
});
