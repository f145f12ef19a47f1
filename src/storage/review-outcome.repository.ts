import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReviewAttendeeKind } from '../domain/care-plan/review-attendee';
import type { ReviewOutcomeRepository } from '../services/reviews/ports';
import type { Database } from './database';
import { reviewAttendee, reviewOutcome } from './care-plan.schema';

/** What each held review recorded, and who was there. */
export function createReviewOutcomeRepository(db: Database): ReviewOutcomeRepository {
  return {
    create: async ({ attendees, ...outcome }) => {
      await db.insert(reviewOutcome).values(outcome);
      if (attendees.length === 0) return;
      await db
        .insert(reviewAttendee)
        .values(attendees.map((attendee, position) => ({ ...attendee, personId: outcome.personId, reviewId: outcome.reviewId, position })));
    },
    listForPerson: async (personId) => {
      const outcomes = await db.select().from(reviewOutcome).where(eq(reviewOutcome.personId, personId));
      if (outcomes.length === 0) return [];
      const attendees = await db
        .select()
        .from(reviewAttendee)
        .where(and(eq(reviewAttendee.personId, personId), inArray(reviewAttendee.reviewId, outcomes.map((o) => o.reviewId))))
        .orderBy(asc(reviewAttendee.position));
      return outcomes.map((outcome) => ({
        ...outcome,
        attendees: attendees
          .filter((a) => a.reviewId === outcome.reviewId)
          .map((a) => ({ kind: a.kind as ReviewAttendeeKind, workerId: a.workerId, carerId: a.carerId, name: a.name })),
      }));
    },
  };
}
