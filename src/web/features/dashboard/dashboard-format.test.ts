import { describe, expect, it } from 'vitest';
import { formatMeasureValue, formatP, formatShare, rankTestFigures, rankTestVerdict } from './dashboard-format';

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

describe('rankTestVerdict and rankTestFigures', () => {
  it('says in words first that the sites differ when p is below 0.05; the test’s name and figures come apart', () => {
    const test = { h: 9.3815, df: 1, p: 0.00219, n: 199, groups: 2, epsilonSquared: 9.3815 / 198 };
    expect(rankTestVerdict(test)).toBe('The sites differ more than chance alone would usually explain');
    expect(rankTestVerdict(test)).not.toMatch(/Kruskal|p =|ε/);
    expect(rankTestFigures(test)).toBe(
      'Kruskal–Wallis H = 9.38, df = 1, p = 0.002, effect size ε² = 0.05; 199 people in 2 sites.',
    );
  });

  it('says there is no clear difference otherwise', () => {
    const test = { h: 0.35, df: 1, p: 0.556, n: 200, groups: 2, epsilonSquared: 0.35 / 199 };
    expect(rankTestVerdict(test)).toMatch(/^No clear difference between the sites/);
    expect(rankTestFigures(test)).toMatch(/p = 0\.556/);
  });

  it('says when there is nothing to compare, with no figures', () => {
    const test = { h: null, df: 0, p: null, n: 3, groups: 1, epsilonSquared: null };
    expect(rankTestVerdict(test)).toBe('Too few people have this figure to compare the sites');
    expect(rankTestFigures(test)).toBeNull();
  });
});
