import { z } from 'zod';
import {
  CARER_ASSESSMENT_ANSWERS,
  CARER_ASSESSMENT_LIMITS,
} from '../../domain/carer-assessments/carer-assessment-answer';
import { hardCap, isoDate, uuidOf } from './common.schema';

// A carer's request for a carer's assessment and the care team's answer, parsed before they reach a service.

export {
  CARER_ASSESSMENT_ANSWERS,
  CARER_ASSESSMENT_LIMITS,
  CARER_ASSESSMENT_STATUSES,
  type CarerAssessmentAnswer,
  type CarerAssessmentStatus,
} from '../../domain/carer-assessments/carer-assessment-answer';

export const carerAssessmentParams = z.object({ requestId: uuidOf('request') });

export const requestCarerAssessmentBody = z.object({
  carerNote: hardCap(CARER_ASSESSMENT_LIMITS.maxNoteCharacters).nullish(),
});

export const answerCarerAssessmentBody = z.object({
  version: z.int().min(1),
  answer: z.enum(CARER_ASSESSMENT_ANSWERS, { error: 'Choose an answer: accepted, arranged or declined.' }),
  arrangedOn: isoDate.nullish(),
  declineReason: hardCap(CARER_ASSESSMENT_LIMITS.maxReasonCharacters).nullish(),
});

export type RequestCarerAssessmentBody = z.infer<typeof requestCarerAssessmentBody>;
export type AnswerCarerAssessmentBody = z.infer<typeof answerCarerAssessmentBody>;
