import { buildResponse, scoreResponse, type AnswerValue, type InstrumentDefinition } from '../domain/instruments/index';
import type { InstrumentResponseRecord, ResponsePurpose } from '../services/instruments/ports';
import type { DemoContext } from './demo-context';

/** Whose response it is, what for, and when it was completed. */
export interface ResponseAbout {
  personId: string;
  purpose: ResponsePurpose;
  meetingId: string;
  completedAt: Date;
}

/**
 * A response as a use case would save it: checked and scored by the instrument engine itself, so
 * an invented answer that does not fit the instrument fails here, not on a screen later.
 */
export function demoResponse(
  context: DemoContext,
  definition: InstrumentDefinition,
  values: Readonly<Record<string, AnswerValue>>,
  about: ResponseAbout,
): InstrumentResponseRecord {
  const response = buildResponse(definition, values);
  const scored = scoreResponse(definition, response);
  return {
    id: context.meetingIds('response', about.completedAt.getTime()),
    personId: about.personId,
    instrumentId: definition.id,
    version: definition.version,
    purpose: about.purpose,
    meetingId: about.meetingId,
    answers: [...response.answers],
    scores: [...scored.scores],
    completedAt: about.completedAt,
    recordedByAccountId: null,
  };
}
