import type { ReflectionAction } from '../../domain/access/reflection-access-policy';
import { decideReflectionAccess } from '../../domain/access/reflection-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { WorkerRecord } from '../organisation/ports';
import type { Repositories } from '../ports';

/**
 * The first line of every reflective-log use case: loads whose log it is and whether the actor
 * supervises that worker (manages their team), asks the policy, and refuses with 404 or 403.
 */
export async function requireReflectionAccess(
  repositories: Repositories,
  actor: Actor,
  action: ReflectionAction,
  log: { workerId: string; sharedAt: Date | null },
): Promise<{ worker: WorkerRecord }> {
  const worker = await repositories.organisation.findWorker(log.workerId);
  if (!worker) throw new AppError('not_found', 'There is no worker with that id.');
  const isOwnLog = actor.workerId === worker.id;
  const managerWorker =
    actor.role === 'team_manager' && actor.workerId && !isOwnLog
      ? await repositories.organisation.findWorker(actor.workerId)
      : null;
  const allowed = decideReflectionAccess(actor, action, {
    isOwnLog,
    isShared: log.sharedAt !== null,
    isSupervisor: managerWorker !== null && managerWorker.teamId === worker.teamId,
  });
  if (!allowed) {
    // A private entry does not exist for anyone but its writer: 404, so its existence is not told.
    if (action !== 'write' && action !== 'record_supervision' && !isOwnLog)
      throw new AppError('not_found', 'There is no reflection with that id that you can see.');
    throw new AppError('forbidden', 'A reflective log is its writer’s own, shared only with their supervisor.');
  }
  return { worker };
}
