export {
  instrumentToQuestionnaire,
  NON_SCORED_DISPLAY,
  questionnaireUrl,
  type QuestionnaireExportOptions,
} from './export-questionnaire';
export {
  scoredResponseToQuestionnaireResponse,
  type QuestionnaireResponseExportInput,
} from './export-questionnaire-response';
export { questionnaireToInstrument } from './import-questionnaire';
export { HL7, TANDEM, TANDEM_FHIR_BASE } from './instrument-extensions';
export type { Questionnaire, QuestionnaireResponse } from './r4-types';
export { scoreExpression } from './score-expression';
