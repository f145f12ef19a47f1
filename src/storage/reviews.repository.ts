import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { ReviewAttendeeKind } from '../domain/care-plan/review-attendee';
import type { CalendarFeedRepository, ReviewOutcomeRepository, ReviewRepository } from '../services/reviews/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { careTeamMembership as m } from './schema/care-team.schema';
import { person } from './schema/organisation.schema';
import { calendarFeed, review, reviewAttendee, reviewOutcome } from './schema/reviews.schema';

/** Care-plan reviews: when each is due and whether it was held. */
export function createReviewRepository(db: Database): ReviewRepository {
  return {
    create: async (row) => void (await db.insert(review).values(row)),
    createMany: (rows) => inBatches(rows, (batch) => db.insert(review).values(batch)),
    findNextDue: async (personId) =>
      (
        await db
          .select({ id: review.id, personId: review.personId, dueOn: review.dueOn, heldOn: review.heldOn })
          .from(review)
          .where(and(eq(review.personId, personId), isNull(review.heldOn)))
          .orderBy(asc(review.dueOn))
          .limit(1)
      )[0] ?? null,
    findById: async (personId, id) =>
      (
        await db
          .select({ id: review.id, personId: review.personId, dueOn: review.dueOn, heldOn: review.heldOn })
          .from(review)
          .where(and(eq(review.personId, personId), eq(review.id, id)))
      )[0] ?? null,
    listForPerson: (personId) =>
      db
        .select({ id: review.id, personId: review.personId, dueOn: review.dueOn, heldOn: review.heldOn })
        .from(review)
        .where(eq(review.personId, personId))
        .orderBy(desc(review.dueOn)),
    setDueOn: async (personId, id, dueOn) =>
      void (await db
        .update(review)
        .set({ dueOn })
        .where(and(eq(review.personId, personId), eq(review.id, id), isNull(review.heldOn)))),
    markHeld: async (personId, id, heldOn) =>
      (
        await db
          .update(review)
          .set({ heldOn })
          .where(and(eq(review.personId, personId), eq(review.id, id), isNull(review.heldOn)))
          .returning({ id: review.id })
      ).length === 1,
  };
}

/** What each held review recorded, and who was there. */
export function createReviewOutcomeRepository(db: Database): ReviewOutcomeRepository {
  return {
    create: async ({ attendees, ...outcome }) => {
      await db.insert(reviewOutcome).values(outcome);
      if (attendees.length === 0) return;
      await db.insert(reviewAttendee).values(
        attendees.map((attendee, position) => ({
          ...attendee,
          personId: outcome.personId,
          reviewId: outcome.reviewId,
          position,
        })),
      );
    },
    listForPerson: async (personId) => {
      const outcomes = await db.select().from(reviewOutcome).where(eq(reviewOutcome.personId, personId));
      if (outcomes.length === 0) return [];
      const attendees = await db
        .select()
        .from(reviewAttendee)
        .where(
          and(
            eq(reviewAttendee.personId, personId),
            inArray(
              reviewAttendee.reviewId,
              outcomes.map((o) => o.reviewId),
            ),
          ),
        )
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

/** Workers' secret calendar addresses, and the reviews each feed lists. */
export function createCalendarFeedRepository(db: Database): CalendarFeedRepository {
  return {
    findForAccount: async (accountId) =>
      (await db.select().from(calendarFeed).where(eq(calendarFeed.accountId, accountId)))[0] ?? null,
    findByTokenHash: async (tokenHash) =>
      (await db.select().from(calendarFeed).where(eq(calendarFeed.tokenHash, tokenHash)))[0] ?? null,
    upsert: async (feed) =>
      void (await db
        .insert(calendarFeed)
        .values(feed)
        .onConflictDoUpdate({
          target: calendarFeed.accountId,
          set: {
            workerId: feed.workerId,
            tokenHash: feed.tokenHash,
            createdAt: feed.createdAt,
            lastUsedAt: feed.lastUsedAt,
          },
        })),
    delete: async (accountId) => void (await db.delete(calendarFeed).where(eq(calendarFeed.accountId, accountId))),
    markUsed: async (accountId, at) =>
      void (await db.update(calendarFeed).set({ lastUsedAt: at }).where(eq(calendarFeed.accountId, accountId))),
    reviewsForCaseload: (workerId, day, heldSince) => {
      const caseload = db
        .selectDistinct({ personId: m.personId })
        .from(m)
        .where(and(eq(m.workerId, workerId), lte(m.startsOn, day), or(isNull(m.endsOn), gt(m.endsOn, day))));
      return db
        .select({
          reviewId: review.id,
          personId: review.personId,
          personName: person.name,
          preferredName: person.preferredName,
          dueOn: review.dueOn,
          heldOn: review.heldOn,
        })
        .from(review)
        .innerJoin(person, eq(person.id, review.personId))
        .where(and(inArray(review.personId, caseload), or(isNull(review.heldOn), gte(review.heldOn, heldSince))))
        .orderBy(asc(review.dueOn), asc(review.id));
    },
  };
}
