import { describe, expect, it } from 'vitest';
import { InstrumentError } from '../../domain/instruments';
import { parseInstrumentResponse } from './instrument-response.schema';

describe('parseInstrumentResponse', () => {
  it('accepts ratings, yes/no and the non-scored options', () => {
    const input = {
      instrumentId: 'dialog-ratings',
      version: '1.0.0',
      answers: [
        { itemId: 'mental-health', value: 5 },
        { itemId: 'mental-health-more-help', value: true },
        { itemId: 'medication', value: 'not-applicable' },
      ],
    };
    expect(parseInstrumentResponse(input)).toEqual(input);
  });

  it('rejects unknown answer words, extra fields and a missing version, all at once', () => {
    const input = {
      instrumentId: 'dialog-ratings',
      answers: [{ itemId: 'mental-health', value: 'maybe', note: 'extra' }],
    };
    expect(() => parseInstrumentResponse(input)).toThrow(InstrumentError);
    try {
      parseInstrumentResponse(input);
    } catch (error) {
      const issues = (error as InstrumentError).issues.map((issue) => issue.path);
      expect(issues).toEqual(expect.arrayContaining(['version', 'answers.0.value', 'answers.0']));
      expect((error as InstrumentError).kind).toBe('invalid-response');
    }
  });

  it('rejects a number that is not finite', () => {
    const input = {
      instrumentId: 'srs',
      version: '1.0.0',
      answers: [{ itemId: 'item-1', value: Number.POSITIVE_INFINITY }],
    };
    expect(() => parseInstrumentResponse(input)).toThrow(/answers\.0\.value/);
  });
});
