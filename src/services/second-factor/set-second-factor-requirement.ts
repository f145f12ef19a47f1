import type { Actor } from '../../domain/accounts/actor';
import { STAFF_ROLES, type StaffRole } from '../../domain/accounts/staff-sign-in';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/** For each staff role, whether its password sign-ins must be followed by a code. */
export async function listSecondFactorRequirements(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ role: StaffRole; isRequired: boolean }[]> {
  requireRole(actor, ['admin'], 'Only administrators see which roles need a second factor.');
  const required = await deps.uow.read((r) => r.secondFactors.requiredRoles());
  return STAFF_ROLES.map((role) => ({ role, isRequired: required.includes(role) }));
}

/**
 * An administrator requires a second factor of a staff role, or stops requiring it. Someone of that
 * role who has none is asked to set it up at their next password sign-in, before anything else;
 * single sign-on leaves the second factor to the organisation's provider.
 */
export async function setSecondFactorRequirement(
  deps: ServiceDeps,
  input: { role: StaffRole; isRequired: boolean },
  actor: Actor,
): Promise<void> {
  requireRole(actor, ['admin'], 'Only administrators decide which roles need a second factor.');
  const now = deps.now();
  await deps.uow.run(async (r) => {
    await r.secondFactors.setRequirement(input.role, input.isRequired, now, actor.accountId);
    await recordAudit(r, actor, now, {
      action: input.isRequired ? 'second_factor.require' : 'second_factor.stop_requiring',
      detail: { role: input.role },
    });
  });
}
