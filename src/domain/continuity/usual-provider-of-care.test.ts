import { describe, expect, it } from 'vitest';
import { mostFrequentProviderOfCare, usualProviderOfCare } from './usual-provider-of-care';

describe('usualProviderOfCare', () => {
  it('is the share of contacts with the named provider: a a b a c, provider b → 1/5 = 0.2', () => {
    expect(usualProviderOfCare(['a', 'a', 'b', 'a', 'c'], 'b')).toBeCloseTo(0.2, 12);
  });

  it('is 0 when the named provider was never seen', () => {
    expect(usualProviderOfCare(['a', 'b'], 'z')).toBe(0);
  });

  it('is 1 or 0 with a single contact', () => {
    expect(usualProviderOfCare(['a'], 'a')).toBe(1);
    expect(usualProviderOfCare(['a'], 'b')).toBe(0);
  });

  it('is undefined (null) with no contacts', () => {
    expect(usualProviderOfCare([], 'a')).toBeNull();
  });
});

describe('mostFrequentProviderOfCare', () => {
  it('takes the most frequent worker: a a b a c → 3/5 = 0.6', () => {
    expect(mostFrequentProviderOfCare(['a', 'a', 'b', 'a', 'c'])).toBeCloseTo(0.6, 12);
  });

  it('gives the same share whichever of two equally frequent workers is taken: a b a b → 2/4', () => {
    expect(mostFrequentProviderOfCare(['a', 'b', 'a', 'b'])).toBe(0.5);
  });

  it('is 1/N when every contact was with a different worker: a b c d → 1/4', () => {
    expect(mostFrequentProviderOfCare(['a', 'b', 'c', 'd'])).toBe(0.25);
  });

  it('is 1 with one worker or one contact, and null with none', () => {
    expect(mostFrequentProviderOfCare(['a', 'a', 'a'])).toBe(1);
    expect(mostFrequentProviderOfCare(['a'])).toBe(1);
    expect(mostFrequentProviderOfCare([])).toBeNull();
  });
});
