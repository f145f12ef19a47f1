import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { reviewView, type ReviewView } from './review-view';
import { inTurn } from '../in-turn';

/** A person's reviews, latest due first, with what each held review recorded. */
export async function listReviews(deps: ServiceDeps, input: { personId: string }, actor: Actor): Promise<ReviewView[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_care_plan', now);
    const [reviews, outcomes] = await inTurn([
      () => repositories.reviews.listForPerson(person.id),
      () => repositories.reviewOutcomes.listForPerson(person.id),
    ]);
    const byReview = new Map(outcomes.map((o) => [o.reviewId, o]));
    await recordAudit(repositories, actor, now, {
      action: 'reviews.read',
      personId: person.id,
      basis,
      detail: { count: reviews.length },
    });
    return reviews.map((review) =>
      reviewView(review, byReview.get(review.id), { showNotes: basis !== 'carer_consent' }),
    );
  });
}
