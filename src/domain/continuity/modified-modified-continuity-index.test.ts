import { describe, expect, it } from 'vitest';
import { modifiedModifiedContinuityIndex } from './modified-modified-continuity-index';

describe('modifiedModifiedContinuityIndex', () => {
  it('a a b a c: K = 3, N = 5 → (1 − 3/5.1) / (1 − 1/5.1) = 2.1/4.1 ≈ 0.512195', () => {
    expect(modifiedModifiedContinuityIndex(['a', 'a', 'b', 'a', 'c'])).toBeCloseTo(2.1 / 4.1, 12);
    expect(modifiedModifiedContinuityIndex(['a', 'a', 'b', 'a', 'c'])).toBeCloseTo(0.512195, 6);
  });

  it('a b a b: K = 2, N = 4 → (1 − 2/4.1) / (1 − 1/4.1) = 2.1/3.1 ≈ 0.677419', () => {
    expect(modifiedModifiedContinuityIndex(['a', 'b', 'a', 'b'])).toBeCloseTo(0.677419, 6);
  });

  it('is 1 when one worker saw every contact (K = 1)', () => {
    expect(modifiedModifiedContinuityIndex(['a', 'a', 'a'])).toBeCloseTo(1, 12);
  });

  it('is small but not 0 when every contact was with a different worker: K = N = 4 → 0.1/3.1 ≈ 0.032258', () => {
    expect(modifiedModifiedContinuityIndex(['a', 'b', 'c', 'd'])).toBeCloseTo(0.1 / 3.1, 12);
  });

  it('is 1 with one contact (K = N = 1) and null with none', () => {
    expect(modifiedModifiedContinuityIndex(['a'])).toBeCloseTo(1, 12);
    expect(modifiedModifiedContinuityIndex([])).toBeNull();
  });
});
