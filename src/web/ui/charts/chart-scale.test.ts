import { describe, expect, it } from 'vitest';
import { linearScale, niceStep, niceTicks, scaleTicks } from './chart-scale';

describe('linearScale', () => {
  it('maps the domain onto the range in a straight line', () => {
    const x = linearScale([0, 1], [10, 110]);
    expect(x(0)).toBe(10);
    expect(x(0.25)).toBe(35);
    expect(x(1)).toBe(110);
  });

  it('keeps values outside the domain at its ends', () => {
    const x = linearScale([0, 10], [0, 100]);
    expect(x(-5)).toBe(0);
    expect(x(12)).toBe(100);
  });

  it('maps everything to the start when the domain has no width', () => {
    expect(linearScale([3, 3], [5, 50])(3)).toBe(5);
  });
});

describe('niceTicks', () => {
  it('puts ticks at round steps and ends at or beyond the maximum', () => {
    expect(niceTicks(0, 127, 5)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 19, 4)).toEqual([0, 5, 10, 15, 20]);
  });

  it('gives a usable axis when every value is the same', () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});

describe('niceStep', () => {
  it('chooses 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 10)).toBe(10);
    expect(niceStep(30, 4)).toBe(10);
    expect(niceStep(12, 4)).toBe(5);
    expect(niceStep(0.9, 5)).toBe(0.2);
  });
});

describe('scaleTicks', () => {
  it('draws a 1–7 scale from 1 to 7, a tick at every point', () => {
    expect(scaleTicks(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scaleTicks(1, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
