import type { InstrumentDefinition } from '../../src/domain/instruments/instrument-definition';

/**
 * A small instrument exercising every kind of scale, reverse keying, a subscale and each missing
 * rule, for the engine's own tests; the shipped instruments have theirs in catalogue/.
 */
export const fixtureInstrument: InstrumentDefinition = {
  id: 'fixture',
  version: '2.0.0',
  title: 'Fixture',
  licence: 'Test data only.',
  isValidated: false,
  wordingMode: 'included',
  scales: [
    {
      kind: 'likert',
      id: 'five',
      min: 1,
      max: 5,
      anchors: [{ value: 1, label: 'Low' }],
      nonScoredOptions: ['not-applicable', 'dont-know'],
    },
    { kind: 'line', id: 'line', min: 0, max: 10, step: 0.1, anchors: [], nonScoredOptions: [] },
    { kind: 'yes-no', id: 'yes-no', nonScoredOptions: [] },
  ],
  items: [
    { id: 'a', label: 'A', text: 'Item A', scaleId: 'five', reverseKeyed: false },
    { id: 'b', label: 'B', scaleId: 'five', reverseKeyed: true },
    { id: 'c', label: 'C', scaleId: 'five', reverseKeyed: false },
    { id: 'd', label: 'D', scaleId: 'five', reverseKeyed: false },
    { id: 'line-1', label: 'Line 1', scaleId: 'line', reverseKeyed: false },
    { id: 'line-2', label: 'Line 2', scaleId: 'line', reverseKeyed: true },
    { id: 'wants-help', label: 'Wants help', scaleId: 'yes-no', reverseKeyed: false },
  ],
  subscales: [{ id: 'ab', label: 'A and B', itemIds: ['a', 'b'] }],
  scores: [
    {
      id: 'sum-abcd',
      label: 'Sum of A–D',
      method: 'sum',
      source: { kind: 'items', itemIds: ['a', 'b', 'c', 'd'] },
      missing: { kind: 'max-count', count: 1 },
      thresholds: [{ comparator: '>=', value: 16, label: 'High' }],
    },
    {
      id: 'mean-abcd',
      label: 'Mean of A–D',
      method: 'mean',
      source: { kind: 'items', itemIds: ['a', 'b', 'c', 'd'] },
      missing: { kind: 'max-percent', percent: 25 },
      thresholds: [],
    },
    {
      id: 'ab-sum',
      label: 'A and B',
      method: 'sum',
      source: { kind: 'subscale', subscaleId: 'ab' },
      missing: { kind: 'none-allowed' },
      thresholds: [],
    },
    {
      id: 'lines',
      label: 'Lines',
      method: 'sum',
      source: { kind: 'items', itemIds: ['line-1', 'line-2'] },
      missing: { kind: 'none-allowed' },
      thresholds: [
        { comparator: '<', value: 10, label: 'below 10' },
        { comparator: '<=', value: 10, label: 'at most 10' },
        { comparator: '>', value: 10, label: 'above 10' },
        { comparator: '>=', value: 10, label: 'at least 10' },
      ],
    },
    {
      id: 'help',
      label: 'Help wanted',
      method: 'sum',
      source: { kind: 'items', itemIds: ['wants-help'] },
      missing: { kind: 'none-allowed' },
      thresholds: [],
    },
  ],
};
