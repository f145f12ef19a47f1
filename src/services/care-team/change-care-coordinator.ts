import type { Actor } from '../../domain/accounts/actor';
import type { MembershipEndReason } from '../../domain/care-team/care-team-role';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import { startMembership } from './add-membership';
import { closeMembership } from './end-membership';
import type { MembershipRecord } from './ports';

export interface ChangeCareCoordinatorInput {
  personId: string;
  newWorkerId: string;
  /** The handover date: the old membership ends and the new one starts on it. Defaults to today. */
  on?: string;
  reason: MembershipEndReason;
  note?: string | null;
  /** What the outgoing coordinator passes on; shown to the new one. */
  handoverNote?: string | null;
}

/**
 * Hands a person from one care coordinator to the next in one step, so that the person is never
 * left with two coordinators or, by accident, with none; the reason and handover note are kept.
 */
export async function changeCareCoordinator(
  deps: ServiceDeps,
  input: ChangeCareCoordinatorInput,
  actor: Actor,
): Promise<{ ended: MembershipRecord | null; started: MembershipRecord }> {
  requireRole(actor, ['admin'], 'Only administrators change care teams.');
  return deps.uow.run(async (r) => {
    const on = input.on ?? isoDate(deps.now());
    const { current, ended, started } = await handOverCareCoordination(r, { ...input, on });
    await recordAudit(r, actor, deps.now(), {
      action: 'care_team.change_coordinator',
      personId: input.personId,
      basis: 'administration',
      detail: { from: current?.workerId ?? null, to: input.newWorkerId, reason: input.reason },
    });
    return { ended, started };
  });
}

/**
 * Ends the open care-coordinator membership and starts the next on the same day, in the caller's
 * transaction. Shared by an administrator's change and by a planned handover when it completes.
 */
export async function handOverCareCoordination(
  r: Repositories,
  input: ChangeCareCoordinatorInput & { on: string },
): Promise<{ current: MembershipRecord | null; ended: MembershipRecord | null; started: MembershipRecord }> {
  const current = await r.careTeams.findOpenCareCoordinator(input.personId);
  if (current?.workerId === input.newWorkerId)
    throw new AppError('conflict', 'That worker is already this person’s care coordinator.');
  const ended = current
    ? await closeMembership(r, {
        membershipId: current.id,
        endsOn: input.on,
        endReason: input.reason,
        endNote: input.note,
        handoverNote: input.handoverNote,
      })
    : null;
  const started = await startMembership(
    r,
    { personId: input.personId, workerId: input.newWorkerId, role: 'care_coordinator', startsOn: input.on },
    input.handoverNote?.trim() || null,
  );
  return { current, ended, started };
}
