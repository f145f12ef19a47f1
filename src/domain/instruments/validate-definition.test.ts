import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../../../test/support/fixture-instrument';
import type { InstrumentDefinition } from './instrument-definition';
import { InstrumentError } from './instrument-error';
import { assertValidDefinition, definitionIssues } from './validate-definition';

const codes = (definition: InstrumentDefinition) =>
  definitionIssues(definition).map((issue) => [issue.path, issue.code]);

describe('definitionIssues', () => {
  it('accepts a consistent definition', () => {
    expect(definitionIssues(fixtureInstrument)).toEqual([]);
  });

  it('finds ids used twice across items, subscales and scores', () => {
    const definition: InstrumentDefinition = {
      ...fixtureInstrument,
      subscales: [...fixtureInstrument.subscales, { id: 'a', label: 'Clash', itemIds: ['a'] }],
    };
    expect(codes(definition)).toEqual([['subscales.a', 'duplicate-id']]);
  });

  it('finds references to unknown scales, items and subscales', () => {
    const [first, ...rest] = fixtureInstrument.items;
    const definition: InstrumentDefinition = {
      ...fixtureInstrument,
      items: [{ ...first!, scaleId: 'nine' }, ...rest],
      subscales: [{ id: 'ab', label: 'A and B', itemIds: ['a', 'nobody'] }],
      scores: [{ ...fixtureInstrument.scores[2]!, source: { kind: 'subscale', subscaleId: 'gone' } }],
    };
    expect(codes(definition)).toEqual([
      ['items.a', 'unknown-scale'],
      ['subscales.ab', 'unknown-item'],
      ['scores.ab-sum', 'unknown-subscale'],
    ]);
  });

  it('finds impossible scales', () => {
    const definition: InstrumentDefinition = {
      ...fixtureInstrument,
      scales: [
        {
          kind: 'likert',
          id: 'five',
          min: 5,
          max: 1,
          anchors: [{ value: 9, label: 'Off the scale' }],
          nonScoredOptions: [],
        },
        {
          kind: 'line',
          id: 'line',
          min: 0,
          max: 10,
          step: 0.3,
          anchors: [],
          nonScoredOptions: ['dont-know', 'dont-know'],
        },
        { kind: 'yes-no', id: 'yes-no', nonScoredOptions: [] },
      ],
    };
    expect(definitionIssues(definition).map((issue) => issue.message)).toEqual([
      'min (5) must be below max (1).',
      'Anchor at 9 must lie within 5–1 and have a label.',
      'Non-scored options repeat.',
      'step 0.3 must be positive and divide the range 0–10.',
    ]);
  });

  it('finds impossible missing-answer rules and empty item lists', () => {
    const [sum, mean] = fixtureInstrument.scores;
    const definition: InstrumentDefinition = {
      ...fixtureInstrument,
      scores: [
        { ...sum!, missing: { kind: 'max-count', count: -1 } },
        { ...mean!, missing: { kind: 'max-percent', percent: 100 }, source: { kind: 'items', itemIds: [] } },
      ],
    };
    expect(codes(definition)).toEqual([
      ['scores.sum-abcd', 'invalid-score'],
      ['scores.mean-abcd', 'invalid-score'],
      ['scores.mean-abcd', 'invalid-score'],
    ]);
  });

  it('requires an id, a version, a title, a licence and at least one item', () => {
    const definition = { ...fixtureInstrument, id: ' ', licence: '', items: [], subscales: [], scores: [] };
    expect(codes(definition)).toEqual([
      ['id', 'invalid-shape'],
      ['licence', 'invalid-shape'],
      ['items', 'invalid-shape'],
    ]);
  });
});

describe('assertValidDefinition', () => {
  it('throws an invalid-definition error listing the issues', () => {
    const definition = { ...fixtureInstrument, version: '' };
    expect(() => assertValidDefinition(definition)).toThrow(InstrumentError);
    expect(() => assertValidDefinition(definition)).toThrow(/version must not be empty/);
  });
});
