import { daysOfNotice } from '../../domain/handovers/handover-states';
import type { PersonHandovers } from '../../services/handovers/get-handovers';
import type { WorkerHandovers } from '../../services/handovers/get-worker-handovers';
import type { HandoverView } from '../../services/handovers/ports';
import type {
  HandoverDto,
  PersonHandoversResponse,
  WorkerHandoversResponse,
} from '../../shared/api/handovers.responses';

// Planned handovers to the JSON of shared/api/handovers.responses.ts.

export const presentHandover = (h: HandoverView): HandoverDto => ({
  id: h.id,
  personId: h.personId,
  personName: h.personName,
  fromWorkerName: h.fromWorkerName,
  toWorkerId: h.toWorkerId,
  toWorkerName: h.toWorkerName,
  reason: h.reason,
  handoverOn: h.handoverOn,
  plannedAt: h.plannedAt.toISOString(),
  plannedByName: h.plannedByName,
  daysOfNotice: daysOfNotice(h.plannedAt, h.handoverOn),
  workerNote: h.workerNote,
  personNote: h.personNote,
  personNoteAt: h.personNoteAt?.toISOString() ?? null,
  jointMeeting: h.jointMeeting,
  jointMeetingOn: h.jointMeetingOn,
  status: h.status,
  closedAt: h.closedAt?.toISOString() ?? null,
  version: h.version,
});

export const presentPersonHandovers = (view: PersonHandovers): PersonHandoversResponse => ({
  handovers: view.handovers.map(presentHandover),
  canPlan: view.canPlan,
  canAddNote: view.canAddNote,
  candidates: view.candidates,
});

export const presentWorkerHandovers = (view: WorkerHandovers): WorkerHandoversResponse => ({
  ...view,
  people: view.people.map((row) => ({ ...row, handover: row.handover ? presentHandover(row.handover) : null })),
});
