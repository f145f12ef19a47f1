import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import {
  carePlanGoalOptions,
  loadLearningPlan,
  type CarePlanGoalOption,
  type LearningPlanView,
} from './learning-plan-view';
import { requireStudent } from './require-college-access';

export interface MyLearningPlan extends LearningPlanView {
  /** The student is a service user, so goals can link to their care plan and the plan can be shared. */
  isServiceUser: boolean;
  carePlanGoals: CarePlanGoalOption[];
}

/** The student's own learning plan: their goals, the courses for each, and their choice of sharing. */
export async function getLearningPlan(deps: ServiceDeps, actor: Actor): Promise<MyLearningPlan> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    const personId = actor.role === 'service_user' ? actor.personId : null;
    // The care-plan goals offered for linking are the person's own plan, read on the usual terms.
    if (personId) await requirePersonAccess(repositories, actor, personId, 'read_care_plan', now);
    const view = await loadLearningPlan(repositories, student, personId);
    const carePlanGoals = personId ? await carePlanGoalOptions(repositories, personId) : [];
    await recordAudit(repositories, actor, now, {
      action: 'college.learning_plan.read',
      personId: personId ?? undefined,
      basis: personId ? 'self' : undefined,
    });
    return { ...view, isServiceUser: personId !== null, carePlanGoals };
  });
}
