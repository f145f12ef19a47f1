import { scoreResponse, type InstrumentDefinition, type InstrumentResponse } from '../../domain/instruments';
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
 * (its items may mean something else), an unknown item, a rating off its scale.
 */
export function buildResponseRecord(expected: InstrumentDefinition, response: InstrumentResponse, context: ResponseContext): InstrumentResponseRecord {
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
