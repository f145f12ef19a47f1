import type { Actor } from '../../domain/accounts/actor';
import type { CareTeamRole } from '../../domain/care-team/care-team-role';
import { isoDate, monthsBefore } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { HandoverView } from './ports';

/** One of a worker's people, and where the handover of that person stands. */
export interface WorkerHandoverRow {
  personId: string;
  name: string;
  role: CareTeamRole;
  /** The handover planned away from this worker, if any. */
  handover: HandoverView | null;
}

export interface WorkerHandovers {
  workerId: string;
  workerName: string;
  leftOn: string | null;
  people: WorkerHandoverRow[];
}

/**
 * Everyone a worker supports today with the state of each one's handover, so a worker leaving the
 * service hands over every person and no one is silently reassigned. For the worker, the manager
 * of their team, and administrators. One audit event for the list, as for a caseload: it shows
 * names and dates, not the records.
 */
export async function getWorkerHandovers(
  deps: ServiceDeps,
  input: { workerId: string },
  actor: Actor,
): Promise<WorkerHandovers> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const today = isoDate(now);
    const worker = await r.organisation.findWorker(input.workerId);
    if (!worker) throw new AppError('not_found', 'There is no worker with that id.');
    const isSelf = actor.workerId === worker.id;
    const managesTeam =
      actor.role === 'team_manager' &&
      actor.workerId !== null &&
      (await r.organisation.findWorker(actor.workerId))?.teamId === worker.teamId;
    if (!isSelf && !managesTeam && actor.role !== 'admin')
      throw new AppError('forbidden', 'Only the worker, their team manager and administrators see this list.');
    const rows = await r.careTeams.caseload(worker.id, today, monthsBefore(today, 12));
    const planned = await r.handovers.listPlannedFromWorker(worker.id);
    await recordAudit(r, actor, now, {
      action: 'worker_handovers.read',
      detail: { workerId: worker.id, people: rows.length },
    });
    return {
      workerId: worker.id,
      workerName: worker.name,
      leftOn: worker.leftOn,
      people: rows.map((row) => ({
        personId: row.personId,
        name: row.preferredName ?? row.personName,
        role: row.role,
        handover: row.role === 'care_coordinator' ? (planned.find((h) => h.personId === row.personId) ?? null) : null,
      })),
    };
  });
}
