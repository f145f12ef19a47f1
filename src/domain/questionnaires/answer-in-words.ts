import type { AnswerValue, ResponseScale } from '../instruments';

const NON_SCORED_WORDS: Record<string, string> = { 'not-applicable': 'Not applicable', 'dont-know': 'Don’t know' };

/**
 * An answer as a person reads it: a rating with its anchor's words where the scale names that point
 * ("4: Often"), a number on a line, yes or no, or the option chosen instead of a rating.
 *
 * @example answerInWords({ kind: 'yes-no', id: 'yn', nonScoredOptions: [] }, true) // 'Yes'
 */
export function answerInWords(scale: ResponseScale, value: AnswerValue): string {
  if (typeof value === 'string') return NON_SCORED_WORDS[value] ?? value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (scale.kind === 'yes-no') return value === 1 ? 'Yes' : 'No';
  const anchor = scale.anchors.find((candidate) => candidate.value === value);
  return anchor ? `${value}: ${anchor.label}` : String(value);
}
