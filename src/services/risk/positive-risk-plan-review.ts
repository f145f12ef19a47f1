import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { reviewDateProblem } from '../../domain/risk/positive-risk-plan-review';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/** When the positive risk-taking plan will be looked at again, and who set that day; all null before anyone has. */
export interface PositiveRiskPlanReview {
  reviewOn: string | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** The plan's review date, for anyone who may read the plan. */
export async function getPositiveRiskPlanReview(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<PositiveRiskPlanReview> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_risk', now);
    const review = await repositories.risk.findPlanReview(person.id);
    await recordAudit(repositories, actor, now, {
      action: 'positive_risk_plan.review.read',
      personId: person.id,
      basis,
    });
    return {
      reviewOn: review?.reviewOn ?? null,
      updatedAt: review?.updatedAt ?? null,
      updatedBy: review?.updatedByName ?? null,
    };
  });
}

export interface SetPositiveRiskPlanReviewInput {
  personId: string;
  /** YYYY-MM-DD: from today to two years ahead. */
  reviewOn: string;
  /** The date the writer saw (null: none was set), so a change made meanwhile is not overwritten. */
  previousReviewOn: string | null;
}

/**
 * The person or their care team sets when the plan will be looked at again. The plan must exist;
 * a date someone else changed meanwhile is a 409 with the current date, never overwritten.
 */
export async function setPositiveRiskPlanReview(
  deps: ServiceDeps,
  input: SetPositiveRiskPlanReviewInput,
  actor: Actor,
): Promise<PositiveRiskPlanReview> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const problem = reviewDateProblem(input.reviewOn, isoDate(now));
    if (problem) throw new AppError('bad_request', problem, { field: 'reviewOn' });
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'write_risk', now);
    const plan = await repositories.documents('positive_risk_plan').findPlan(person.id);
    if (!plan || plan.currentVersion === 0)
      throw new AppError('bad_request', 'Write the plan before choosing when to look at it again.', {
        field: 'reviewOn',
      });
    const record = { personId: person.id, reviewOn: input.reviewOn, updatedAt: now, updatedByName: actor.displayName };
    if (!(await repositories.risk.setPlanReview(record, input.previousReviewOn))) {
      const current = await repositories.risk.findPlanReview(person.id);
      throw new AppError(
        'conflict',
        `${current?.updatedByName ?? 'Someone'} changed the review date after you opened the plan. Nothing was saved: look at their date, then change it if you still need to.`,
        { currentReviewOn: current?.reviewOn ?? null },
      );
    }
    await recordAudit(repositories, actor, now, {
      action: 'positive_risk_plan.review.set',
      personId: person.id,
      basis,
      detail: { reviewOn: input.reviewOn },
    });
    return { reviewOn: input.reviewOn, updatedAt: now, updatedBy: actor.displayName };
  });
}
