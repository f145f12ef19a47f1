import { describe, expect, it } from 'vitest';
import { continuityOfCareIndex } from './continuity-of-care-index';
import { herfindahlHirschmanIndex } from './herfindahl-hirschman-index';

describe('herfindahlHirschmanIndex', () => {
  it('a a b a c: (3/5)² + (1/5)² + (1/5)² = 11/25 = 0.44', () => {
    expect(herfindahlHirschmanIndex(['a', 'a', 'b', 'a', 'c'])).toBeCloseTo(0.44, 12);
  });

  it('is 1/K when K workers share the contacts equally: a b c d → 1/4', () => {
    expect(herfindahlHirschmanIndex(['a', 'b', 'c', 'd'])).toBe(0.25);
  });

  it('is 1 with one worker or one contact, and null with none', () => {
    expect(herfindahlHirschmanIndex(['a', 'a'])).toBe(1);
    expect(herfindahlHirschmanIndex(['a'])).toBe(1);
    expect(herfindahlHirschmanIndex([])).toBeNull();
  });

  it('agrees with the Bice–Boxerman index through COC = (N·HHI − 1) / (N − 1)', () => {
    const workerIds = ['a', 'b', 'a', 'c', 'c', 'a', 'd', 'a'];
    const total = workerIds.length;
    const hhi = herfindahlHirschmanIndex(workerIds) ?? Number.NaN;
    expect((total * hhi - 1) / (total - 1)).toBeCloseTo(continuityOfCareIndex(workerIds) ?? Number.NaN, 12);
  });
});
