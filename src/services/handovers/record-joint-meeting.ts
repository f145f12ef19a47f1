import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import type { JointMeetingState } from '../../domain/handovers/handover-states';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { loadHandover, requireVersion } from './load-handover';
import type { HandoverView } from './ports';

/**
 * Records whether the joint meeting with both workers happened (and when), or that the person did
 * not want one. Allowed after the handover completed too: it is often recorded afterwards.
 */
export async function recordJointMeeting(
  deps: ServiceDeps,
  input: { handoverId: string; version: number; jointMeeting: JointMeetingState; jointMeetingOn?: string | null },
  actor: Actor,
): Promise<HandoverView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { handover, access } = await loadHandover(r, actor, input.handoverId, 'plan_handover', now);
    if (handover.status === 'cancelled')
      throw new AppError('conflict', 'This handover was cancelled and can no longer be changed.');
    requireVersion(handover, input.version);
    const jointMeetingOn = input.jointMeeting === 'held' ? (input.jointMeetingOn ?? null) : null;
    if (input.jointMeeting === 'held' && !jointMeetingOn)
      throw new AppError('bad_request', 'Give the day the joint meeting was held.', { field: 'jointMeetingOn' });
    if (jointMeetingOn && jointMeetingOn > isoDate(now))
      throw new AppError('bad_request', 'A meeting that was held cannot be in the future.', {
        field: 'jointMeetingOn',
      });
    const change = { jointMeeting: input.jointMeeting, jointMeetingOn };
    if (!(await r.handovers.update(handover.id, handover.version, change)))
      throw new AppError('conflict', 'This handover was changed while you were working on it. Reload, then try again.');
    await recordAudit(r, actor, now, {
      action: 'handover.joint_meeting',
      personId: handover.personId,
      basis: access.basis,
      detail: { handoverId: handover.id, jointMeeting: input.jointMeeting },
    });
    return { ...handover, ...change, version: handover.version + 1 };
  });
}
