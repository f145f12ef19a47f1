import type { ActionReview } from './meeting-action';
import type { MeetingProblem } from './meeting-problems';

/**
 * A meeting opens by marking every open action from before as done or not done, so that promises
 * on both sides are kept visibly. Every way a review fails to do that: an action left unmarked,
 * one marked twice, or one that is not open (already reviewed, or not this person's).
 */
export function actionReviewProblems(
  openActionIds: readonly string[],
  reviews: readonly ActionReview[],
): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const open = new Set(openActionIds);
  const seen = new Set<string>();
  reviews.forEach((review, index) => {
    if (!open.has(review.actionId)) {
      problems.push({
        field: `actionReviews.${index}.actionId`,
        message: 'One of the reviewed actions is not open: it may have been reviewed already.',
      });
    } else if (seen.has(review.actionId)) {
      problems.push({ field: `actionReviews.${index}.actionId`, message: 'An action is marked twice.' });
    }
    seen.add(review.actionId);
  });
  const unmarked = openActionIds.filter((id) => !seen.has(id));
  if (unmarked.length > 0) {
    problems.push({
      field: 'actionReviews',
      message: `Mark each open action from before as done or not done (${unmarked.length} not marked).`,
    });
  }
  return problems;
}
