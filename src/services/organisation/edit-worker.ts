import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { WorkerRecord } from './ports';

export interface EditWorkerInput {
  workerId: string;
  /** The version the editor started from. */
  version: number;
  name: string;
  profession: string;
  teamId: string;
  email: string | null;
  phone: string | null;
  /** The first day the worker is no longer with the service. */
  leftOn: string | null;
}

/** Changes a worker's details. Administrators only; audited with the fields that changed. */
export async function editWorker(deps: ServiceDeps, input: EditWorkerInput, actor: Actor): Promise<WorkerRecord> {
  requireRole(actor, ['admin'], 'Only administrators change workers’ details.');
  return deps.uow.run(async (r) => {
    const worker = await r.organisation.findWorker(input.workerId);
    if (!worker) throw new AppError('not_found', 'There is no worker with that id.');
    if (!(await r.organisation.findTeam(input.teamId)))
      throw new AppError('bad_request', 'There is no team with that id.', { field: 'teamId' });
    const change = {
      name: input.name.trim(),
      profession: input.profession.trim(),
      teamId: input.teamId,
      email: input.email?.trim() || null,
      phone: input.phone?.trim() || null,
      leftOn: input.leftOn,
    };
    if (!(await r.organisation.updateWorker(worker.id, input.version, change))) {
      throw new AppError(
        'conflict',
        'Someone else changed this worker while you were editing. Reload to see their change, then make yours again.',
        {
          currentVersion: worker.version,
        },
      );
    }
    const changed = (Object.keys(change) as (keyof typeof change)[]).filter((key) => change[key] !== worker[key]);
    await recordAudit(r, actor, deps.now(), { action: 'worker.edit', detail: { id: worker.id, changed } });
    return { ...worker, ...change, version: input.version + 1 };
  });
}
