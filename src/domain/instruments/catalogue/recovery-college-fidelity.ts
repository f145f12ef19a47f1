import type { InstrumentDefinition, LikertScale } from '../instrument-definition';
import { firstItemIds } from './numbered-items';

/*
 * A Recovery College's fidelity self-assessment, in the manner of the Recovery College fidelity
 * measure: Toney R, Knight J, Hamill K, et al. Development and evaluation of a Recovery College
 * fidelity measure. Can J Psychiatry 2019;64(6):405–414. Each component is rated 0–2, read as red
 * (not in place), amber (partly) and green (in place). The component names below are Tandem's own
 * short labels for the components named in that work; the criteria a college rates against are
 * its own wording, supplied in a wording file (ADR 0027), and nothing of the published measure's
 * text ships with Tandem. Not the published measure itself, so not marked as validated.
 */

const rag: LikertScale = {
  kind: 'likert',
  id: 'rag-0-2',
  min: 0,
  max: 2,
  anchors: [
    { value: 0, label: 'Red: not in place' },
    { value: 1, label: 'Amber: partly in place' },
    { value: 2, label: 'Green: in place' },
  ],
  nonScoredOptions: [],
};

/** Tandem's short labels for the components a college rates itself on. */
export const RECOVERY_COLLEGE_FIDELITY_COMPONENTS = [
  'Valuing equality',
  'Learning',
  'Tailored to the student',
  'Co-production',
  'Social connectedness',
  'Community focus',
  'Commitment to recovery',
] as const;

/** The college's fidelity self-assessment: seven components rated red, amber or green, total 0–14. */
export const recoveryCollegeFidelity: InstrumentDefinition = {
  id: 'recovery-college-fidelity',
  version: '1.0.0',
  title: 'Recovery College fidelity self-assessment',
  description:
    'Not a validated instrument: a self-assessment in the manner of the Recovery College fidelity measure. Seven components rated 0–2 (red, amber, green); the criteria for each are the college’s own wording, supplied in a wording file.',
  licence: 'Component labels and scoring by Tandem; the criteria are supplied by the college.',
  isValidated: false,
  wordingMode: 'supplied-by-service',
  scales: [rag],
  items: RECOVERY_COLLEGE_FIDELITY_COMPONENTS.map((label, index) => ({
    id: `item-${index + 1}`,
    label,
    scaleId: rag.id,
    reverseKeyed: false,
  })),
  subscales: [],
  scores: [
    {
      id: 'total',
      label: 'Total (0–14)',
      method: 'sum',
      source: { kind: 'items', itemIds: firstItemIds(7) },
      // Every component is rated: a self-assessment with a gap says nothing about that component.
      missing: { kind: 'none-allowed' },
      thresholds: [],
    },
  ],
};
