import { createHash } from 'node:crypto';
import type { MembershipRecord } from '../services/care-team/ports';
import type { HandoverRecord } from '../services/handovers/ports';
import { dayOf, isoOfDay, msOfDay } from './demo-calendar';
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

/** A stable id for a demo record of a family, from its key: the same seed gives the same ids. */
function demoHandoverId(seed: number, family: string, key: string): string {
  const hex = createHash('sha256').update(`handover:${seed}:${family}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Past changes of care coordinator because a worker left the service were known ahead, so in the
 * demo they were planned as handovers (completed on the day, 7 to 28 days' notice, chosen from the
 * membership's id); changes a person asked for or made to rebalance caseloads stay unplanned. The
 * dashboard's planned and unplanned changes then both have something to show (ADR 0045).
 */
export function draftCompletedDemoHandovers(
  context: DemoContext,
  personId: string,
  memberships: readonly MembershipRecord[],
): HandoverRecord[] {
  const coordinators = memberships.filter((m) => m.role === 'care_coordinator');
  return coordinators.flatMap((ended) => {
    const next = coordinators.find((m) => m.startsOn === ended.endsOn && m.workerId !== ended.workerId);
    if (ended.endReason !== 'worker_left_service' || !next) return [];
    const id = demoHandoverId(context.seed, 'completed', next.id);
    const notice = 7 + (parseInt(id.slice(0, 2), 16) % 22);
    const changeDay = dayOf(new Date(`${next.startsOn}T00:00:00Z`));
    return [
      {
        id,
        personId,
        fromWorkerId: ended.workerId,
        toWorkerId: next.workerId,
        reason: 'worker_left_service',
        handoverOn: next.startsOn,
        plannedAt: new Date(msOfDay(changeDay - notice, 10 * 60)),
        plannedByName: 'Tandem administrator',
        workerNote: ended.handoverNote,
        personNote: null,
        personNoteAt: null,
        jointMeeting: 'not_held',
        jointMeetingOn: null,
        status: 'completed',
        closedAt: new Date(msOfDay(changeDay, 6 * 60)),
        startedMembershipId: next.id,
        version: 2,
      },
    ];
  });
}
