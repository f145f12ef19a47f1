import { describe, expect, it } from 'vitest';
import { applyWording, MAX_ITEM_TEXT_LENGTH, wordingIssues, type WordingFile } from './apply-wording';
import { fixtureInstrument } from '../../../test/support/fixture-instrument';
import { InstrumentError } from './instrument-error';

const wording = (items: WordingFile['items'], overrides: Partial<WordingFile> = {}): WordingFile => ({
  instrumentId: fixtureInstrument.id,
  version: fixtureInstrument.version,
  items,
  ...overrides,
});

const allItems = fixtureInstrument.items.map((item) => ({ id: item.id, text: `Supplied text for ${item.id}` }));

describe('applyWording', () => {
  it('gives every item its supplied text, trimmed, and leaves the definition untouched', () => {
    const applied = applyWording(
      fixtureInstrument,
      wording(allItems.map((entry) => ({ ...entry, text: ` ${entry.text} ` }))),
    );
    expect(applied.items.map((item) => item.text)).toEqual(allItems.map((entry) => entry.text));
    expect(applied.items.map((item) => item.label)).toEqual(fixtureInstrument.items.map((item) => item.label));
    expect(fixtureInstrument.items[1]?.text).toBeUndefined();
  });

  it('rejects a file for another instrument or version', () => {
    const issues = wordingIssues(fixtureInstrument, wording(allItems, { instrumentId: 'other', version: '9' }));
    expect(issues.map((issue) => issue.code)).toEqual(['wrong-instrument', 'wrong-version']);
  });

  it('lists missing, repeated and unknown items and bad texts together', () => {
    const [first, second, ...rest] = allItems;
    const items = [
      first!,
      { id: first!.id, text: 'again' },
      { id: 'zz', text: 'unknown' },
      { id: second!.id, text: '   ' },
      ...rest.slice(1),
      { id: rest[0]!.id, text: 'x'.repeat(MAX_ITEM_TEXT_LENGTH + 1) },
    ];
    expect(wordingIssues(fixtureInstrument, wording(items)).map((issue) => [issue.path, issue.code])).toEqual([
      ['items.1.id', 'duplicate-id'],
      ['items.2.id', 'unknown-item'],
      ['items.3.text', 'empty-text'],
      ['items.8.text', 'text-too-long'],
    ]);
    const missingOne = wording(allItems.slice(1));
    expect(wordingIssues(fixtureInstrument, missingOne)).toEqual([
      { path: 'items', code: 'missing-item', message: 'No text for item "a".' },
    ]);
  });

  it('throws an invalid-wording error and applies nothing on a mismatch', () => {
    expect(() => applyWording(fixtureInstrument, wording(allItems.slice(1)))).toThrow(InstrumentError);
    const attempt = () => applyWording(fixtureInstrument, wording([]));
    expect(attempt).toThrow(expect.objectContaining({ kind: 'invalid-wording', code: 'bad_request' }));
    expect(attempt).toThrow(
      expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ code: 'missing-item' })]) }),
    );
  });
});
