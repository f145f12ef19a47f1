import { and, asc, eq, gt, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { CalendarFeedRepository } from '../services/reviews/ports';
import type { Database } from './database';
import { calendarFeed } from './care-plan.schema';
import { careTeamMembership as m, person, review } from './schema';

/** Workers' secret calendar addresses, and the reviews each feed lists. */
export function createCalendarFeedRepository(db: Database): CalendarFeedRepository {
  return {
    findForAccount: async (accountId) => (await db.select().from(calendarFeed).where(eq(calendarFeed.accountId, accountId)))[0] ?? null,
    findByTokenHash: async (tokenHash) => (await db.select().from(calendarFeed).where(eq(calendarFeed.tokenHash, tokenHash)))[0] ?? null,
    upsert: async (feed) =>
      void (await db
        .insert(calendarFeed)
        .values(feed)
        .onConflictDoUpdate({
          target: calendarFeed.accountId,
          set: { workerId: feed.workerId, tokenHash: feed.tokenHash, createdAt: feed.createdAt, lastUsedAt: feed.lastUsedAt },
        })),
    delete: async (accountId) => void (await db.delete(calendarFeed).where(eq(calendarFeed.accountId, accountId))),
    markUsed: async (accountId, at) => void (await db.update(calendarFeed).set({ lastUsedAt: at }).where(eq(calendarFeed.accountId, accountId))),
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
