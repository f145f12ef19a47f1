import type { MembershipEndReason } from '../../domain/care-team/care-team-role';
import type { HandoverStatus, JointMeetingState } from '../../domain/handovers/handover-states';

/** A change of care coordinator planned ahead, as stored. */
export interface HandoverRecord {
  id: string;
  personId: string;
  fromWorkerId: string | null;
  toWorkerId: string;
  reason: MembershipEndReason;
  handoverOn: string;
  plannedAt: Date;
  plannedByName: string;
  workerNote: string | null;
  personNote: string | null;
  personNoteAt: Date | null;
  jointMeeting: JointMeetingState;
  jointMeetingOn: string | null;
  status: HandoverStatus;
  closedAt: Date | null;
  startedMembershipId: string | null;
  version: number;
}

/** A handover with the workers' and the person's names, for display. */
export interface HandoverView extends HandoverRecord {
  personName: string;
  fromWorkerName: string | null;
  toWorkerName: string;
}

export type HandoverChange = Partial<
  Pick<
    HandoverRecord,
    | 'personNote'
    | 'personNoteAt'
    | 'jointMeeting'
    | 'jointMeetingOn'
    | 'status'
    | 'closedAt'
    | 'startedMembershipId'
    | 'handoverOn'
    | 'workerNote'
  >
>;

export interface HandoverRepository {
  create(handover: HandoverRecord): Promise<void>;
  findById(id: string): Promise<HandoverView | null>;
  /** A person's handovers, the latest day first. */
  listForPerson(personId: string): Promise<HandoverView[]>;
  /** Handovers planned away from this worker and not yet completed or cancelled. */
  listPlannedFromWorker(workerId: string): Promise<HandoverView[]>;
  /** Planned handovers whose day has come (on or before `day`), oldest first. */
  listDue(day: string, limit: number): Promise<HandoverRecord[]>;
  /** Changes a handover if it is still at `version`; false when someone else changed it first. */
  update(id: string, version: number, change: HandoverChange): Promise<boolean>;
}
