import type { MembershipRecord } from '../services/care-team/ports';
import type { HandoverRecord } from '../services/handovers/ports';
import { isoOfDay, msOfDay } from './demo-calendar';
import type { DemoContext } from './demo-context';
import type { TeamFrame } from './demo-frame';

const NOTE =
  'Jo likes to meet at the café by the library rather than the clinic, and prefers a text the day before. ' +
  'We have been working on sleep and on getting back to the allotment; the plan has the details. ' +
  'Jo has asked to meet you with me before I go.';

/**
 * The demo person's care coordinator is moving to another team in three weeks: the handover was
 * planned two days ago with a note, and a joint meeting is offered, so Jo's page shows the plan
 * and the form for what Jo wants their new worker to know.
 */
export function draftDemoHandover(
  context: DemoContext,
  frame: TeamFrame,
  personId: string,
  memberships: readonly MembershipRecord[],
): HandoverRecord | null {
  const current = memberships.find((m) => m.role === 'care_coordinator' && m.endsOn === null);
  const next = frame.posts
    .map((post) => post.handover?.replacement ?? post.first)
    .find((worker) => worker.id !== current?.workerId && worker.leftOn === null);
  if (!current || !next) return null;
  const plannedAt = msOfDay(context.today - 2, 14 * 60 + 5);
  return {
    id: context.relationshipIds('handover', plannedAt),
    personId,
    fromWorkerId: current.workerId,
    toWorkerId: next.id,
    reason: 'worker_changed_team',
    handoverOn: isoOfDay(context.today + 21),
    plannedAt: new Date(plannedAt),
    plannedByName: 'Tandem administrator',
    workerNote: NOTE,
    personNote: null,
    personNoteAt: null,
    jointMeeting: 'offered',
    jointMeetingOn: null,
    status: 'planned',
    closedAt: null,
    startedMembershipId: null,
    version: 1,
  };
}
