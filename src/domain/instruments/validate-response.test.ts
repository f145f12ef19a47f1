import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { buildResponse } from './build-response';
import { fixtureInstrument } from '../../../test/support/fixture-instrument';
import { InstrumentError } from './instrument-error';
import { assertValidResponse, responseIssues } from './validate-response';

const issuesFor = (values: Parameters<typeof buildResponse>[1]) =>
  responseIssues(fixtureInstrument, buildResponse(fixtureInstrument, values));

describe('responseIssues', () => {
  it('accepts a response that fits, including a partial one', () => {
    expect(issuesFor({ a: 1, b: 5, 'line-1': 7.3, 'wants-help': true, c: 'not-applicable' })).toEqual([]);
  });

  it('rejects a rating outside its scale', () => {
    expect(issuesFor({ a: 0, b: 6, 'line-1': 10.1 })).toEqual([
      { path: 'answers.0.value', code: 'out-of-range', message: 'Item "a": 0 is outside 1–5.' },
      { path: 'answers.1.value', code: 'out-of-range', message: 'Item "b": 6 is outside 1–5.' },
      { path: 'answers.2.value', code: 'out-of-range', message: 'Item "line-1": 10.1 is outside 0–10.' },
    ]);
  });

  it('rejects a non-integer on a Likert scale and a value between the steps of a line', () => {
    expect(issuesFor({ a: 2.5, 'line-1': 7.25 }).map((issue) => issue.code)).toEqual(['not-integer', 'not-on-step']);
  });

  it('rejects an unknown item and an item answered twice', () => {
    const response = {
      ...buildResponse(fixtureInstrument, { a: 1, zz: 3 }),
      answers: [
        { itemId: 'a', value: 1 },
        { itemId: 'zz', value: 3 },
        { itemId: 'a', value: 2 },
      ],
    };
    expect(responseIssues(fixtureInstrument, response).map((issue) => [issue.path, issue.code])).toEqual([
      ['answers.1.itemId', 'unknown-item'],
      ['answers.2.itemId', 'duplicate-answer'],
    ]);
  });

  it('rejects a response to another instrument or another version', () => {
    const response = { instrumentId: 'other', version: '1.0.0', answers: [] };
    expect(responseIssues(fixtureInstrument, response).map((issue) => issue.code)).toEqual([
      'wrong-instrument',
      'wrong-version',
    ]);
  });

  it('rejects the wrong kind of answer and options the scale does not offer', () => {
    expect(
      issuesFor({ a: true, 'wants-help': 1, 'line-1': 'dont-know', b: 'not-applicable' }).map((issue) => issue.code),
    ).toEqual(['wrong-answer-type', 'wrong-answer-type', 'option-not-offered']);
  });
});

describe('assertValidResponse', () => {
  it('throws one error listing every problem, as a bad request', () => {
    const response = { ...buildResponse(fixtureInstrument, { a: 9, zz: 1, 'line-1': 3.33 }), version: '1.0.0' };
    let caught: unknown;
    try {
      assertValidResponse(fixtureInstrument, response);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InstrumentError);
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as InstrumentError;
    expect(error.code).toBe('bad_request');
    expect(error.kind).toBe('invalid-response');
    expect(error.issues.map((issue) => issue.code)).toEqual([
      'wrong-version',
      'out-of-range',
      'unknown-item',
      'not-on-step',
    ]);
    expect(error.message).toContain('answers.0.value: Item "a": 9 is outside 1–5.');
  });

  it('does not throw for a valid response', () => {
    expect(() => assertValidResponse(fixtureInstrument, buildResponse(fixtureInstrument, { a: 3 }))).not.toThrow();
  });
});
