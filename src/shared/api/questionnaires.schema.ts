import { z } from 'zod';
import {
  QUESTIONNAIRE_EVERY_DAYS,
  SELF_REPORT_INSTRUMENT_IDS,
} from '../../domain/questionnaires/self-report-instruments';
import { instrumentResponseSchema } from '../instruments';
import { isoDate, uuidOf } from './common.schema';

// Questionnaires the person fills in, parsed before they reach a service. Whether answers fit
// their instrument is checked by the services.

export { QUESTIONNAIRE_EVERY_DAYS, SELF_REPORT_INSTRUMENT_IDS };

// Shipped or imported: whether people fill it in is for the service to say (ADR 0053).
const instrumentId = z
  .string({ error: 'Choose a questionnaire.' })
  .regex(/^[A-Za-z0-9.-]{1,64}$/, `Choose a questionnaire, such as one of: ${SELF_REPORT_INSTRUMENT_IDS.join(', ')}.`);

export const questionnaireScheduleParams = z.object({ id: uuidOf('person id'), instrumentId });

export const questionnaireParams = z.object({ id: uuidOf('person id'), invitationId: uuidOf('questionnaire id') });

export const questionnaireScheduleBody = z.object({
  everyDays: z
    .number({ error: 'How often is a number of days.' })
    .int('How often is a whole number of days.')
    .min(QUESTIONNAIRE_EVERY_DAYS.min, `At least every ${QUESTIONNAIRE_EVERY_DAYS.min} days.`)
    .max(QUESTIONNAIRE_EVERY_DAYS.max, `At most every ${QUESTIONNAIRE_EVERY_DAYS.max} days.`),
  firstDueOn: isoDate.optional(),
});

export const startQuestionnaireBody = z.object({ instrumentId });

export const questionnaireAnswersBody = z.object({
  answers: instrumentResponseSchema.shape.answers,
  revision: z.number({ error: 'The revision is a number.' }).int().min(0),
});

export type QuestionnaireScheduleBody = z.infer<typeof questionnaireScheduleBody>;
export type StartQuestionnaireBody = z.infer<typeof startQuestionnaireBody>;
export type QuestionnaireAnswersBody = z.infer<typeof questionnaireAnswersBody>;
