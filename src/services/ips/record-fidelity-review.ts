import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { fidelityScoresProblem, scoreFidelity } from '../../domain/ips/fidelity-scale';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { fidelityTeam } from './get-ips-fidelity';
import { checkIpsDay } from './ips-dates';
import type { FidelityReviewRecord } from './ports';

export interface RecordFidelityReviewInput {
  teamId?: string;
  reviewedOn: string;
  reviewers: string;
  scores: number[];
}

/** Records an IPS-25 fidelity review of a team: the 25 item scores, scored and banded by Tandem. */
export async function recordFidelityReview(
  deps: ServiceDeps,
  input: RecordFidelityReviewInput,
  actor: Actor,
): Promise<FidelityReviewRecord> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const team = await fidelityTeam(r, actor, input.teamId);
    checkIpsDay(input.reviewedOn, now, 'reviewedOn', 'A fidelity review');
    const problem = fidelityScoresProblem(input.scores);
    if (problem) throw new AppError('bad_request', problem, { field: 'scores' });
    const review: FidelityReviewRecord = {
      id: newId(),
      teamId: team.id,
      reviewedOn: input.reviewedOn,
      reviewers: input.reviewers.trim(),
      scores: input.scores,
      total: scoreFidelity(input.scores).total,
      recordedByAccountId: actor.accountId,
    };
    await r.ips.createFidelityReview(review);
    await recordAudit(r, actor, now, {
      action: 'ips.fidelity.create',
      detail: { reviewId: review.id, teamId: team.id },
    });
    return review;
  });
}
