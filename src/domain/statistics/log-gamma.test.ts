import { describe, expect, it } from 'vitest';
import { logGamma } from './log-gamma';

describe('logGamma', () => {
  it('is ln((n − 1)!) at whole numbers: Γ(1) = Γ(2) = 1, Γ(10) = 9! = 362880', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
  });

  it('gives Γ(1/2) = √π', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
  });

  it('stays accurate for small and large arguments (reference values of ln Γ to 13 digits)', () => {
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
    expect(logGamma(171.5)).toBeCloseTo(709.1431630309283, 9);
  });

  it('refuses zero, negative and non-finite arguments', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1.5)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
  });
});
