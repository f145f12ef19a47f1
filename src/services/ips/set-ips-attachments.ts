import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { IpsAttachmentRecord } from './ports';

/**
 * IPS-25 item 4: an employment specialist is part of up to two mental health treatment teams
 * (Becker, Swanson, Reese, Bond and McLeman 2019, the IPS fidelity manual).
 */
export const MAX_ATTACHED_TEAMS = 2;

/**
 * An administrator sets the community teams an employment specialist works inside (ADR 0049),
 * replacing the ones before. Their IPS team's specialists may then take those teams' referrals.
 */
export async function setIpsAttachments(
  deps: ServiceDeps,
  input: { workerId: string; teamIds: readonly string[] },
  actor: Actor,
): Promise<IpsAttachmentRecord[]> {
  requireRole(actor, ['admin'], 'Only an administrator attaches employment specialists to teams.');
  const teamIds = [...new Set(input.teamIds)];
  if (teamIds.length > MAX_ATTACHED_TEAMS)
    throw new AppError('bad_request', `Attach a specialist to ${MAX_ATTACHED_TEAMS} teams at most.`, {
      field: 'teamIds',
    });
  return deps.uow.run(async (r) => {
    const worker = await r.organisation.findWorker(input.workerId);
    if (!worker) throw new AppError('not_found', 'There is no worker with that id.');
    for (const teamId of teamIds) {
      if (!(await r.organisation.findTeam(teamId)))
        throw new AppError('bad_request', 'One of the teams does not exist.', { field: 'teamIds' });
      if (teamId === worker.teamId)
        throw new AppError('bad_request', `${worker.name} already works in that team.`, { field: 'teamIds' });
    }
    const attachments = teamIds.map((teamId) => ({ workerId: worker.id, teamId }));
    await r.ips.replaceAttachments(worker.id, attachments);
    await recordAudit(r, actor, deps.now(), {
      action: 'ips.attachments.set',
      detail: { workerId: worker.id, teamIds },
    });
    return attachments;
  });
}
