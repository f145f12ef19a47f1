import { describe, expect, it } from 'vitest';
import { INSTRUMENT_CATALOGUE, InstrumentError, srs, type InstrumentIssue } from '../../domain/instruments';
import { parseInstrumentDefinition } from './instrument-definition.schema';

const fromJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function issuesOf(input: unknown): InstrumentIssue[] {
  try {
    parseInstrumentDefinition(input);
  } catch (error) {
    if (error instanceof InstrumentError && error.kind === 'invalid-definition') return [...error.issues];
    throw error;
  }
  throw new Error('expected the definition to be rejected');
}

describe('parseInstrumentDefinition', () => {
  it.each(INSTRUMENT_CATALOGUE.map((definition) => [definition.id, definition] as const))(
    'reads back %s from JSON unchanged',
    (_, definition) => {
      expect(parseInstrumentDefinition(fromJson(definition))).toEqual(definition);
    },
  );

  it('fills in empty anchors, options and thresholds and unreversed items', () => {
    const minimal = {
      id: 'tiny',
      version: '1',
      title: 'Tiny',
      licence: 'Ours',
      isValidated: false,
      wordingMode: 'included',
      scales: [{ kind: 'likert', id: 'five', min: 1, max: 5 }],
      items: [{ id: 'only', label: 'Only', text: 'How is it?', scaleId: 'five' }],
      scores: [
        {
          id: 'total',
          label: 'Total',
          method: 'sum',
          source: { kind: 'items', itemIds: ['only'] },
          missing: { kind: 'none-allowed' },
        },
      ],
    };
    expect(parseInstrumentDefinition(minimal)).toMatchObject({
      scales: [{ anchors: [], nonScoredOptions: [] }],
      items: [{ reverseKeyed: false }],
      subscales: [],
      scores: [{ thresholds: [] }],
    });
  });

  it('lists every shape problem with its path', () => {
    const broken = {
      ...(fromJson(srs) as Record<string, unknown>),
      licence: '',
      colour: 'blue',
      scales: [{ kind: 'slider', id: 'line-0-10' }],
    };
    const paths = issuesOf(broken).map((issue) => [issue.path, issue.code]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['(root)', 'invalid-shape'],
        ['licence', 'invalid-shape'],
        ['scales.0.kind', 'invalid-shape'],
      ]),
    );
  });

  it('rejects a Likert scale between decimals and a non-finite number', () => {
    const definition = fromJson(srs) as { scales: unknown[] };
    definition.scales = [{ kind: 'likert', id: 'line-0-10', min: 0.5, max: 4 }];
    expect(issuesOf(definition).map((issue) => issue.path)).toEqual(['scales.0.min']);
  });

  it('reports cross-reference problems with the domain\u2019s own codes', () => {
    const definition = fromJson(srs) as { items: { scaleId: string }[]; scores: { source: unknown }[] };
    definition.items[0]!.scaleId = 'no-such-scale';
    definition.scores[0]!.source = { kind: 'subscale', subscaleId: 'nowhere' };
    expect(issuesOf(definition)).toEqual([
      { path: 'items.item-1', code: 'unknown-scale', message: 'No scale "no-such-scale".' },
      { path: 'scores.total', code: 'unknown-subscale', message: 'No subscale "nowhere".' },
    ]);
  });
});
