import type { InstrumentDefinition, LikertScale, ScoreDefinition } from '../instrument-definition';
import { firstItemIds, itemIds, numberedItems } from './numbered-items';

/*
 * WAI-SR, the Working Alliance Inventory – Short Revised (client version).
 * Primary source: Hatcher RL, Gillaspy JA. Development and validation of a revised short version of
 * the Working Alliance Inventory. Psychother Res 2006;16(1):12–25. 12 items rated 1–5; three
 * subscales of four items after Bordin's model (goal, task, bond); total 12–60, subscales 4–20,
 * higher = stronger alliance.
 * Item-to-subscale assignment: goal 4, 6, 8, 11; task 1, 2, 10, 12; bond 3, 5, 7, 9. CONFIRMED from
 * a secondary source only (Rivet clinical-template documentation, WAI-SR page, which gives the
 * same items per subscale and scores the total as the plain sum of the 12 ratings, 12–60); the
 * item table of the 2006 paper itself was not available to check.
 * Reverse keying: none. Consistent with that source's plain sum; NOT checked against the paper.
 * The missing-answer rules are Tandem's: the sources give none.
 * Structure and scoring only; the wording is supplied by a service that holds the rights.
 */

const ratingScale: LikertScale = {
  kind: 'likert',
  id: 'rating-1-5',
  min: 1,
  max: 5,
  anchors: [],
  nonScoredOptions: [],
};

const SUBSCALES = [
  { id: 'goal', label: 'Goal', positions: [4, 6, 8, 11] },
  { id: 'task', label: 'Task', positions: [1, 2, 10, 12] },
  { id: 'bond', label: 'Bond', positions: [3, 5, 7, 9] },
];

const subscaleSum = (id: string, label: string): ScoreDefinition => ({
  id: `${id}-sum`,
  label: `${label} (4–20)`,
  method: 'sum',
  source: { kind: 'subscale', subscaleId: id },
  missing: { kind: 'none-allowed' },
  thresholds: [],
});

/** WAI-SR: the client's view of agreement on goals and tasks and of the bond. */
export const waiSr: InstrumentDefinition = {
  id: 'wai-sr',
  version: '1.0.0',
  title: 'WAI-SR (Working Alliance Inventory \u2013 Short Revised)',
  description: 'Structure and scoring only; the item wording is supplied by the service.',
  licence:
    'WAI-SR \u00a9 its authors (Hatcher & Gillaspy, Psychother Res 2006). Item wording is not distributed with Tandem.',
  isValidated: true,
  wordingMode: 'supplied-by-service',
  scales: [ratingScale],
  items: numberedItems(12, ratingScale.id),
  subscales: SUBSCALES.map(({ id, label, positions }) => ({ id, label, itemIds: itemIds(...positions) })),
  scores: [
    {
      id: 'total',
      label: 'Total (12–60)',
      method: 'sum',
      source: { kind: 'items', itemIds: firstItemIds(12) },
      missing: { kind: 'max-count', count: 1 },
      thresholds: [],
    },
    ...SUBSCALES.map(({ id, label }) => subscaleSum(id, label)),
  ],
};
