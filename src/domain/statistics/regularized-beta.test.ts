import { describe, expect, it } from 'vitest';
import { regularizedBeta } from './regularized-beta';

describe('regularizedBeta', () => {
  it('is the uniform distribution function for a = b = 1: I_x(1, 1) = x', () => {
    for (const x of [0.1, 0.5, 0.9]) expect(regularizedBeta(x, 1, 1)).toBeCloseTo(x, 14);
  });

  it('has the closed forms I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b, on both sides of the switch', () => {
    expect(regularizedBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 14);
    expect(regularizedBeta(0.8, 2.5, 1)).toBeCloseTo(0.8 ** 2.5, 14);
    expect(regularizedBeta(0.2, 1, 3)).toBeCloseTo(1 - 0.8 ** 3, 14);
  });

  it('is 1/2 at x = 1/2 when a = b, by symmetry', () => {
    expect(regularizedBeta(0.5, 4.5, 4.5)).toBeCloseTo(0.5, 14);
  });

  it('matches reference values: I_0.3(2.5, 3.5) and I_0.45(50, 60)', () => {
    expect(regularizedBeta(0.3, 2.5, 3.5)).toBeCloseTo(0.29675298929566646, 13);
    expect(regularizedBeta(0.45, 50, 60)).toBeCloseTo(0.4642352914306031, 12);
  });

  it('is 0 at x = 0 and 1 at x = 1, and refuses arguments out of range', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedBeta(1.1, 2, 3)).toThrow(RangeError);
    expect(() => regularizedBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});
