import type { ReviewRecord } from '../services/reviews/ports';
import { daysInMonths, isoOfDay, msOfDay } from './demo-calendar';
import type { DemoContext } from './demo-context';
import type { PersonDraft } from './demo-people';

/** The demo person's review is coming up, so "due soon" shows on the demo worker's caseload. */
const DEMO_PERSON_REVIEW_IN_DAYS = 19;

/**
 * The person's next review, not yet held: about one in ten overdue, about one in seven due within
 * four weeks, and the rest later, up to one review cadence ahead.
 */
export function draftReview(context: DemoContext, draft: PersonDraft, reviewCadenceMonths: number): ReviewRecord {
  const { random } = draft;
  const roll = random.next();
  const inDays = draft.isDemoPerson
    ? DEMO_PERSON_REVIEW_IN_DAYS
    : roll < 0.1
      ? -random.int(1, 60)
      : roll < 0.24
        ? random.int(0, 27)
        : random.int(29, daysInMonths(reviewCadenceMonths));
  return {
    id: context.ids('review', msOfDay(context.today)),
    personId: draft.person.id,
    dueOn: isoOfDay(context.today + inDays),
    heldOn: null,
  };
}
