import type { InstrumentDefinition, InstrumentItem, LikertScale, YesNoScale } from '../instrument-definition';

/*
 * DIALOG-style ratings at the start of a meeting: satisfaction with eight life domains and three
 * treatment aspects, 1 (totally dissatisfied) to 7 (totally satisfied), each paired with a yes/no
 * question about wanting more help with it. Scores: mean of the eight life domains = subjective
 * quality of life; mean of the three treatment aspects = treatment satisfaction; below 4 is
 * dissatisfaction, above 4 satisfaction.
 * Sources (cited by journal, not title): Priebe S, Golden E, McCabe R, Reininghaus U.
 * BMC Psychiatry 2012;12:113 (psychometric properties of the DIALOG ratings); Mosler F, Priebe S,
 * Bird V. BMC Health Serv Res 2020;20:1020 (routine use of the DIALOG scale in East London);
 * scoring as published by East London NHS Foundation Trust (DIALOG scale page).
 * The domain names are plain labels; the question wording is Tandem's own.
 * The missing-answer rules are Tandem's: the sources give none.
 */

const satisfaction: LikertScale = {
  kind: 'likert',
  id: 'satisfaction',
  min: 1,
  max: 7,
  anchors: [
    { value: 1, label: 'Totally dissatisfied' },
    { value: 4, label: 'Neither satisfied nor dissatisfied' },
    { value: 7, label: 'Totally satisfied' },
  ],
  nonScoredOptions: [],
};

// Not everyone takes medication or gets practical help, so treatment aspects may be "not applicable".
const treatmentSatisfaction: LikertScale = {
  ...satisfaction,
  id: 'treatment-satisfaction',
  nonScoredOptions: ['not-applicable'],
};

const moreHelp: YesNoScale = { kind: 'yes-no', id: 'more-help', nonScoredOptions: [] };

const LIFE_DOMAINS = [
  ['mental-health', 'Mental health', 'your mental health'],
  ['physical-health', 'Physical health', 'your physical health'],
  ['job-situation', 'Job situation', 'your work, or not having work'],
  ['accommodation', 'Accommodation', 'where you live'],
  ['leisure-activities', 'Leisure activities', 'what you do in your free time'],
  ['friendships', 'Friendships', 'your friendships'],
  ['partner-family', 'Partner / family', 'your relationships with your partner or family'],
  ['personal-safety', 'Personal safety', 'how safe you are'],
] as const;

const TREATMENT_ASPECTS = [
  ['medication', 'Medication', 'your medication'],
  ['practical-help', 'Practical help', 'the practical help you get'],
  ['meetings', 'Meetings with professionals', 'your meetings with the people who support you'],
] as const;

function ratedAspect([id, label, topic]: readonly [string, string, string], scaleId: string): InstrumentItem[] {
  return [
    { id, label, text: `How do you feel about ${topic} at the moment?`, scaleId, reverseKeyed: false },
    {
      id: `${id}-more-help`,
      label: `${label}: more help wanted`,
      text: 'Would you like more support with this?',
      scaleId: moreHelp.id,
      reverseKeyed: false,
    },
  ];
}

/** Eight life domains and three treatment aspects rated 1–7, each with a "more help?" question. */
export const dialogRatings: InstrumentDefinition = {
  id: 'dialog-ratings',
  version: '1.0.0',
  title: 'How things are (life and treatment ratings)',
  description:
    'Not a validated instrument in this wording. Satisfaction with eight areas of life and three parts of ' +
    'treatment, rated together at the start of a meeting and scored as the DIALOG scale is.',
  licence:
    'Structure and scoring after the DIALOG scale (Priebe et al., Queen Mary University of London); ' +
    'question wording is Tandem\u2019s own.',
  // The DIALOG scale is validated; this rewording is not, so it must not claim to be.
  isValidated: false,
  wordingMode: 'included',
  scales: [satisfaction, treatmentSatisfaction, moreHelp],
  items: [
    ...LIFE_DOMAINS.flatMap((domain) => ratedAspect(domain, satisfaction.id)),
    ...TREATMENT_ASPECTS.flatMap((aspect) => ratedAspect(aspect, treatmentSatisfaction.id)),
  ],
  subscales: [
    { id: 'life-domains', label: 'Life domains', itemIds: LIFE_DOMAINS.map(([id]) => id) },
    { id: 'treatment-aspects', label: 'Treatment aspects', itemIds: TREATMENT_ASPECTS.map(([id]) => id) },
  ],
  scores: [
    {
      id: 'subjective-quality-of-life',
      label: 'Subjective quality of life (mean of 8 life domains, 1–7)',
      method: 'mean',
      source: { kind: 'subscale', subscaleId: 'life-domains' },
      missing: { kind: 'max-count', count: 2 },
      thresholds: [
        { comparator: '<', value: 4, label: 'Dissatisfied on average' },
        { comparator: '>', value: 4, label: 'Satisfied on average' },
      ],
    },
    {
      id: 'treatment-satisfaction',
      label: 'Treatment satisfaction (mean of 3 treatment aspects, 1–7)',
      method: 'mean',
      source: { kind: 'subscale', subscaleId: 'treatment-aspects' },
      missing: { kind: 'max-count', count: 1 },
      thresholds: [
        { comparator: '<', value: 4, label: 'Dissatisfied on average' },
        { comparator: '>', value: 4, label: 'Satisfied on average' },
      ],
    },
  ],
};
