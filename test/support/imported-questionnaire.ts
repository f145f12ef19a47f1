import type { InstrumentDefinition } from '../../src/domain/instruments/instrument-definition';
import type { ItemAnswer } from '../../src/domain/instruments';
import { instrumentToQuestionnaire } from '../../src/fhir/export-questionnaire';
import type { Questionnaire } from '../../src/fhir/r4-types';

/** Where the service published its questionnaires: not Tandem's own canonical base. */
export const importedUrl = (id: string) => `https://measures.example.org/fhir/Questionnaire/${id}`;

/**
 * A service's own short questionnaire, as it would arrive over FHIR: three ratings 0–3 (one reverse
 * keyed), a line, and a yes/no that must be answered; one sum that tolerates one missing rating.
 * `scored: false` gives the same items with no score at all; `method: 'mean'` a later edition scored otherwise.
 */
export function importedDefinition({
  id = 'week-check',
  version = '1.0.0',
  scored = true,
  method = 'sum',
}: { id?: string; version?: string; scored?: boolean; method?: 'sum' | 'mean' } = {}): InstrumentDefinition {
  return {
    id,
    canonicalUrl: importedUrl(id),
    version,
    title: 'Week check',
    description: 'A few questions about the last week.',
    licence: 'Written by the service; free to use.',
    isValidated: false,
    wordingMode: 'included',
    scales: [
      {
        kind: 'likert',
        id: 'often',
        min: 0,
        max: 3,
        anchors: [
          { value: 0, label: 'Not at all' },
          { value: 3, label: 'Most days' },
        ],
        nonScoredOptions: [],
      },
      { kind: 'line', id: 'sleep', min: 0, max: 12, step: 1, anchors: [], nonScoredOptions: [] },
      { kind: 'yes-no', id: 'yes-no', nonScoredOptions: [] },
    ],
    items: [
      { id: 'calm', label: 'Calm', text: 'I felt calm', scaleId: 'often', reverseKeyed: false },
      { id: 'out', label: 'Out', text: 'I went out and about', scaleId: 'often', reverseKeyed: false },
      { id: 'worried', label: 'Worried', text: 'I felt worried', scaleId: 'often', reverseKeyed: true },
      { id: 'sleep', label: 'Sleep', text: 'Hours I slept most nights', scaleId: 'sleep', reverseKeyed: false },
      {
        id: 'talk',
        label: 'Talk',
        text: 'I would like to talk about this with my worker',
        scaleId: 'yes-no',
        reverseKeyed: false,
        required: true,
      },
    ],
    subscales: [],
    scores: scored
      ? [
          {
            id: 'week-total',
            label: 'Week total',
            method,
            source: { kind: 'items', itemIds: ['calm', 'out', 'worried'] },
            missing: { kind: 'max-count', count: 1 },
            thresholds: [{ comparator: '>=', value: 6, label: 'A good week' }],
          },
        ]
      : [],
  };
}

/** The definition as a FHIR Questionnaire, as plain JSON from the wire. */
export const importedQuestionnaire = (definition: InstrumentDefinition): Questionnaire =>
  JSON.parse(JSON.stringify(instrumentToQuestionnaire(definition))) as Questionnaire;

/** A good week's answers to `importedDefinition`: 7 of 9 by its sum. */
export const goodWeek: ItemAnswer[] = [
  { itemId: 'calm', value: 3 },
  { itemId: 'out', value: 2 },
  { itemId: 'worried', value: 1 },
  { itemId: 'sleep', value: 7 },
  { itemId: 'talk', value: true },
];
