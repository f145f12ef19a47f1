import { describe, expect, it } from 'vitest';
import { formatMeasureValue, formatP, formatShare, rankTestInWords } from './dashboard-format';

describe('formatMeasureValue', () => {
  it('gives indices two decimals and counts whole numbers', () => {
    expect(formatMeasureValue('coc', 0.60641)).toBe('0.61');
    expect(formatMeasureValue('contacts', 1234)).toBe('1,234');
    expect(formatMeasureValue('contacts', 58.5)).toBe('58.5');
  });
});

describe('formatShare', () => {
  it('rounds to a whole percentage and shows a dash when undefined', () => {
    expect(formatShare(0.287)).toBe('29%');
    expect(formatShare(null)).toBe('–');
  });
});

describe('formatP', () => {
  it('writes very small p-values as below 0.001', () => {
    expect(formatP(0.0000596)).toBe('p < 0.001');
    expect(formatP(0.0219)).toBe('p = 0.022');
  });
});

describe('rankTestInWords', () => {
  it('says the sites differ when p is below 0.05, with H, df and p', () => {
    expect(rankTestInWords({ h: 9.3815, df: 1, p: 0.00219, n: 199, groups: 2, epsilonSquared: 9.3815 / 198 })).toBe(
      'The sites differ more than chance alone would usually explain (Kruskal–Wallis H = 9.38, df = 1, p = 0.002, effect size ε² = 0.05; 199 people in 2 sites).',
    );
  });

  it('says there is no clear difference otherwise', () => {
    expect(rankTestInWords({ h: 0.35, df: 1, p: 0.556, n: 200, groups: 2, epsilonSquared: 0.35 / 199 })).toMatch(
      /^No clear difference between the sites.*p = 0\.556/,
    );
  });

  it('says when there is nothing to compare', () => {
    expect(rankTestInWords({ h: null, df: 0, p: null, n: 3, groups: 1, epsilonSquared: null })).toBe(
      'Too few people have this figure to compare the sites.',
    );
  });
});
