import { describe, expect, it } from 'vitest';
import { reliableChange } from './reliable-change';

describe('reliableChange', () => {
  it('by hand: SD 10, r 0.8 → SE = 10·√0.2 = 4.4721, S_diff = √40 = 6.3246; 50 → 65 gives RCI 2.3717', () => {
    const result = reliableChange({ before: 50, after: 65, sd: 10, reliability: 0.8, better: 'higher' });
    expect(result.change).toBe(15);
    expect(result.standardError).toBeCloseTo(4.472136, 6);
    expect(result.differenceStandardError).toBeCloseTo(6.324555, 6);
    expect(result.rci).toBeCloseTo(2.371708, 6);
    expect(result.classification).toBe('reliable_improvement');
  });

  it('reads the same rise as a deterioration when lower is better', () => {
    const result = reliableChange({ before: 50, after: 65, sd: 10, reliability: 0.8, better: 'lower' });
    expect(result.classification).toBe('reliable_deterioration');
  });

  it('reads a large fall as an improvement when lower is better (e.g. a distress score)', () => {
    const result = reliableChange({ before: 65, after: 50, sd: 10, reliability: 0.8, better: 'lower' });
    expect(result.classification).toBe('reliable_improvement');
  });

  it('reproduces a published worked example: SEM 3.07 → S_diff 4.34, critical change 8.51; 24 → 35 is reliable', () => {
    // Wodrich, open textbook, Appendix E "How to calculate a reliable change index" (Piers-Harris-2 total score).
    const result = reliableChange({ before: 24, after: 35, standardError: 3.07, better: 'higher' });
    expect(result.differenceStandardError).toBeCloseTo(4.34, 2);
    expect(1.96 * result.differenceStandardError).toBeCloseTo(8.51, 2);
    expect(result.rci).toBeCloseTo(2.533607, 6); // 11 / (3.07·√2)
    expect(result.classification).toBe('reliable_improvement');
  });

  it('needs |RCI| above 1.96: just below is no reliable change, just above is', () => {
    const sDiff = Math.sqrt(2) * 4; // SE 4
    const justBelow = reliableChange({ before: 0, after: 1.95 * sDiff, standardError: 4, better: 'higher' });
    const justAbove = reliableChange({ before: 0, after: -1.97 * sDiff, standardError: 4, better: 'higher' });
    expect(justBelow.classification).toBe('no_reliable_change');
    expect(justAbove.classification).toBe('reliable_deterioration');
  });

  it('gives RCI 0 and no reliable change when nothing changed, even with reliability 0', () => {
    const result = reliableChange({ before: 3, after: 3, sd: 1, reliability: 0, better: 'higher' });
    expect(result).toMatchObject({ rci: 0, classification: 'no_reliable_change' });
  });

  it('refuses a reliability of 1 or outside [0, 1), a non-positive SD or SE, and non-finite scores', () => {
    const base = { before: 1, after: 2, better: 'higher' } as const;
    expect(() => reliableChange({ ...base, sd: 5, reliability: 1 })).toThrow(RangeError);
    expect(() => reliableChange({ ...base, sd: 5, reliability: -0.1 })).toThrow(RangeError);
    expect(() => reliableChange({ ...base, sd: 0, reliability: 0.8 })).toThrow(RangeError);
    expect(() => reliableChange({ ...base, standardError: 0 })).toThrow(RangeError);
    expect(() => reliableChange({ ...base, before: Number.NaN, sd: 5, reliability: 0.8 })).toThrow(RangeError);
  });
});
