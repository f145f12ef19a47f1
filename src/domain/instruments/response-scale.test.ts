import { describe, expect, it } from 'vitest';
import type { InstrumentItem, LineScale } from './instrument-definition';
import { isOnStep, likertPoints, scaleRange, scoredValue, tidyNumber } from './response-scale';

const line: LineScale = { kind: 'line', id: 'line', min: 0, max: 10, step: 0.1, anchors: [], nonScoredOptions: [] };
const item = (reverseKeyed: boolean): InstrumentItem => ({ id: 'x', label: 'X', scaleId: 'any', reverseKeyed });

describe('response scales', () => {
  it('lists the points of a Likert scale', () => {
    expect(likertPoints({ kind: 'likert', id: 'l', min: 0, max: 4, anchors: [], nonScoredOptions: [] })).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });

  it('treats yes/no as 0–1', () => {
    expect(scaleRange({ kind: 'yes-no', id: 'yn', nonScoredOptions: [] })).toEqual({ min: 0, max: 1 });
    expect(scoredValue({ kind: 'yes-no', id: 'yn', nonScoredOptions: [] }, item(true), true)).toBe(0);
  });

  it('knows whether a value is on a line\u2019s steps despite binary decimals', () => {
    expect(isOnStep(line, 7.3)).toBe(true);
    expect(isOnStep(line, 0.30000000000000004)).toBe(true);
    expect(isOnStep(line, 7.35)).toBe(false);
  });

  it('reverses as min + max − value', () => {
    // 0 + 10 − 2.6 = 7.4
    expect(scoredValue(line, item(true), 2.6)).toBe(7.4);
    expect(scoredValue(line, item(false), 2.6)).toBe(2.6);
  });

  it('rounds away floating-point noise', () => {
    expect(tidyNumber(8.6 + 9.7 + 9.9 + 7.8)).toBe(36);
  });
});
