import type { Actor } from '../../domain/accounts/actor';
import { DEFAULT_REVIEW_CADENCE_MONTHS, nextReviewDue } from '../../domain/care-plan/next-review-due';
import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { inTurn } from '../in-turn';

/** Who a worker can say was at a person's review: the person, their care team today and their carers. */
export interface ReviewChoices {
  person: { name: string };
  workers: { id: string; name: string; profession: string; role: string }[];
  carers: { id: string; name: string; relationship: string }[];
  /** The next review, if held today: due at the team's cadence unless an earlier day is agreed. */
  nextReview: { cadenceMonths: number; latestDueOn: string };
}

/**
 * The people a review can list as there, for the form that records one. Only the person's care
 * team writes reviews up, so only they see the carers' names here.
 */
export async function listReviewChoices(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<ReviewChoices> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'write_care_plan', now);
    if (basis !== 'care_team')
      throw new AppError('forbidden', 'A review is written up by a worker in the person’s care team.');
    const today = isoDate(now);
    const [memberships, links] = await inTurn([
      () => repositories.careTeams.listForPerson(person.id),
      () => repositories.organisation.listCarerLinksForPerson(person.id),
    ]);
    const workers = new Map<string, ReviewChoices['workers'][number]>();
    for (const m of memberships) {
      if (isActiveOn(m, today) && !workers.has(m.workerId))
        workers.set(m.workerId, { id: m.workerId, name: m.workerName, profession: m.workerProfession, role: m.role });
    }
    const carers: ReviewChoices['carers'] = [];
    for (const link of links) {
      const carer = await repositories.organisation.findCarer(link.carerId);
      if (carer) carers.push({ id: carer.id, name: carer.name, relationship: link.relationship });
    }
    await recordAudit(repositories, actor, now, {
      action: 'review.choices.read',
      personId: person.id,
      basis,
      detail: { workers: workers.size, carers: carers.length },
    });
    const team = await repositories.organisation.findTeam(person.teamId);
    const cadenceMonths = team?.reviewCadenceMonths ?? DEFAULT_REVIEW_CADENCE_MONTHS;
    return {
      person: { name: person.name },
      workers: [...workers.values()],
      carers,
      nextReview: { cadenceMonths, latestDueOn: nextReviewDue(today, cadenceMonths) },
    };
  });
}
