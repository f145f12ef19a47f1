/**
 * A carer's request for a carer's assessment and the care team's answer. In England a carer who
 * appears to have needs for support has a right to an assessment of their own (Care Act 2014,
 * s.10; in Wales, Social Services and Well-being (Wales) Act 2014, s.24): the team accepts it,
 * arranges it on a date, or declines with a reason the carer reads.
 */
export const CARER_ASSESSMENT_STATUSES = ['requested', 'accepted', 'arranged', 'declined'] as const;
export type CarerAssessmentStatus = (typeof CARER_ASSESSMENT_STATUSES)[number];

/** The answers the care team can give. */
export const CARER_ASSESSMENT_ANSWERS = ['accepted', 'arranged', 'declined'] as const;
export type CarerAssessmentAnswer = (typeof CARER_ASSESSMENT_ANSWERS)[number];

/** A request still waiting for the assessment to be arranged or declined. */
export const OPEN_CARER_ASSESSMENT_STATUSES: readonly CarerAssessmentStatus[] = ['requested', 'accepted'];

export const CARER_ASSESSMENT_LIMITS = {
  maxNoteCharacters: 1_000,
  maxReasonCharacters: 1_000,
  /** An assessment is arranged at most this far ahead. */
  maxDaysAhead: 366,
} as const;

export interface CarerAssessmentAnswerInput {
  answer: CarerAssessmentAnswer;
  arrangedOn?: string | null;
  declineReason?: string | null;
}

export type AnswerProblem = { field: 'answer' | 'arrangedOn' | 'declineReason'; message: string };

/**
 * Why an answer cannot be given to a request in `status` on `today`, or null when it can. An
 * arranged or declined request is settled: the carer asks again if they need to.
 */
export function carerAssessmentAnswerProblem(
  status: CarerAssessmentStatus,
  input: CarerAssessmentAnswerInput,
  today: string,
): AnswerProblem | null {
  if (!OPEN_CARER_ASSESSMENT_STATUSES.includes(status))
    return { field: 'answer', message: `This request was already ${status}. The carer can ask again.` };
  if (input.answer === 'accepted' && status === 'accepted')
    return { field: 'answer', message: 'This request was already accepted: arrange it on a date, or decline it.' };
  if (input.answer === 'arranged') {
    if (!input.arrangedOn) return { field: 'arrangedOn', message: 'Give the day the assessment is arranged for.' };
    if (input.arrangedOn < today) return { field: 'arrangedOn', message: 'The day arranged cannot be in the past.' };
    if (input.arrangedOn > addDays(today, CARER_ASSESSMENT_LIMITS.maxDaysAhead))
      return { field: 'arrangedOn', message: 'Arrange the assessment within a year.' };
  }
  if (input.answer === 'declined' && !input.declineReason?.trim())
    return { field: 'declineReason', message: 'Say why, in words the carer will read.' };
  return null;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
