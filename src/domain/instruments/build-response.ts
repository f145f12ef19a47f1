import type { InstrumentDefinition } from './instrument-definition';
import type { AnswerValue, InstrumentResponse } from './instrument-response';

/**
 * A response to this version of an instrument from item id → answer pairs, as a form collects them.
 *
 * @example buildResponse(srs, { 'item-1': 9.1, 'item-2': 8.5 })
 */
export function buildResponse(
  definition: Pick<InstrumentDefinition, 'id' | 'version'>,
  values: Readonly<Record<string, AnswerValue>>,
): InstrumentResponse {
  return {
    instrumentId: definition.id,
    version: definition.version,
    answers: Object.entries(values).map(([itemId, value]) => ({ itemId, value })),
  };
}
