import type { InstrumentDefinition, LikertScale, ScoreDefinition } from '../instrument-definition';

/*
 * Tandem's own short feedback after a meeting, one form for the person and one for the worker, so
 * the worker can see both views side by side (same item ids on both forms). The themes come from
 * what service users describe as a helpful relationship: being listened to, negotiating rather
 * than being told, trust, and being seen as a whole person (Denhov & Topor, Int J Soc Psychiatry
 * 2012;58(4):417–424; Brekke et al., Int J Ment Health Addict 2018;16:53–65). The wording is ours.
 * It has not been validated: it opens a conversation, it does not measure an outcome.
 */

const LICENCE =
  'Not a validated instrument. Tandem\u2019s own questionnaire, free to use and adapt; use it to start a conversation, not to measure outcomes.';

const agreementScale: LikertScale = {
  kind: 'likert',
  id: 'agreement',
  min: 1,
  max: 5,
  anchors: [
    { value: 1, label: 'Not at all' },
    { value: 2, label: 'A little' },
    { value: 3, label: 'Somewhat' },
    { value: 4, label: 'Mostly' },
    { value: 5, label: 'Completely' },
  ],
  nonScoredOptions: [],
};

const ITEM_IDS = ['listened', 'decided-together', 'trust', 'whole-person', 'rushed'] as const;

// One missing answer still gives a fair picture of five; two do not.
const overall: ScoreDefinition = {
  id: 'overall',
  label: 'Overall (mean, 1–5)',
  method: 'mean',
  source: { kind: 'items', itemIds: ITEM_IDS },
  missing: { kind: 'max-count', count: 1 },
  thresholds: [{ comparator: '<', value: 3, label: 'Below the middle of the scale: worth talking about together' }],
};

function feedbackItems(texts: Record<(typeof ITEM_IDS)[number], { label: string; text: string }>) {
  // "Rushed" is worded the other way round, so that a form of only agreeing does not read as perfect.
  return ITEM_IDS.map((id) => ({ id, ...texts[id], scaleId: agreementScale.id, reverseKeyed: id === 'rushed' }));
}

/** The person's view of a meeting with their worker. */
export const meetingFeedbackPerson: InstrumentDefinition = {
  id: 'tandem-meeting-feedback-person',
  version: '1.0.0',
  title: 'How was our meeting? (your view)',
  description: 'Not a validated instrument. Five quick questions after a meeting about how it went for you.',
  licence: LICENCE,
  isValidated: false,
  wordingMode: 'included',
  scales: [agreementScale],
  items: feedbackItems({
    listened: { label: 'Listened to', text: 'I felt listened to.' },
    'decided-together': { label: 'Deciding together', text: 'We decided together what happens next.' },
    trust: { label: 'Trust', text: 'I can trust the people I met with.' },
    'whole-person': { label: 'Whole person', text: 'I was treated as a whole person, not just a diagnosis.' },
    rushed: { label: 'Rushed', text: 'The meeting felt rushed.' },
  }),
  subscales: [],
  scores: [overall],
};

/** The worker's view of the same meeting, item for item. */
export const meetingFeedbackWorker: InstrumentDefinition = {
  id: 'tandem-meeting-feedback-worker',
  version: '1.0.0',
  title: 'How was our meeting? (worker view)',
  description: 'Not a validated instrument. The same five questions as the person\u2019s form, from your side.',
  licence: LICENCE,
  isValidated: false,
  wordingMode: 'included',
  scales: [agreementScale],
  items: feedbackItems({
    listened: { label: 'Listened to', text: 'I listened to what mattered to them.' },
    'decided-together': { label: 'Deciding together', text: 'We decided together what happens next.' },
    trust: { label: 'Trust', text: 'I think they can trust me.' },
    'whole-person': { label: 'Whole person', text: 'I saw them as a whole person, not just a diagnosis or a risk.' },
    rushed: { label: 'Rushed', text: 'The meeting felt rushed.' },
  }),
  subscales: [],
  scores: [overall],
};

const CARER_ITEM_IDS = ['listened', 'informed', 'knowledge-valued', 'next-steps'] as const;

/*
 * A carer's view of a meeting they took part in: about the meeting and about being involved, not
 * about the person. The themes are those carers name when they describe being involved or shut out
 * of care planning (Simpson et al., cross-national COCAPP study, BMC Psychiatry 2016;16:147;
 * Triangle of Care, Carers Trust 2013). The wording is ours and not validated.
 */
const carerOverall: ScoreDefinition = {
  ...overall,
  source: { kind: 'items', itemIds: CARER_ITEM_IDS },
};

/** A carer's view of a meeting they were at, and of being involved. */
export const meetingFeedbackCarer: InstrumentDefinition = {
  id: 'tandem-meeting-feedback-carer',
  version: '1.0.0',
  title: 'How was the meeting for you? (carer’s view)',
  description: 'Not a validated instrument. Four quick questions for a carer about a meeting and being involved.',
  licence: LICENCE,
  isValidated: false,
  wordingMode: 'included',
  scales: [agreementScale],
  items: CARER_ITEM_IDS.map((id) => ({
    id,
    scaleId: agreementScale.id,
    reverseKeyed: false,
    ...{
      listened: { label: 'Listened to', text: 'I was listened to.' },
      informed: { label: 'Informed', text: 'I had the information I needed to take part.' },
      'knowledge-valued': { label: 'Knowledge valued', text: 'What I know as a carer was valued.' },
      'next-steps': { label: 'Next steps', text: 'I know what happens next and whom to contact.' },
    }[id],
  })),
  subscales: [],
  scores: [carerOverall],
};
