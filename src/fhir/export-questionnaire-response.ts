import {
  assertValidResponse,
  scaleOfItem,
  type AnswerValue,
  type InstrumentDefinition,
  type InstrumentResponse,
  type ResponseScale,
  type ScoredResponse,
  type ScoreResult,
} from '../domain/instruments';
import { NON_SCORED_DISPLAY, questionnaireUrl, type QuestionnaireExportOptions } from './export-questionnaire';
import { TANDEM } from './instrument-extensions';
import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
} from './r4-types';
import { lineItemType } from './score-expression';

export interface QuestionnaireResponseExportInput {
  readonly definition: InstrumentDefinition;
  readonly response: InstrumentResponse;
  readonly scored: ScoredResponse;
  /** When the response was completed, as an ISO 8601 date-time. */
  readonly authored?: string;
  /** Who the answers are about, e.g. { reference: 'Patient/…' }. */
  readonly subject?: Reference;
}

/**
 * A completed QuestionnaireResponse pointing at the Questionnaire's canonical URL and version,
 * with every answer and every calculated score; a score that could not be computed is present
 * without an answer and says why. Refuses a response that does not fit the instrument.
 */
export function scoredResponseToQuestionnaireResponse(
  input: QuestionnaireResponseExportInput,
  options: Pick<QuestionnaireExportOptions, 'canonicalBase'> = {},
): QuestionnaireResponse {
  const { definition, response, scored } = input;
  assertValidResponse(definition, response);
  if (scored.instrumentId !== definition.id || scored.version !== definition.version) {
    throw new Error(
      `Scores for ${scored.instrumentId}@${scored.version} do not belong to ${definition.id}@${definition.version}.`,
    );
  }
  const answerItems = definition.items.flatMap((item): QuestionnaireResponseItem[] => {
    const answer = response.answers.find((candidate) => candidate.itemId === item.id);
    if (!answer) return [];
    return [
      {
        linkId: item.id,
        text: item.text ?? item.label,
        answer: [answerValue(scaleOfItem(definition, item), answer.value)],
      },
    ];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaireUrl(definition, options.canonicalBase)}|${definition.version}`,
    status: 'completed',
    ...(input.subject === undefined ? {} : { subject: input.subject }),
    ...(input.authored === undefined ? {} : { authored: input.authored }),
    item: [...answerItems, ...scored.scores.map(scoreItem)],
  };
}

/** One answer as FHIR codes it: a scale point or non-scored option as a Coding, a line as a number, yes/no as a boolean. */
export function answerValue(scale: ResponseScale, value: AnswerValue): QuestionnaireResponseItemAnswer {
  if (typeof value === 'string') {
    return { valueCoding: { system: TANDEM.nonScoredSystem, code: value, display: NON_SCORED_DISPLAY[value] } };
  }
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (scale.kind === 'likert') {
    const display = scale.anchors.find((anchor) => anchor.value === value)?.label ?? String(value);
    return { valueCoding: { system: TANDEM.scalePointSystem, code: String(value), display } };
  }
  return scale.kind === 'line' && lineItemType(scale) === 'decimal' ? { valueDecimal: value } : { valueInteger: value };
}

function scoreItem(score: ScoreResult): QuestionnaireResponseItem {
  if (score.value === null) {
    return {
      linkId: score.scoreId,
      text: score.label,
      extension: [{ url: TANDEM.scoreUndefined, valueCode: score.reason }],
    };
  }
  return {
    linkId: score.scoreId,
    text: score.label,
    answer: [{ valueDecimal: score.value }],
    ...(score.thresholdsMet.length === 0
      ? {}
      : {
          extension: score.thresholdsMet.map((threshold) => ({
            url: TANDEM.thresholdMet,
            valueString: threshold.label,
          })),
        }),
  };
}
