import type { InstrumentDefinition, LikertScale, MissingRule, ScoreDefinition } from '../instrument-definition';
import { firstItemIds, numberedItems } from './numbered-items';

/*
 * STAR, the Scale To Assess the therapeutic Relationship in community mental health care.
 * Sources: McGuire-Snieckus R, McCabe R, Catty J, Hansson L, Priebe S. A new scale to assess the
 * therapeutic relationship in community mental health care: STAR. Psychol Med 2007;37(1):85–95
 * (abstract); McGuire-Snieckus R, Understanding and assessing the therapeutic relationship in
 * community mental health care, PhD thesis, Queen Mary University of London 2006 (abstract).
 *
 * CONFIRMED from those sources: a service-user version (STAR-P) and a clinician version (STAR-C) of
 * 12 items each; three subscales each: positive collaboration (6 items) and positive clinician
 * input (3 items) in both, non-supportive clinician input (3 items) in STAR-P and emotional
 * difficulties (3 items) in STAR-C. Items rated 0–4 (as published in the scale; a 0–48 total).
 *
 * NOT CONFIRMED: which item numbers belong to which subscale, and which items are reverse-keyed
 * for the total. The paper's item table was not available to check, so Tandem ships no
 * assignment: the service supplies it with the wording file (a scoring key, checked against the
 * subscale sizes above) and until then every STAR score is refused, the total included, since
 * it depends on the reverse keys. The missing-answer rules are Tandem's: the sources give none.
 * Structure and scoring only; the wording is supplied by a service that holds the rights.
 */

const ratingScale: LikertScale = {
  kind: 'likert',
  id: 'rating-0-4',
  min: 0,
  max: 4,
  anchors: [],
  nonScoredOptions: [],
};

const CAVEAT =
  'Tandem does not ship the item-to-subscale assignment or reverse keys: scores are computed only once the service loads them with the wording.';

function starScores(negative: { id: string; label: string }): ScoreDefinition[] {
  const subscaleSum = (id: string, label: string, missing: MissingRule): ScoreDefinition => ({
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
      label: 'Total (0–48, reverse-keyed items reversed)',
      method: 'sum',
      source: { kind: 'items', itemIds: firstItemIds(12) },
      missing: { kind: 'max-count', count: 1 },
      thresholds: [],
    },
    subscaleSum('positive-collaboration', 'Positive collaboration (0–24)', { kind: 'max-count', count: 1 }),
    subscaleSum('positive-clinician-input', 'Positive clinician input (0–12)', { kind: 'none-allowed' }),
    subscaleSum(negative.id, `${negative.label} (0–12)`, { kind: 'none-allowed' }),
  ];
}

function starDefinition(version: {
  id: string;
  title: string;
  negative: { id: string; label: string };
}): InstrumentDefinition {
  return {
    id: version.id,
    version: '1.0.0',
    title: version.title,
    description: `Structure and scoring only; the item wording is supplied by the service. ${CAVEAT}`,
    licence:
      'STAR \u00a9 its authors (McGuire-Snieckus et al., Psychol Med 2007). Item wording is not distributed with Tandem.',
    isValidated: true,
    wordingMode: 'supplied-by-service',
    scales: [ratingScale],
    items: numberedItems(12, ratingScale.id),
    subscales: [],
    scores: starScores(version.negative),
    scoringKey: {
      subscales: [
        { id: 'positive-collaboration', label: 'Positive collaboration', itemCount: 6 },
        { id: 'positive-clinician-input', label: 'Positive clinician input', itemCount: 3 },
        { id: version.negative.id, label: version.negative.label, itemCount: 3 },
      ],
      reverseKeys: 'supplied-by-service',
    },
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
