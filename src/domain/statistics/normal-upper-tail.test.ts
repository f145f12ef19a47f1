import { describe, expect, it } from 'vitest';
import { normalUpperTail } from './normal-upper-tail';

describe('normalUpperTail', () => {
  it('matches tabulated values of the standard normal distribution', () => {
    // Abramowitz & Stegun, table 26.1: Φ(1) = 0.8413447461, Φ(1.959964) = 0.975, Φ(3) = 0.9986501020.
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 15);
    expect(normalUpperTail(1)).toBeCloseTo(1 - 0.8413447461, 10);
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 7);
    expect(normalUpperTail(-3)).toBeCloseTo(0.998650102, 9);
  });

  it('keeps relative precision far in the tail: P(Z > 8) = 6.22096e-16', () => {
    expect(normalUpperTail(8) / 6.220960574271785e-16).toBeCloseTo(1, 8);
  });

  it('gives 0 and 1 at the infinities and refuses NaN', () => {
    expect(normalUpperTail(Infinity)).toBe(0);
    expect(normalUpperTail(-Infinity)).toBe(1);
    expect(() => normalUpperTail(Number.NaN)).toThrow(RangeError);
  });
});
