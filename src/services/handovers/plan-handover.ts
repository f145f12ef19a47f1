import type { Actor } from '../../domain/accounts/actor';
import type { MembershipEndReason } from '../../domain/care-team/care-team-role';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { HandoverRecord } from './ports';

export interface PlanHandoverInput {
  personId: string;
  toWorkerId: string;
  /** The day the new worker becomes care coordinator: today or later. */
  handoverOn: string;
  reason: MembershipEndReason;
  /** What the outgoing worker passes on; the person reads it too. */
  workerNote?: string | null;
}

/**
 * Plans a change of care coordinator ahead, so the person hears of it from the day it is planned
 * (their notice), can add their own words for the new worker, and is offered a joint meeting with
 * both workers. The coordinator changes only when the handover completes.
 */
export async function planHandover(deps: ServiceDeps, input: PlanHandoverInput, actor: Actor): Promise<HandoverRecord> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { basis } = await requirePersonAccess(r, actor, input.personId, 'plan_handover', now);
    if (input.handoverOn < isoDate(now)) {
      throw new AppError('bad_request', 'A planned handover is for today or a later day.', { field: 'handoverOn' });
    }
    const worker = await r.organisation.findWorker(input.toWorkerId);
    if (!worker) throw new AppError('bad_request', 'There is no worker with that id.', { field: 'toWorkerId' });
    if (worker.leftOn && worker.leftOn <= input.handoverOn) {
      throw new AppError('bad_request', `${worker.name} will have left the service by then.`, { field: 'toWorkerId' });
    }
    const current = await r.careTeams.findOpenCareCoordinator(input.personId);
    if (current?.workerId === worker.id) {
      throw new AppError('bad_request', `${worker.name} is already this person’s care coordinator.`, {
        field: 'toWorkerId',
      });
    }
    const planned = (await r.handovers.listForPerson(input.personId)).find((h) => h.status === 'planned');
    if (planned) {
      throw new AppError(
        'conflict',
        `A handover to ${planned.toWorkerName} on ${planned.handoverOn} is already planned. Complete or cancel it first.`,
        { handoverId: planned.id },
      );
    }
    const handover: HandoverRecord = {
      id: newId(),
      personId: input.personId,
      fromWorkerId: current?.workerId ?? null,
      toWorkerId: worker.id,
      reason: input.reason,
      handoverOn: input.handoverOn,
      plannedAt: now,
      plannedByName: actor.displayName,
      workerNote: input.workerNote?.trim() || null,
      personNote: null,
      personNoteAt: null,
      jointMeeting: 'offered',
      jointMeetingOn: null,
      status: 'planned',
      closedAt: null,
      startedMembershipId: null,
      version: 1,
    };
    await r.handovers.create(handover);
    await recordAudit(r, actor, now, {
      action: 'handover.plan',
      personId: input.personId,
      basis,
      detail: { handoverId: handover.id, to: worker.id, on: input.handoverOn, reason: input.reason },
    });
    return handover;
  });
}
