import { describe, expect, it } from 'vitest';
import type { DistributionDto } from '../../../shared/api/analytics.responses';
import { boxPlotGeometry, largestMaximum } from './chart-box-plot-geometry';
import { linearScale } from './chart-scale';

const x = linearScale([0, 1], [0, 200]);
const summary = (values: Partial<DistributionDto>): DistributionDto => ({
  n: 5,
  mean: 0.5,
  median: 0.5,
  q1: 0.25,
  q3: 0.75,
  min: 0,
  max: 1,
  ...values,
});

describe('boxPlotGeometry', () => {
  it('places whiskers at the extremes, the box over the quartiles and the median inside', () => {
    expect(boxPlotGeometry(summary({ mean: 0.4, median: 0.45 }), x)).toEqual({
      whiskerStart: 0,
      whiskerEnd: 200,
      boxStart: 50,
      boxWidth: 100,
      median: 90,
      mean: 80,
    });
  });

  it('draws a single value as a box of no width', () => {
    const one = boxPlotGeometry({ n: 1, mean: 0.6, median: 0.6, q1: 0.6, q3: 0.6, min: 0.6, max: 0.6 }, x);
    expect(one).toMatchObject({ boxStart: 120, boxWidth: 0, whiskerStart: 120, whiskerEnd: 120 });
  });

  it('has nothing to draw for a group without values', () => {
    expect(boxPlotGeometry({ n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null }, x)).toBeNull();
  });

  it('leaves the mean out when it is unknown', () => {
    expect(boxPlotGeometry(summary({ mean: null }), x)?.mean).toBeNull();
  });
});

describe('largestMaximum', () => {
  it('is the largest maximum of the groups, and at least 1 so the axis has a length', () => {
    expect(largestMaximum([summary({ max: 12 }), summary({ max: 40 }), summary({ n: 0, max: null })])).toBe(40);
    expect(largestMaximum([summary({ max: 0 })])).toBe(1);
  });
});
