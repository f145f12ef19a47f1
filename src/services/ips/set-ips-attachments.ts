import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { WorkerRecord } from '../organisation/ports';
import type { IpsAttachmentRecord } from './ports';

/**
 * IPS-25 item 4: an employment specialist is part of up to two mental health treatment teams
 * (Becker, Swanson, Reese, Bond and McLeman 2019, the IPS fidelity manual).
 */
export const MAX_ATTACHED_TEAMS = 2;

/**
 * An administrator sets the community teams an employment specialist works inside (ADR 0049),
 * replacing the ones before. Their IPS team's specialists may then take those teams' referrals.
 * `version` is the worker's version the administrator started from: attachments are part of the
 * worker's record, so a change to either since then is refused with 409 (ADR 0054).
 */
export async function setIpsAttachments(
  deps: ServiceDeps,
  input: { workerId: string; teamIds: readonly string[]; version: number },
  actor: Actor,
): Promise<{ attachments: IpsAttachmentRecord[]; version: number }> {
  requireRole(actor, ['admin'], 'Only an administrator attaches employment specialists to teams.');
  const teamIds = [...new Set(input.teamIds)];
  if (teamIds.length > MAX_ATTACHED_TEAMS)
    throw new AppError('bad_request', `Attach a specialist to ${MAX_ATTACHED_TEAMS} teams at most.`, {
      field: 'teamIds',
    });
  return deps.uow.run(async (r) => {
    const worker = await r.organisation.findWorker(input.workerId);
    if (!worker) throw new AppError('not_found', 'There is no worker with that id.');
    for (const teamId of teamIds) await requireCommunityTeam(r, worker, teamId);
    const { id, version, ...details } = worker;
    if (!(await r.organisation.updateWorker(id, input.version, details)))
      throw new AppError(
        'conflict',
        `Someone else changed ${worker.name}’s record while you were choosing. Here are the teams as they now stand.`,
        { current: { version, teamIds: (await r.ips.listWorkerAttachments(id)).map((a) => a.teamId) } },
      );
    const attachments = teamIds.map((teamId) => ({ workerId: id, teamId }));
    await r.ips.replaceAttachments(id, attachments);
    await recordAudit(r, actor, deps.now(), {
      action: 'ips.attachments.set',
      detail: { workerId: id, teamIds },
    });
    return { attachments, version: input.version + 1 };
  });
}

/**
 * A team a specialist may be attached to: one that exists, is not their own, and is a community
 * team. A team is an IPS team when its workers have attachments (ADR 0049), and an IPS team has
 * no people of its own whose referrals a specialist could take there.
 */
async function requireCommunityTeam(r: Repositories, worker: WorkerRecord, teamId: string): Promise<void> {
  const team = await r.organisation.findTeam(teamId);
  if (!team) throw new AppError('bad_request', 'One of the teams does not exist.', { field: 'teamIds' });
  if (teamId === worker.teamId)
    throw new AppError('bad_request', `${worker.name} already works in ${team.name}.`, { field: 'teamIds' });
  if ((await r.ips.listAttachments(teamId)).length > 0)
    throw new AppError('bad_request', `${team.name} is an IPS team, not a community team.`, { field: 'teamIds' });
}
