import { describe, expect, it } from 'vitest';
import { applyWording, InstrumentError, srs } from '../../domain/instruments';
import { parseWordingFile } from './wording-file.schema';

describe('parseWordingFile', () => {
  it('reads a wording file that can then be applied', () => {
    const input = {
      instrumentId: 'srs',
      version: '1.0.0',
      items: srs.items.map((item) => ({ id: item.id, text: `Text for ${item.label}` })),
    };
    const applied = applyWording(srs, parseWordingFile(input));
    expect(applied.items.map((item) => item.text)).toEqual([
      'Text for Item 1',
      'Text for Item 2',
      'Text for Item 3',
      'Text for Item 4',
    ]);
  });

  it('rejects a file of the wrong shape as an invalid wording file', () => {
    const attempt = () =>
      parseWordingFile({ instrumentId: 'srs', version: '1.0.0', items: [{ id: 'item-1', wording: 'x' }] });
    expect(attempt).toThrow(InstrumentError);
    expect(attempt).toThrow(expect.objectContaining({ kind: 'invalid-wording' }));
    expect(attempt).toThrow(/items\.0\.text/);
  });
});
