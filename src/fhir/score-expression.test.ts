import { describe, expect, it } from 'vitest';
import { dialogRatings, type InstrumentDefinition } from '../domain/instruments';
import { fixtureInstrument } from '../../test/support/fixture-instrument';
import { allowedMissingCount, scoreExpression } from './score-expression';

const scoreOf = (definition: InstrumentDefinition, id: string) => {
  const score = definition.scores.find((candidate) => candidate.id === id);
  if (!score) throw new Error(`no score ${id}`);
  return score;
};

describe('scoreExpression', () => {
  it('averages the weights of a subscale, allowing the missing items its rule allows', () => {
    // 8 life domains, up to 2 missing → at least 6 answers.
    const values = `(%resource.item.where(linkId in (${[
      'mental-health',
      'physical-health',
      'job-situation',
      'accommodation',
      'leisure-activities',
      'friendships',
      'partner-family',
      'personal-safety',
    ]
      .map((id) => `'${id}'`)
      .join(' | ')})).answer.value.weight())`;
    expect(scoreExpression(dialogRatings, scoreOf(dialogRatings, 'subjective-quality-of-life'))).toBe(
      `iif(${values}.count() >= 6, ${values}.sum() / ${values}.count(), {})`,
    );
  });

  it('prorates a sum and combines items scored in different ways without losing equal values', () => {
    const expression = scoreExpression(fixtureInstrument, {
      ...scoreOf(fixtureInstrument, 'sum-abcd'),
      source: { kind: 'items', itemIds: ['a', 'line-1', 'line-2', 'wants-help'] },
    });
    const values =
      "(%resource.item.where(linkId in ('a')).answer.value.weight()" +
      ".combine(%resource.item.where(linkId in ('line-1')).answer.value.ofType(decimal))" +
      ".combine(%resource.item.where(linkId in ('line-2')).answer.value.ofType(decimal).select(10 - $this))" +
      ".combine(%resource.item.where(linkId in ('wants-help')).answer.value.ofType(boolean).select(iif($this, 1, 0))))";
    expect(expression).toBe(`iif(${values}.count() >= 3, ${values}.sum() * 4 / ${values}.count(), {})`);
  });
});

describe('allowedMissingCount', () => {
  it('turns a percentage into a whole number of items, and always needs one answer', () => {
    expect(allowedMissingCount({ kind: 'max-percent', percent: 10 }, 15)).toBe(1);
    expect(allowedMissingCount({ kind: 'max-percent', percent: 20 }, 15)).toBe(3);
    expect(allowedMissingCount({ kind: 'max-count', count: 5 }, 3)).toBe(2);
    expect(allowedMissingCount({ kind: 'none-allowed' }, 3)).toBe(0);
  });
});
