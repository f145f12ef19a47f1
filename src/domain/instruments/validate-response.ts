import type { InstrumentDefinition, ResponseScale } from './instrument-definition';
import { identityIssues } from './identity-issues';
import { throwIfIssues, type InstrumentIssue } from './instrument-error';
import { itemsById, scalesById } from './instrument-lookup';
import type { AnswerValue, InstrumentResponse } from './instrument-response';
import { isOnStep } from './response-scale';

/**
 * Every way a response fails to fit its instrument: another instrument or version, unknown or
 * repeated items, ratings off the scale or between its steps, options the scale does not offer.
 */
export function responseIssues(definition: InstrumentDefinition, response: InstrumentResponse): InstrumentIssue[] {
  const issues = identityIssues(definition, response);
  const items = itemsById(definition);
  const scales = scalesById(definition);
  const answered = new Set<string>();
  response.answers.forEach((answer, index) => {
    const path = `answers.${index}`;
    const item = items.get(answer.itemId);
    const scale = item && scales.get(item.scaleId);
    if (!item || !scale) {
      issues.push({
        path: `${path}.itemId`,
        code: 'unknown-item',
        message: `No item "${answer.itemId}" in ${definition.id}.`,
      });
    } else if (answered.has(item.id)) {
      issues.push({
        path: `${path}.itemId`,
        code: 'duplicate-answer',
        message: `Item "${item.id}" is answered twice.`,
      });
    } else {
      issues.push(...valueIssues(`${path}.value`, item.id, scale, answer.value));
    }
    answered.add(answer.itemId);
  });
  return issues;
}

/** Throws an InstrumentError listing every problem with the response, if there is any. */
export function assertValidResponse(definition: InstrumentDefinition, response: InstrumentResponse): void {
  throwIfIssues('invalid-response', responseIssues(definition, response));
}

/**
 * Items that must be answered before sending and are not; a draft may leave them for later. A
 * non-scored option ("don't know") is an answer.
 */
export function unansweredRequiredIssues(
  definition: InstrumentDefinition,
  response: InstrumentResponse,
): InstrumentIssue[] {
  const answered = new Set(response.answers.map((answer) => answer.itemId));
  return definition.items.flatMap((item) =>
    item.required && !answered.has(item.id)
      ? [
          {
            path: `items.${item.id}`,
            code: 'required-unanswered' as const,
            message: `Item "${item.id}" (${item.text ?? item.label}) needs an answer before sending.`,
          },
        ]
      : [],
  );
}

function valueIssues(path: string, itemId: string, scale: ResponseScale, value: AnswerValue): InstrumentIssue[] {
  const issue = (code: InstrumentIssue['code'], message: string): InstrumentIssue[] => [
    { path, code, message: `Item "${itemId}": ${message}` },
  ];
  if (typeof value === 'string') {
    return scale.nonScoredOptions.includes(value) ? [] : issue('option-not-offered', `"${value}" is not offered.`);
  }
  if (scale.kind === 'yes-no') {
    return typeof value === 'boolean' ? [] : issue('wrong-answer-type', 'expects yes or no.');
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return issue('wrong-answer-type', 'expects a number.');
  if (value < scale.min || value > scale.max) {
    return issue('out-of-range', `${value} is outside ${scale.min}–${scale.max}.`);
  }
  if (scale.kind === 'likert' && !Number.isInteger(value))
    return issue('not-integer', `${value} is not a whole number.`);
  if (scale.kind === 'line' && !isOnStep(scale, value)) {
    return issue('not-on-step', `${value} is not a multiple of ${scale.step} from ${scale.min}.`);
  }
  return [];
}
