import { z } from 'zod';
import { text } from './text.schema';
import { REVIEW_LIMITS } from '../../domain/care-plan/review-attendee';
import { hardCap, isoDate, uuidOf } from './common.schema';

// Holding a review and the reviews calendar feed, parsed before they reach a service. Lengths are
// checked as people count characters by the services; the bounds here only stop absurd payloads.

const attendee = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('person') }),
    z.object({ kind: z.literal('worker'), workerId: uuidOf('worker id') }),
    z.object({ kind: z.literal('carer'), carerId: uuidOf('carer id') }),
    z.object({ kind: z.literal('other'), name: text().trim().min(1, 'Give their name.').max(200) }),
  ],
  { error: 'Each attendee is the person, a worker, a carer or someone else by name.' },
);

export { REVIEW_LIMITS };

export const holdReviewBody = z.object({
  reviewId: uuidOf('review id').optional(),
  heldOn: isoDate.optional(),
  attendees: z.array(attendee).min(1, 'Say who was at the review.').max(REVIEW_LIMITS.maxAttendees),
  whatChanged: hardCap(REVIEW_LIMITS.maxWhatChangedCharacters),
  carePlanVersion: z.number().int().min(1).nullish(),
  /** The next review's day, if one earlier than the team's cadence was agreed. */
  nextDueOn: isoDate.nullish(),
});

export const calendarFeedParams = z.object({ token: text().max(100) });

export type HoldReviewBody = z.infer<typeof holdReviewBody>;
