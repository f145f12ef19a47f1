import {
  InstrumentError,
  scoresAwaitingKey,
  scoreResponse,
  type InstrumentDefinition,
  type InstrumentResponse,
} from '../../domain/instruments';
import { newId } from '../new-id';
import type { InstrumentResponseRecord, ResponsePurpose } from './ports';

export interface ResponseContext {
  personId: string;
  purpose: ResponsePurpose;
  meetingId: string | null;
  completedAt: Date;
  recordedByAccountId: string;
}

/**
 * Checks a response against the instrument version a use case asks today and scores it, ready to
 * save. Throws InstrumentError (400) listing every problem: another instrument, another version
 * (its items may mean something else), an unknown item, a rating off its scale. Scores are kept
 * as computed when saved, so a licensed instrument still waiting for the service's scoring key is
 * refused (409) rather than saved with scores that could never be filled in.
 */
export function buildResponseRecord(
  expected: InstrumentDefinition,
  response: InstrumentResponse,
  context: ResponseContext,
): InstrumentResponseRecord {
  const awaiting = scoresAwaitingKey(expected);
  if (awaiting.length > 0) {
    throw new InstrumentError('scoring-key-not-supplied', [
      {
        path: 'instrumentId',
        code: 'missing-scoring-key',
        message: `${expected.title} cannot be scored until the service loads its scoring key with the wording (needed for: ${awaiting.join(', ')}).`,
      },
    ]);
  }
  const scored = scoreResponse(expected, response);
  return {
    id: newId(),
    personId: context.personId,
    instrumentId: expected.id,
    version: expected.version,
    purpose: context.purpose,
    meetingId: context.meetingId,
    answers: [...response.answers],
    scores: [...scored.scores],
    completedAt: context.completedAt,
    recordedByAccountId: context.recordedByAccountId,
  };
}
