import { describe, expect, it } from 'vitest';
import { continuityOfCareIndex } from './continuity-of-care-index';

describe('continuityOfCareIndex', () => {
  it('a a b a c: n = (3, 1, 1), N = 5 → (9 + 1 + 1 − 5) / (5 · 4) = 6/20 = 0.3', () => {
    expect(continuityOfCareIndex(['a', 'a', 'b', 'a', 'c'])).toBeCloseTo(0.3, 12);
  });

  it('a b a b: n = (2, 2), N = 4 → (4 + 4 − 4) / (4 · 3) = 4/12 = 1/3', () => {
    expect(continuityOfCareIndex(['a', 'b', 'a', 'b'])).toBeCloseTo(1 / 3, 12);
  });

  it('is 1 when one worker saw every contact: (N² − N) / (N(N − 1)) = 1', () => {
    expect(continuityOfCareIndex(['a', 'a', 'a', 'a'])).toBe(1);
  });

  it('is 0 when every contact was with a different worker: (N − N) / (N(N − 1)) = 0', () => {
    expect(continuityOfCareIndex(['a', 'b', 'c', 'd'])).toBe(0);
  });

  it('does not depend on the order of contacts', () => {
    expect(continuityOfCareIndex(['a', 'a', 'b', 'b'])).toBe(continuityOfCareIndex(['a', 'b', 'a', 'b']));
  });

  it('is undefined (null) with one contact or none, since N(N − 1) = 0', () => {
    expect(continuityOfCareIndex(['a'])).toBeNull();
    expect(continuityOfCareIndex([])).toBeNull();
  });

  it('is 1 with two contacts with the same worker and 0 with two different workers', () => {
    expect(continuityOfCareIndex(['a', 'a'])).toBe(1);
    expect(continuityOfCareIndex(['a', 'b'])).toBe(0);
  });
});
