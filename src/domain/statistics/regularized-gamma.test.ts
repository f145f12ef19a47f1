import { describe, expect, it } from 'vitest';
import { regularizedGammaP, regularizedGammaQ } from './regularized-gamma';

describe('regularizedGammaP and regularizedGammaQ', () => {
  it('match the exponential distribution: P(1, x) = 1 − e^{−x} on both branches', () => {
    for (const x of [0.3, 1.5, 4, 12]) expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
  });

  it('match the Poisson sum for whole a: Q(3, 2) = e^{−2}(1 + 2 + 2²/2) = 5e^{−2}', () => {
    expect(regularizedGammaQ(3, 2)).toBeCloseTo(5 * Math.exp(-2), 14);
  });

  it('match the error function: P(1/2, 1) = erf(1) = 0.8427007929497149', () => {
    expect(regularizedGammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 13);
  });

  it('stay accurate for large a on either side of the mean', () => {
    expect(regularizedGammaQ(100, 110)).toBeCloseTo(0.15827867006008706, 12);
    expect(regularizedGammaP(100, 90)).toBeCloseTo(0.15822098918643007, 12);
  });

  it('add up to 1', () => {
    for (const [a, x] of [
      [0.5, 0.2],
      [2.5, 3.5],
      [7, 30],
    ] as const) {
      expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 14);
    }
  });

  it('take their limits at x = 0 and x = ∞', () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Infinity)).toBe(1);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
  });

  it('refuse a ≤ 0 and negative x', () => {
    expect(() => regularizedGammaP(0, 1)).toThrow(RangeError);
    expect(() => regularizedGammaQ(1, -1)).toThrow(RangeError);
  });
});
