import { describe, expect, it } from 'vitest';
import { buildResponse } from './build-response';
import { fixtureInstrument } from '../../../test/support/fixture-instrument';
import type { AnswerValue, ScoredResponse, ScoreResult } from './instrument-response';
import { InstrumentError } from './instrument-error';
import { isMissingAllowed, scoreResponse } from './score-response';

const score = (values: Record<string, AnswerValue>): ScoredResponse =>
  scoreResponse(fixtureInstrument, buildResponse(fixtureInstrument, values));

const find = (scored: ScoredResponse, id: string): ScoreResult => {
  const result = scored.scores.find((candidate) => candidate.scoreId === id);
  if (!result) throw new Error(`no score ${id}`);
  return result;
};

const complete = { 'line-1': 5, 'line-2': 5, 'wants-help': true };

describe('scoreResponse', () => {
  it('scores a reverse-keyed item as min + max − value', () => {
    // a = 4; b = 2 reversed on 1–5 → 1 + 5 − 2 = 4; c = 3; d = 5.
    // sum = 4 + 4 + 3 + 5 = 16; mean = 16 / 4 = 4; subscale A+B = 4 + 4 = 8.
    const scored = score({ a: 4, b: 2, c: 3, d: 5, ...complete });
    expect(find(scored, 'sum-abcd')).toMatchObject({ value: 16, isProrated: false, answeredCount: 4, missingCount: 0 });
    expect(find(scored, 'mean-abcd')).toMatchObject({ value: 4 });
    expect(find(scored, 'ab-sum')).toMatchObject({ value: 8 });
  });

  it('prorates a sum when no more items are missing than the rule allows', () => {
    // a = 4; b = 2 → 4; c = 3; d unanswered. Answered total 11 over 3 items;
    // prorated sum = 11 × 4 / 3 = 14.666667; mean = 11 / 3 = 3.666667.
    const scored = score({ a: 4, b: 2, c: 3, ...complete });
    expect(find(scored, 'sum-abcd')).toMatchObject({
      value: 14.666667,
      isProrated: true,
      answeredCount: 3,
      missingCount: 1,
    });
    expect(find(scored, 'mean-abcd')).toMatchObject({ value: 3.666667, isProrated: true });
  });

  it('counts "not applicable" and "don\u2019t know" as missing', () => {
    // Same arithmetic as the prorated case, with d = "don't know" instead of blank.
    const scored = score({ a: 4, b: 2, c: 3, d: 'dont-know', ...complete });
    expect(find(scored, 'sum-abcd')).toMatchObject({ value: 14.666667, missingCount: 1 });
    const bothNotScored = score({ a: 'not-applicable', b: 'dont-know', c: 3, d: 3, ...complete });
    expect(find(bothNotScored, 'ab-sum')).toEqual({
      scoreId: 'ab-sum',
      label: 'A and B',
      value: null,
      reason: 'too-many-missing',
      answeredCount: 0,
      missingCount: 2,
    });
  });

  it('leaves a score undefined, with the reason, when too many items are missing', () => {
    // c and d missing: 2 > max-count 1, and 2 / 4 = 50% > 25%.
    const scored = score({ a: 4, b: 2, ...complete });
    expect(find(scored, 'sum-abcd')).toMatchObject({ value: null, reason: 'too-many-missing', missingCount: 2 });
    expect(find(scored, 'mean-abcd')).toMatchObject({ value: null, reason: 'too-many-missing' });
    expect(find(scored, 'ab-sum')).toMatchObject({ value: 8 });
  });

  it('reverses a line scale and keeps decimals exact', () => {
    // line-1 = 0.1; line-2 = 9.3 reversed on 0–10 → 10 − 9.3 = 0.7; sum = 0.8
    // (plain floating point gives 0.1 + 0.7 = 0.7999999999999999).
    const scored = score({ a: 1, b: 1, c: 1, d: 1, 'line-1': 0.1, 'line-2': 9.3, 'wants-help': false });
    expect(find(scored, 'lines')).toMatchObject({ value: 0.8 });
  });

  it('compares thresholds with each operator at the boundary', () => {
    // line-1 = 7.7; line-2 = 7.7 reversed → 2.3; 7.7 + 2.3 = 10: "<= 10" and ">= 10" hold, "< 10" and "> 10" do not.
    const scored = score({ a: 1, b: 1, c: 1, d: 1, 'line-1': 7.7, 'line-2': 7.7, 'wants-help': false });
    const lines = find(scored, 'lines');
    expect(lines.value).toBe(10);
    expect(lines.value !== null && lines.thresholdsMet.map((threshold) => threshold.label)).toEqual([
      'at most 10',
      'at least 10',
    ]);
  });

  it('applies a threshold to the score it belongs to', () => {
    // sum = 4 + 4 + 3 + 5 = 16 meets ">= 16"; 15 would not.
    expect(find(score({ a: 4, b: 2, c: 3, d: 5, ...complete }), 'sum-abcd')).toMatchObject({
      thresholdsMet: [{ label: 'High' }],
    });
    expect(find(score({ a: 4, b: 2, c: 3, d: 4, ...complete }), 'sum-abcd')).toMatchObject({ thresholdsMet: [] });
  });

  it('scores yes as 1 and no as 0', () => {
    expect(find(score({ ...complete, 'wants-help': true }), 'help')).toMatchObject({ value: 1 });
    expect(find(score({ ...complete, 'wants-help': false }), 'help')).toMatchObject({ value: 0 });
  });

  it('refuses to score a response that does not fit the instrument', () => {
    expect(() => score({ a: 6 })).toThrow(InstrumentError);
  });
});

describe('isMissingAllowed', () => {
  it('allows up to the percentage, inclusive', () => {
    expect(isMissingAllowed({ kind: 'max-percent', percent: 25 }, 1, 4)).toBe(true);
    expect(isMissingAllowed({ kind: 'max-percent', percent: 24.9 }, 1, 4)).toBe(false);
  });

  it('allows none when none are allowed', () => {
    expect(isMissingAllowed({ kind: 'none-allowed' }, 0, 4)).toBe(true);
    expect(isMissingAllowed({ kind: 'none-allowed' }, 1, 4)).toBe(false);
  });
});
