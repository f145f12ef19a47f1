import { describe, expect, it } from 'vitest';
import { summarizeDistribution } from './summarize-distribution';

describe('summarizeDistribution', () => {
  it('summarises 1, 2, 3, 4 by hand: mean 2.5, quartiles 1.75 and 3.25 by definition 7', () => {
    expect(summarizeDistribution([3, 1, 4, 2])).toEqual({
      n: 4,
      mean: 2.5,
      median: 2.5,
      q1: 1.75,
      q3: 3.25,
      min: 1,
      max: 4,
    });
  });

  it('reproduces the published PlantGrowth control summary: mean 5.032, median 5.155, IQR 0.7425', () => {
    const control = [4.17, 5.58, 5.18, 6.11, 4.5, 4.61, 5.17, 4.53, 5.33, 5.14];
    const summary = summarizeDistribution(control);
    expect(summary.mean).toBeCloseTo(5.032, 10);
    expect(summary.median).toBeCloseTo(5.155, 10);
    expect((summary.q3 ?? 0) - (summary.q1 ?? 0)).toBeCloseTo(0.7425, 10);
    expect(summary).toMatchObject({ n: 10, min: 4.17, max: 6.11 });
  });

  it('reproduces the published IQRs of the two PlantGrowth treatment groups: 0.6625 and 0.4675', () => {
    const treatment1 = summarizeDistribution([4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69]);
    const treatment2 = summarizeDistribution([6.31, 5.12, 5.54, 5.5, 5.37, 5.29, 4.92, 6.15, 5.8, 5.26]);
    expect((treatment1.q3 ?? 0) - (treatment1.q1 ?? 0)).toBeCloseTo(0.6625, 10);
    expect(treatment1.median).toBeCloseTo(4.55, 10);
    expect((treatment2.q3 ?? 0) - (treatment2.q1 ?? 0)).toBeCloseTo(0.4675, 10);
    expect(treatment2.median).toBeCloseTo(5.435, 10);
  });

  it('gives the value itself for every statistic of a single value', () => {
    expect(summarizeDistribution([6])).toEqual({ n: 1, mean: 6, median: 6, q1: 6, q3: 6, min: 6, max: 6 });
  });

  it('gives n = 0 and nulls for no values', () => {
    expect(summarizeDistribution([])).toEqual({
      n: 0,
      mean: null,
      median: null,
      q1: null,
      q3: null,
      min: null,
      max: null,
    });
  });

  it('refuses non-finite values', () => {
    expect(() => summarizeDistribution([1, Infinity])).toThrow(RangeError);
  });
});
