import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { TeamRecord } from './ports';

/** Sets how people and their carers reach a team: its phone number and the hours it answers. */
export async function setTeamContact(
  deps: ServiceDeps,
  input: { teamId: string; phone: string | null; serviceHours: string | null },
  actor: Actor,
): Promise<TeamRecord> {
  requireRole(actor, ['admin'], 'Only administrators change a team’s phone number and hours.');
  return deps.uow.run(async (r) => {
    const team = await r.organisation.findTeam(input.teamId);
    if (!team) throw new AppError('not_found', 'There is no team with that id.');
    const contact = { phone: input.phone?.trim() || null, serviceHours: input.serviceHours?.trim() || null };
    await r.organisation.updateTeamContact(team.id, contact);
    await recordAudit(r, actor, deps.now(), { action: 'team.contact.set', detail: { id: team.id } });
    return { ...team, ...contact };
  });
}
