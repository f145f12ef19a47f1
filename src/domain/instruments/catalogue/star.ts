import type { InstrumentDefinition, LikertScale, ScoreDefinition } from '../instrument-definition';
import { firstItemIds, itemIds, numberedItems } from './numbered-items';

/*
 * STAR, the Scale To Assess the therapeutic Relationship in community mental health care.
 * Source: McGuire-Snieckus R, McCabe R, Catty J, Hansson L, Priebe S. A new scale to assess the
 * therapeutic relationship in community mental health care: STAR. Psychol Med 2007;37(1):85–95;
 * also McGuire-Snieckus R, PhD thesis, Queen Mary University of London 2006.
 * Confirmed there: a service-user version (STAR-P) and a clinician version (STAR-C) of 12 items
 * each, rated 0–4; three subscales each: positive collaboration (6 items) and positive clinician
 * input (3 items) in both, non-supportive clinician input (3 items) in STAR-P and emotional
 * difficulties (3 items) in STAR-C, the negative subscale reversed in the total (0–48).
 *
 * NOT confirmed: which item numbers belong to which subscale. The positions below are placeholders
 * to be checked against the published scoring sheet before any clinical use; the description says
 * so to every user. The missing-answer rules are Tandem's: the paper gives none.
 * Structure and scoring only; the wording is supplied by a service that holds the rights.
 */

const ratingScale: LikertScale = { kind: 'likert', id: 'rating-0-4', min: 0, max: 4, anchors: [], nonScoredOptions: [] };

const POSITIVE_COLLABORATION = [1, 2, 5, 6, 9, 11];
const POSITIVE_INPUT = [3, 8, 12];
const NEGATIVE_SUBSCALE = [4, 7, 10];

const CAVEAT = 'Subscale membership must be checked against the published scoring sheet before clinical use.';

function starScores(negative: { id: string; label: string }): ScoreDefinition[] {
  const subscaleSum = (id: string, label: string, missing: ScoreDefinition['missing']): ScoreDefinition => ({
    id: `${id}-sum`,
    label,
    method: 'sum',
    source: { kind: 'subscale', subscaleId: id },
    missing,
    thresholds: [],
  });
  return [
    {
      id: 'total',
      label: `Total (0–48; ${negative.label.toLowerCase()} reversed)`,
      method: 'sum',
      source: { kind: 'items', itemIds: firstItemIds(12) },
      missing: { kind: 'max-count', count: 1 },
      thresholds: [],
    },
    subscaleSum('positive-collaboration', 'Positive collaboration (0–24)', { kind: 'max-count', count: 1 }),
    subscaleSum('positive-clinician-input', 'Positive clinician input (0–12)', { kind: 'none-allowed' }),
    subscaleSum(negative.id, `${negative.label} (0–12, reversed: higher means less)`, { kind: 'none-allowed' }),
  ];
}

function starDefinition(version: { id: string; title: string; negative: { id: string; label: string } }): InstrumentDefinition {
  return {
    id: version.id,
    version: '1.0.0',
    title: version.title,
    description: `Structure and scoring only; the item wording is supplied by the service. ${CAVEAT}`,
    licence: 'STAR \u00a9 its authors (McGuire-Snieckus et al., Psychol Med 2007). Item wording is not distributed with Tandem.',
    isValidated: true,
    wordingMode: 'supplied-by-service',
    scales: [ratingScale],
    items: numberedItems(12, ratingScale.id, NEGATIVE_SUBSCALE),
    subscales: [
      { id: 'positive-collaboration', label: 'Positive collaboration', itemIds: itemIds(...POSITIVE_COLLABORATION) },
      { id: 'positive-clinician-input', label: 'Positive clinician input', itemIds: itemIds(...POSITIVE_INPUT) },
      { id: version.negative.id, label: version.negative.label, itemIds: itemIds(...NEGATIVE_SUBSCALE) },
    ],
    scores: starScores(version.negative),
  };
}

/** STAR-P: the service user's view of the relationship with their clinician. */
export const starP = starDefinition({
  id: 'star-p',
  title: 'STAR-P (service user version)',
  negative: { id: 'non-supportive-clinician-input', label: 'Non-supportive clinician input' },
});

/** STAR-C: the clinician's view of the relationship with the service user. */
export const starC = starDefinition({
  id: 'star-c',
  title: 'STAR-C (clinician version)',
  negative: { id: 'emotional-difficulties', label: 'Emotional difficulties' },
});
