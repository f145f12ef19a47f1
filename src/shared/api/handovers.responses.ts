import type { CareTeamRole, HandoverStatus, JointMeetingState, MembershipEndReason } from './labels';

// Planned changes of care coordinator. Calendar dates are YYYY-MM-DD; instants are ISO strings.

export interface HandoverDto {
  id: string;
  personId: string;
  personName: string;
  fromWorkerName: string | null;
  toWorkerId: string;
  toWorkerName: string;
  reason: MembershipEndReason;
  handoverOn: string;
  plannedAt: string;
  plannedByName: string;
  /** Days from the day it was planned to the handover day: the person's notice. */
  daysOfNotice: number;
  workerNote: string | null;
  /** "What I want my new worker to know", in the person's words. */
  personNote: string | null;
  personNoteAt: string | null;
  jointMeeting: JointMeetingState;
  jointMeetingOn: string | null;
  status: HandoverStatus;
  closedAt: string | null;
  /** Sent back with a change, so a change made meanwhile is a 409, not overwritten. */
  version: number;
}

export interface PersonHandoversResponse {
  handovers: HandoverDto[];
  canPlan: boolean;
  canAddNote: boolean;
  candidates: { id: string; name: string; profession: string }[];
}

export interface WorkerHandoversResponse {
  workerId: string;
  workerName: string;
  leftOn: string | null;
  people: { personId: string; name: string; role: CareTeamRole; handover: HandoverDto | null }[];
}
