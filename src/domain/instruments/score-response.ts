import type {
  Comparator,
  InstrumentDefinition,
  MissingRule,
  ScoreDefinition,
  Threshold,
} from './instrument-definition';
import { itemsById, scaleOfItem, sourceItemIds } from './instrument-lookup';
import type { InstrumentResponse, ScoredResponse, ScoreResult } from './instrument-response';
import { scoredValue, tidyNumber } from './response-scale';
import { scoresAwaitingKey } from './scoring-key';
import { assertValidResponse } from './validate-response';

/**
 * Validates a response and computes every score of its instrument. A score is null, with the
 * reason, when more items are missing than its rule allows; otherwise a sum with missing items is
 * prorated (mean of the answered items × number of items) and a mean uses the answered items.
 * A score that needs the service's scoring key is null with reason 'scoring-key-not-supplied' until
 * the key is applied; scores that need no key are still computed.
 * Throws InstrumentError('invalid-response') listing every problem when the response does not fit.
 *
 * @example scoreResponse(srs, { instrumentId: 'srs', version: '1.0.0', answers }).scores[0].value
 */
export function scoreResponse(definition: InstrumentDefinition, response: InstrumentResponse): ScoredResponse {
  assertValidResponse(definition, response);
  const values = scoredItemValues(definition, response);
  const awaiting = new Set(scoresAwaitingKey(definition));
  return {
    instrumentId: definition.id,
    version: definition.version,
    scores: definition.scores.map((score) =>
      awaiting.has(score.id) ? awaitingKey(score, definition) : computeScore(definition, score, values),
    ),
  };
}

function awaitingKey(score: ScoreDefinition, definition: InstrumentDefinition): ScoreResult {
  const itemCount =
    score.source.kind === 'items'
      ? score.source.itemIds.length
      : (definition.scoringKey?.subscales.find(
          (subscale) => score.source.kind === 'subscale' && subscale.id === score.source.subscaleId,
        )?.itemCount ?? 0);
  return {
    scoreId: score.id,
    label: score.label,
    answeredCount: 0,
    missingCount: itemCount,
    value: null,
    reason: 'scoring-key-not-supplied',
  };
}

/** Scored value per answered item; non-scored options are left out, i.e. count as missing. */
function scoredItemValues(definition: InstrumentDefinition, response: InstrumentResponse): Map<string, number> {
  const items = itemsById(definition);
  const values = new Map<string, number>();
  for (const answer of response.answers) {
    const item = items.get(answer.itemId);
    if (!item || typeof answer.value === 'string') continue;
    values.set(item.id, scoredValue(scaleOfItem(definition, item), item, answer.value));
  }
  return values;
}

function computeScore(
  definition: InstrumentDefinition,
  score: ScoreDefinition,
  values: ReadonlyMap<string, number>,
): ScoreResult {
  const itemIds = sourceItemIds(definition, score.source);
  const answered = itemIds.flatMap((id) => values.get(id) ?? []);
  const counts = {
    scoreId: score.id,
    label: score.label,
    answeredCount: answered.length,
    missingCount: itemIds.length - answered.length,
  };
  if (answered.length === 0 || !isMissingAllowed(score.missing, counts.missingCount, itemIds.length)) {
    return { ...counts, value: null, reason: 'too-many-missing' };
  }
  const total = answered.reduce((sum, value) => sum + value, 0);
  const raw = score.method === 'mean' ? total / answered.length : (total * itemIds.length) / answered.length;
  const value = tidyNumber(raw);
  return {
    ...counts,
    value,
    isProrated: counts.missingCount > 0,
    thresholdsMet: score.thresholds.filter((threshold) => isThresholdMet(threshold, value)),
  };
}

/** Whether a score may still be computed with this many of its items missing. */
export function isMissingAllowed(rule: MissingRule, missingCount: number, itemCount: number): boolean {
  switch (rule.kind) {
    case 'none-allowed':
      return missingCount === 0;
    case 'max-count':
      return missingCount <= rule.count;
    case 'max-percent':
      return (missingCount / itemCount) * 100 <= rule.percent;
  }
}

const COMPARE: Record<Comparator, (value: number, limit: number) => boolean> = {
  '<': (value, limit) => value < limit,
  '<=': (value, limit) => value <= limit,
  '>': (value, limit) => value > limit,
  '>=': (value, limit) => value >= limit,
};

/** Whether a score value meets a threshold, e.g. 35.9 meets "< 36". */
export function isThresholdMet(threshold: Threshold, value: number): boolean {
  return COMPARE[threshold.comparator](value, threshold.value);
}
