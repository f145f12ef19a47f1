import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import type { ServiceDeps } from '../ports';

/** What any member of staff may know of a colleague: name, profession, team, and whether they still work here. */
export interface WorkerProfile {
  id: string;
  name: string;
  profession: string;
  teamId: string;
  active: boolean;
}

/**
 * A worker's professional details, for staff (the FHIR Practitioner). Their email and phone stay in the
 * administration pages; people and carers see their workers through their own care team.
 */
export async function getWorkerProfile(
  deps: ServiceDeps,
  input: { workerId: string },
  actor: Actor,
): Promise<WorkerProfile> {
  requireRole(actor, ['worker', 'team_manager', 'admin'], 'Only staff can look up a member of staff.');
  return deps.uow.read(async (repositories) => {
    const worker = await repositories.organisation.findWorker(input.workerId);
    if (!worker) throw new AppError('not_found', 'There is no worker with that id.');
    const today = deps.now().toISOString().slice(0, 10);
    return {
      id: worker.id,
      name: worker.name,
      profession: worker.profession,
      teamId: worker.teamId,
      active: worker.leftOn === null || worker.leftOn > today,
    };
  });
}
