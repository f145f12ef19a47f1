import type { InstrumentDefinition } from '../instrument-definition';
import type { AnswerValue, ScoreResult } from '../instrument-response';
import { buildResponse } from '../build-response';
import { scoreResponse } from '../score-response';

/** Every score of one response to a shipped instrument, by score id, for hand-worked examples. */
export function scoresOf(
  definition: InstrumentDefinition,
  values: Readonly<Record<string, AnswerValue>>,
): Record<string, ScoreResult> {
  const scored = scoreResponse(definition, buildResponse(definition, values));
  return Object.fromEntries(scored.scores.map((score) => [score.scoreId, score]));
}

/** Answers for numbered items from a list of ratings: ratings(4, 3) → { 'item-1': 4, 'item-2': 3 }. */
export function ratings(...values: AnswerValue[]): Record<string, AnswerValue> {
  return Object.fromEntries(values.map((value, index) => [`item-${index + 1}`, value]));
}
