import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { TeamRecord } from './ports';

export interface SetTeamContactInput {
  teamId: string;
  /** The team's version the administrator started from. */
  version: number;
  phone: string | null;
  serviceHours: string | null;
}

/**
 * Sets how people and their carers reach a team: its phone number and the hours it answers. A
 * change from an older version is refused with the current values, so two administrators editing
 * at once never overwrite each other.
 */
export async function setTeamContact(deps: ServiceDeps, input: SetTeamContactInput, actor: Actor): Promise<TeamRecord> {
  requireRole(actor, ['admin'], 'Only administrators change a team’s phone number and hours.');
  return deps.uow.run(async (r) => {
    const team = await r.organisation.findTeam(input.teamId);
    if (!team) throw new AppError('not_found', 'There is no team with that id.');
    const contact = { phone: input.phone?.trim() || null, serviceHours: input.serviceHours?.trim() || null };
    if (!(await r.organisation.updateTeamContact(team.id, input.version, contact))) {
      throw new AppError(
        'conflict',
        'Someone else changed this team’s phone number or hours while you were editing. Their change is shown below; yours is still in the form.',
        { current: { phone: team.phone ?? null, serviceHours: team.serviceHours ?? null, version: team.version ?? 1 } },
      );
    }
    await recordAudit(r, actor, deps.now(), { action: 'team.contact.set', detail: { id: team.id } });
    return { ...team, ...contact, version: input.version + 1 };
  });
}
