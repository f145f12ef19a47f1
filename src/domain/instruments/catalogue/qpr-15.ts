import type { InstrumentDefinition, LikertScale } from '../instrument-definition';
import { firstItemIds, numberedItems } from './numbered-items';

/*
 * QPR-15, the Questionnaire about the Process of Recovery (15-item version).
 * Sources: Law H, Neil ST, Dunn G, Morrison AP. Psychometric properties of the Questionnaire about
 * the Process of Recovery (QPR). Schizophr Res 2014;156(2–3):184–189 (the 15-item, one-factor
 * version); Williams J, Leamy M, Pesola F, Bird V, Le Boutillier C, Slade M. Psychometric evaluation
 * of the QPR. Br J Psychiatry 2015;207(6):551–555. 15 items rated 0–4 (disagree strongly … agree
 * strongly), summed to a total of 0–60, higher = more recovery; no reverse-keyed items, no subscales.
 * CONFIRMED from Williams et al. 2015 (abstract: the 15-item version is one scale) and the PhenX
 * Toolkit protocol for the QPR (each item 0–4, items added together, higher = greater recovery).
 * The missing-answer rule is Tandem's: up to 10% of items (one of 15) may be missing, prorated.
 * Structure and scoring only; the wording is supplied by a service that holds the rights.
 */

const agreement: LikertScale = {
  kind: 'likert',
  id: 'agreement-0-4',
  min: 0,
  max: 4,
  anchors: [],
  nonScoredOptions: [],
};

/** QPR-15: the person's own view of their recovery, total 0–60. */
export const qpr15: InstrumentDefinition = {
  id: 'qpr-15',
  version: '1.0.0',
  title: 'QPR-15 (Questionnaire about the Process of Recovery)',
  description: 'Structure and scoring only; the item wording is supplied by the service.',
  licence: 'QPR \u00a9 its authors (Neil et al. 2009; Law et al. 2014). Item wording is not distributed with Tandem.',
  isValidated: true,
  wordingMode: 'supplied-by-service',
  scales: [agreement],
  items: numberedItems(15, agreement.id),
  subscales: [],
  scores: [
    {
      id: 'total',
      label: 'Total (0–60)',
      method: 'sum',
      source: { kind: 'items', itemIds: firstItemIds(15) },
      missing: { kind: 'max-percent', percent: 10 },
      thresholds: [],
    },
  ],
};
