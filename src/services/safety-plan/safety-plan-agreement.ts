import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/** Whether the care team must agree each version of the person's safety plan, and who chose so when. */
export interface SafetyPlanAgreementChoice {
  teamMustAgree: boolean;
  chosenAt: Date | null;
  chosenBy: string | null;
}

/**
 * The person's choice about their safety plan: it is theirs, in force as they write it, unless they
 * chose that their care team must agree a version (then both sign, as for the care plan). Read by
 * anyone who may read the plan; nobody has chosen means the team's agreement is not needed.
 */
export async function getSafetyPlanAgreement(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<SafetyPlanAgreementChoice> {
  return deps.uow.read(async (repositories) => {
    const { person } = await requirePersonAccess(repositories, actor, input.personId, 'read_safety_plan', deps.now());
    const choice = await repositories.safetyPlans.findPreference(person.id);
    return {
      teamMustAgree: choice?.teamMustAgree ?? false,
      chosenAt: choice?.updatedAt ?? null,
      chosenBy: choice?.updatedByName ?? null,
    };
  });
}

/** Only the person decides whether their care team must agree their safety plan. */
export async function setSafetyPlanAgreement(
  deps: ServiceDeps,
  input: { personId: string; teamMustAgree: boolean },
  actor: Actor,
): Promise<SafetyPlanAgreementChoice> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'write_safety_plan', now);
    if (basis !== 'self')
      throw new AppError('forbidden', 'Only the person decides whether their care team must agree their safety plan.');
    await repositories.safetyPlans.setPreference({
      personId: person.id,
      teamMustAgree: input.teamMustAgree,
      updatedAt: now,
      updatedByName: actor.displayName,
    });
    await recordAudit(repositories, actor, now, {
      action: 'safety_plan.agreement.choose',
      personId: person.id,
      basis,
      detail: { teamMustAgree: input.teamMustAgree },
    });
    return { teamMustAgree: input.teamMustAgree, chosenAt: now, chosenBy: actor.displayName };
  });
}
