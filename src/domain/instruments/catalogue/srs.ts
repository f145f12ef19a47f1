import type { InstrumentDefinition, LineScale } from '../instrument-definition';
import { itemIds, numberedItems } from './numbered-items';

/*
 * SRS, the Session Rating Scale (version 3).
 * Source: Duncan BL, Miller SD, Sparks JA, Claud DA, Reynolds LR, Brown J, Johnson LD. The Session
 * Rating Scale: preliminary psychometric properties of a "working" alliance measure. J Brief Ther
 * 2003;3(1):3–12. Four 10 cm visual analogue lines, each read in centimetres to the nearest
 * millimetre (0–10 in steps of 0.1); total 0–40; clinical cut-off 36, a total below it being a cue
 * to talk about the alliance. CONFIRMED from the paper's abstract and secondary summaries: four lines
 * of 0–10, total 0–40, no subscales, no reverse keying (every line runs from low to high alliance).
 * NOT CONFIRMED: whether the cut-off reads "below 36" or "36 or below"; secondary summaries found
 * write "at or below 36", and the paper's own wording could not be checked. Tandem uses "< 36".
 * All four lines are needed (Tandem's rule): each is a different part of the alliance.
 * Structure and scoring only; the wording is supplied by a service that holds the rights.
 */

const line: LineScale = {
  kind: 'line',
  id: 'line-0-10',
  min: 0,
  max: 10,
  step: 0.1,
  anchors: [],
  nonScoredOptions: [],
};

/** SRS: four lines rating a session, scored 0–40 with a cut-off at 36. */
export const srs: InstrumentDefinition = {
  id: 'srs',
  version: '1.0.0',
  title: 'SRS (Session Rating Scale)',
  description: 'Structure and scoring only; the item wording is supplied by the service.',
  licence:
    'SRS \u00a9 Scott D. Miller, Barry L. Duncan & Lynn Johnson. Licence needed for use; item wording is not distributed with Tandem.',
  isValidated: true,
  wordingMode: 'supplied-by-service',
  scales: [line],
  items: numberedItems(4, line.id),
  subscales: [],
  scores: [
    {
      id: 'total',
      label: 'Total (0–40)',
      method: 'sum',
      source: { kind: 'items', itemIds: itemIds(1, 2, 3, 4) },
      missing: { kind: 'none-allowed' },
      thresholds: [
        {
          comparator: '<',
          value: 36,
          label: 'Below the clinical cut-off of 36: talk about how the sessions are going',
        },
      ],
    },
  ],
};
