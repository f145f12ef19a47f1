import { aggregateMean, type AggregateMean } from './aggregate-mean';
import type { FeedbackPoint } from './feedback-point';

/** Whose eyes a relationship's feedback is shown to. */
export type FeedbackViewer = 'person' | 'worker';

/** One side's feedback on one meeting as the viewer may see it. 'private': given, for the aggregate only. */
export interface VisibleScore {
  status: 'given' | 'private' | 'not_given';
  score: number | null;
}

export interface TrendPoint {
  meetingId: string;
  occurredAt: Date;
  person: VisibleScore;
  /** Null for the person: the worker's view is the worker's own reflection. */
  worker: VisibleScore | null;
}

export interface RelationshipTrend {
  points: TrendPoint[];
  /** For the worker: the mean of the person's aggregate-only answers, once there are enough. */
  personAggregate: AggregateMean | null;
}

const NOT_GIVEN: VisibleScore = { status: 'not_given', score: null };

/**
 * A relationship's feedback per meeting, oldest first, as one viewer may see it. The person sees
 * their own answers, on the meetings they answered. The worker sees their own view, the person's answers given to be seen
 * individually, and for the rest only that they were given, plus a mean over whole blocks of them.
 */
export function relationshipTrend(
  pointsOldestFirst: readonly FeedbackPoint[],
  viewer: FeedbackViewer,
): RelationshipTrend {
  // The person is not told of meetings the worker reflected on unless they answered too.
  const shown = viewer === 'person' ? pointsOldestFirst.filter((point) => point.person !== null) : pointsOldestFirst;
  const points = shown.map((point): TrendPoint => {
    const person = point.person;
    const personView: VisibleScore = !person
      ? NOT_GIVEN
      : viewer === 'person' || person.visibility === 'individual'
        ? { status: 'given', score: person.score }
        : { status: 'private', score: null };
    const workerView: VisibleScore | null =
      viewer === 'person' ? null : point.worker ? { status: 'given', score: point.worker.score } : NOT_GIVEN;
    return { meetingId: point.meetingId, occurredAt: point.occurredAt, person: personView, worker: workerView };
  });
  return { points, personAggregate: viewer === 'worker' ? aggregateOfPrivate(pointsOldestFirst) : null };
}

function aggregateOfPrivate(points: readonly FeedbackPoint[]): AggregateMean | null {
  const given = points.flatMap(({ person }) =>
    person?.visibility === 'aggregate' && person.score !== null
      ? [{ score: person.score, at: person.givenAt.getTime() }]
      : [],
  );
  // Blocks follow the order the answers were given in, which is the order the worker could see means change.
  return aggregateMean(given.sort((a, b) => a.at - b.at).map((entry) => entry.score));
}
