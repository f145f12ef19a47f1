import { describe, expect, it } from 'vitest';
import { applyWording, type WordingFile } from '../apply-wording';
import { buildResponse } from '../build-response';
import type { InstrumentDefinition } from '../instrument-definition';
import { scoresAwaitingKey, scoringKeyIssues, type ScoringKey } from '../scoring-key';
import { definitionIssues } from '../validate-definition';
import { responseIssues } from '../validate-response';
import { ratings, scoresOf } from './score-of';
import { starC, starP } from './star';

/*
 * Tandem ships no STAR item assignment (see star.ts). These tests use an EXAMPLE key made up for
 * the arithmetic, not the published one: it only shows that whatever key a service loads is
 * applied exactly: items 1, 2, 5, 6, 9, 11 / 3, 8, 12 / 4, 7, 10, the last three reverse-keyed.
 */
const exampleKey = (negativeId: string): ScoringKey => ({
  subscales: [
    { id: 'positive-collaboration', itemIds: ['item-1', 'item-2', 'item-5', 'item-6', 'item-9', 'item-11'] },
    { id: 'positive-clinician-input', itemIds: ['item-3', 'item-8', 'item-12'] },
    { id: negativeId, itemIds: ['item-4', 'item-7', 'item-10'] },
  ],
  reverseKeyedItemIds: ['item-4', 'item-7', 'item-10'],
});

const wordingFor = (definition: InstrumentDefinition, scoringKey?: ScoringKey): WordingFile => ({
  instrumentId: definition.id,
  version: definition.version,
  items: definition.items.map((item) => ({ id: item.id, text: `Service text for ${item.label}` })),
  scoringKey,
});

const keyedStarP = applyWording(starP, wordingFor(starP, exampleKey('non-supportive-clinician-input')));
const keyedStarC = applyWording(starC, wordingFor(starC, exampleKey('emotional-difficulties')));

// Items 1–12 as rated. Reverse-keyed on 0–4 as 4 − value: item 4: 1 → 3, item 7: 0 → 4, item 10: 2 → 2.
const answers = ratings(4, 3, 4, 1, 3, 4, 0, 3, 2, 2, 4, 3);

describe('STAR without the service’s scoring key', () => {
  it('ships no assignment and refuses every score, the total included (it needs the reverse keys)', () => {
    expect(starP.subscales).toEqual([]);
    expect(starP.items.some((item) => item.reverseKeyed)).toBe(false);
    expect(scoresAwaitingKey(starP)).toEqual([
      'total',
      'positive-collaboration-sum',
      'positive-clinician-input-sum',
      'non-supportive-clinician-input-sum',
    ]);
    const scores = scoresOf(starP, answers);
    for (const score of Object.values(scores))
      expect(score).toMatchObject({ value: null, reason: 'scoring-key-not-supplied' });
    expect(scores['positive-collaboration-sum']).toMatchObject({ answeredCount: 0, missingCount: 6 });
  });

  it('refuses wording without a key, and a key that does not fit the published subscale sizes', () => {
    expect(scoringKeyIssues(starP, undefined).map((issue) => issue.code)).toEqual(['missing-scoring-key']);
    expect(() => applyWording(starP, wordingFor(starP))).toThrow(/needs a scoring key/);
    const wrong: ScoringKey = {
      subscales: [
        { id: 'positive-collaboration', itemIds: ['item-1', 'item-2', 'item-5', 'item-6', 'item-9'] }, // 5, not 6
        { id: 'positive-clinician-input', itemIds: ['item-3', 'item-8', 'item-1'] }, // item-1 twice
        { id: 'emotional-difficulties', itemIds: ['item-4', 'item-7', 'item-13'] }, // STAR-C's, and an unknown item
      ],
      reverseKeyedItemIds: ['item-4', 'item-99'],
    };
    expect(scoringKeyIssues(starP, wrong).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'scoringKey.subscales.0.itemIds wrong-item-count',
      'scoringKey.subscales.1.itemIds.2 duplicate-id',
      'scoringKey.subscales.2.id unknown-subscale',
      'scoringKey.subscales.2.itemIds.2 unknown-item',
      'scoringKey.subscales missing-item',
      'scoringKey.reverseKeyedItemIds.1 unknown-item',
    ]);
  });
});

describe('STAR-P with a service’s scoring key', () => {
  it('puts the key in place and leaves nothing awaiting', () => {
    expect(keyedStarP.scoringKey).toBeUndefined();
    expect(scoresAwaitingKey(keyedStarP)).toEqual([]);
    expect(keyedStarP.items.filter((item) => item.reverseKeyed).map((item) => item.id)).toEqual([
      'item-4',
      'item-7',
      'item-10',
    ]);
    expect(starP.subscales).toEqual([]); // the shipped definition is never changed
    expect(definitionIssues(keyedStarP)).toEqual([]);
    expect(definitionIssues(starP)).toEqual([]);
  });

  it('sums the subscales and the total with the reverse-keyed items reversed', () => {
    // positive collaboration (1, 2, 5, 6, 9, 11) = 4 + 3 + 3 + 4 + 2 + 4 = 20
    // positive clinician input (3, 8, 12) = 4 + 3 + 3 = 10
    // non-supportive clinician input reversed (4, 7, 10) = 3 + 4 + 2 = 9
    // total = 20 + 10 + 9 = 39 (of 48)
    const scores = scoresOf(keyedStarP, answers);
    expect(scores['positive-collaboration-sum']).toMatchObject({ value: 20 });
    expect(scores['positive-clinician-input-sum']).toMatchObject({ value: 10 });
    expect(scores['non-supportive-clinician-input-sum']).toMatchObject({ value: 9 });
    expect(scores.total).toMatchObject({ value: 39, isProrated: false });
  });

  it('prorates with one item missing and gives up with two', () => {
    // Item 5 (rated 3) missing. Positive collaboration: (4 + 3 + 4 + 2 + 4) = 17 over 5 → 17 × 6 / 5 = 20.4.
    // Total: 39 − 3 = 36 over 11 → 36 × 12 / 11 = 39.272727.
    const { 'item-5': _missing, ...withoutFive } = answers;
    const one = scoresOf(keyedStarP, withoutFive);
    expect(one['positive-collaboration-sum']).toMatchObject({ value: 20.4, isProrated: true });
    expect(one.total).toMatchObject({ value: 39.272727, isProrated: true });
    const { 'item-6': _alsoMissing, ...withoutFiveAndSix } = withoutFive;
    const two = scoresOf(keyedStarP, withoutFiveAndSix);
    expect(two.total).toMatchObject({ value: null, reason: 'too-many-missing' });
    expect(two['positive-collaboration-sum']).toMatchObject({ value: null });
    expect(two['non-supportive-clinician-input-sum']).toMatchObject({ value: 9 });
  });

  it('needs every item of a three-item subscale', () => {
    const { 'item-7': _missing, ...withoutSeven } = answers;
    expect(scoresOf(keyedStarP, withoutSeven)['non-supportive-clinician-input-sum']).toMatchObject({
      value: null,
      reason: 'too-many-missing',
    });
  });

  it('rejects ratings off the 0–4 scale', () => {
    const response = buildResponse(starP, { 'item-1': 5, 'item-2': -1, 'item-13': 2 });
    expect(responseIssues(starP, response).map((issue) => issue.code)).toEqual([
      'out-of-range',
      'out-of-range',
      'unknown-item',
    ]);
  });
});

describe('STAR-C with a service’s scoring key', () => {
  it('reverses the reverse-keyed items in the total', () => {
    const scores = scoresOf(keyedStarC, answers);
    expect(scores['emotional-difficulties-sum']).toMatchObject({ value: 9 });
    expect(scores.total).toMatchObject({ value: 39 });
    // All zeros: the three reversed items each score 4, so the total is 12, not 0.
    expect(scoresOf(keyedStarC, ratings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).total).toMatchObject({ value: 12 });
  });
});
