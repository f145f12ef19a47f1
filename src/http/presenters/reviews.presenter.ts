import type { CalendarFeedStatus } from '../../services/reviews/calendar-feed-settings';
import type { ReviewView } from '../../services/reviews/review-view';
import type { CalendarFeedStatusResponse, ReviewDto } from '../../shared/api/reviews.responses';

// Reviews and the calendar feed to the JSON the API promises (shared/api/reviews.responses.ts).

export function presentReview(r: ReviewView): ReviewDto {
  return {
    id: r.id,
    dueOn: r.dueOn,
    heldOn: r.heldOn,
    outcome: r.outcome ? { ...r.outcome, recordedAt: r.outcome.recordedAt.toISOString() } : null,
  };
}

export function presentCalendarFeedStatus(status: CalendarFeedStatus): CalendarFeedStatusResponse {
  return {
    isActive: status.isActive,
    createdAt: status.createdAt?.toISOString() ?? null,
    lastUsedAt: status.lastUsedAt?.toISOString() ?? null,
  };
}
