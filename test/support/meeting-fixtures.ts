import { buildResponse, type AnswerValue, type InstrumentResponse } from '../../src/domain/instruments/index';
import {
  MEETING_FEEDBACK_INSTRUMENTS,
  MEETING_RATINGS_INSTRUMENT,
} from '../../src/domain/meetings/meeting-instruments';
import { ratedAreas } from '../../src/domain/meetings/rated-areas';

// Example responses for tests and demonstrations: whole, valid answers in a line.

/** Ratings of every area (default 4), with any overrides, and "no" to every "more help?". */
export function ratingsResponse(overrides: Record<string, AnswerValue> = {}): InstrumentResponse {
  const values: Record<string, AnswerValue> = {};
  for (const area of ratedAreas(MEETING_RATINGS_INSTRUMENT)) {
    values[area.id] = 4;
    if (area.moreHelpItemId) values[area.moreHelpItemId] = false;
  }
  return buildResponse(MEETING_RATINGS_INSTRUMENT, { ...values, ...overrides });
}

/**
 * A feedback form whose five scored values are given, in item order (listened, deciding together,
 * trust, whole person, rushed); "rushed" is reverse-keyed, so its answer is 6 − the scored value.
 * The overall score is the mean of the five, e.g. [3, 3, 2, 3, 2] → 13 / 5 = 2.6.
 */
export function feedbackResponse(
  respondent: 'person' | 'worker',
  scored: readonly [number, number, number, number, number],
): InstrumentResponse {
  const [listened, decided, trust, whole, rushed] = scored;
  return buildResponse(MEETING_FEEDBACK_INSTRUMENTS[respondent], {
    listened,
    'decided-together': decided,
    trust,
    'whole-person': whole,
    rushed: 6 - rushed,
  });
}

/** A short meeting on a given day (10:00 UTC) with every area rated 4, nothing chosen or agreed. */
export const simpleMeeting = (personId: string, day: string) => ({
  personId,
  occurredAt: new Date(`${day}T10:00:00Z`),
  durationMinutes: 45,
  mode: 'clinic' as const,
  ratings: ratingsResponse(),
});
