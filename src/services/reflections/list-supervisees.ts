import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { ServiceDeps } from '../ports';

export interface Supervisee {
  workerId: string;
  name: string;
  profession: string;
  sharedEntries: number;
  lastSharedAt: Date | null;
}

/** A manager's team, as supervisees: how many reflections each has shared with them. */
export async function listSupervisees(deps: ServiceDeps, actor: Actor): Promise<Supervisee[]> {
  if (actor.role !== 'team_manager' || !actor.workerId)
    throw new AppError('forbidden', 'Only a team manager supervises workers here.');
  const managerId = actor.workerId;
  return deps.uow.read(async (repositories) => {
    const manager = await repositories.organisation.findWorker(managerId);
    if (!manager) throw new AppError('forbidden', 'Only a team manager supervises workers here.');
    const workers = (await repositories.organisation.listWorkers({ teamId: manager.teamId })).filter(
      (w) => w.id !== managerId && w.leftOn === null,
    );
    const result: Supervisee[] = [];
    for (const worker of workers) {
      const shared = await repositories.reflections.listForWorker(worker.id, { sharedOnly: true });
      result.push({
        workerId: worker.id,
        name: worker.name,
        profession: worker.profession,
        sharedEntries: shared.length,
        lastSharedAt: shared.reduce<Date | null>(
          (latest, e) => (!latest || (e.sharedAt ?? 0) > latest ? e.sharedAt : latest),
          null,
        ),
      });
    }
    return result.sort(
      (a, b) => (b.lastSharedAt?.getTime() ?? 0) - (a.lastSharedAt?.getTime() ?? 0) || a.name.localeCompare(b.name),
    );
  });
}
