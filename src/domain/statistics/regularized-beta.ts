import { logGamma } from './log-gamma';

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/**
 * Regularised incomplete beta function I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1.
 * Method (Press WH et al., Numerical Recipes, 3rd ed., 2007, §6.4): the continued fraction for
 * I_x(a, b), evaluated by the modified Lentz method, which converges fast for x < (a + 1)/(a + b + 2);
 * above that point we use the symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new RangeError(`The incomplete beta function needs a, b > 0, got a = ${a}, b = ${b}.`);
  }
  if (!(x >= 0 && x <= 1)) throw new RangeError(`The incomplete beta function needs 0 ≤ x ≤ 1, got ${x}.`);
  if (x === 0 || x === 1) return x;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The continued fraction 1/(1 + d₁/(1 + d₂/(1 + …))) with the even and odd d_m of the beta expansion. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 / avoidZero(1 - ((a + b) * x) / (a + 1));
  let fraction = d;
  for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / avoidZero(1 + even * d);
    c = avoidZero(1 + even / c);
    fraction *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / avoidZero(1 + odd * d);
    c = avoidZero(1 + odd / c);
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < EPSILON) return fraction;
  }
  throw new Error(`The incomplete beta continued fraction did not converge for x = ${x}, a = ${a}, b = ${b}.`);
}

/** Lentz's method replaces an exact zero by a tiny number so that the next division is defined. */
function avoidZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}
