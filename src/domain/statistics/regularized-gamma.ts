import { logGamma } from './log-gamma';

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/**
 * Regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
 * Method (Press WH et al., Numerical Recipes, 3rd ed., 2007, §6.2): for x < a + 1 the power series
 * γ(a, x) = e^{−x} x^a Σ_n x^n / (a (a + 1) … (a + n)), which converges fast there; otherwise
 * 1 − Q(a, x) with Q from the continued fraction, evaluated by the modified Lentz method. Each
 * branch is used where it converges quickly and where subtracting from 1 loses no precision.
 */
export function regularizedGammaP(a: number, x: number): number {
  checkArguments(a, x);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x); method as for P. */
export function regularizedGammaQ(a: number, x: number): number {
  checkArguments(a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}

function checkArguments(a: number, x: number): void {
  if (!Number.isFinite(a) || a <= 0) throw new RangeError(`The incomplete gamma function needs a > 0, got ${a}.`);
  if (Number.isNaN(x) || x < 0) throw new RangeError(`The incomplete gamma function needs x ≥ 0, got ${x}.`);
}

/** e^{−x} x^a / Γ(a), the factor both expansions share, computed in logs to avoid overflow. */
function prefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum * prefactor(a, x);
  }
  throw new Error(`The incomplete gamma series did not converge for a = ${a}, x = ${x}.`);
}

/** Q(a, x) by the continued fraction 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …))). */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
    const coefficient = -n * (n - a);
    b += 2;
    d = avoidZero(coefficient * d + b);
    c = avoidZero(b + coefficient / c);
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < EPSILON) return fraction * prefactor(a, x);
  }
  throw new Error(`The incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}.`);
}

/** Lentz's method replaces an exact zero by a tiny number so that the next division is defined. */
function avoidZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}
