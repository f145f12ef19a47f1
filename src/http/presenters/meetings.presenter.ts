import type { RatingHistory } from '../../services/meetings/get-rating-history';
import type { MeetingView } from '../../services/meetings/meeting-view';
import type { MeetingActionRecord, MeetingSummaryRecord, OpenActionRecord } from '../../services/meetings/ports';
import type {
  MeetingActionDto,
  MeetingDto,
  MeetingSummaryDto,
  OpenActionDto,
  RatingHistoryResponse,
} from '../../shared/api/meetings.responses';

// Meetings to the JSON the API promises (shared/api/meetings.responses.ts): instants as ISO strings.

export function presentAction(a: MeetingActionRecord): MeetingActionDto {
  return {
    id: a.id,
    meetingId: a.meetingId,
    areaId: a.areaId,
    owner: a.owner,
    ownerName: a.ownerName,
    description: a.description,
    dueOn: a.dueOn,
    outcome: a.outcome,
    reviewedInMeetingId: a.reviewedInMeetingId,
    reviewedAt: a.reviewedAt?.toISOString() ?? null,
  };
}

export function presentOpenAction(a: OpenActionRecord): OpenActionDto {
  return { ...presentAction(a), agreedAt: a.agreedAt.toISOString() };
}

export function presentMeetingSummary(m: MeetingSummaryRecord): MeetingSummaryDto {
  return {
    id: m.id,
    occurredAt: m.occurredAt.toISOString(),
    workers: m.workers,
    leadWorkerId: m.leadWorkerId,
    beyondRoutine: m.beyondRoutine,
    hasRatings: m.ratingsResponseId !== null,
    areaIds: m.areaIds,
    actionsAgreed: m.actionsAgreed,
  };
}

export function presentMeeting(view: MeetingView): MeetingDto {
  const { contact, ratings } = view;
  return {
    id: view.meeting.id,
    occurredAt: contact.occurredAt.toISOString(),
    durationMinutes: contact.durationMinutes,
    mode: contact.mode,
    beyondRoutine: contact.beyondRoutine,
    beyondRoutineNote: contact.beyondRoutineNote,
    adminMinutes: contact.adminMinutes,
    note: contact.note,
    workers: contact.workers,
    leadWorkerId: view.meeting.leadWorkerId,
    recordedAt: contact.recordedAt.toISOString(),
    ratings: ratings && {
      responseId: ratings.id,
      instrumentId: ratings.instrumentId,
      version: ratings.version,
      answers: ratings.answers.map(({ itemId, value }) => ({ itemId, value })),
      scores: ratings.scores.map(({ scoreId, label, value }) => ({ scoreId, label, value })),
    },
    areas: view.areas.map(({ personId: _p, meetingId: _m, ...area }) => area),
    actions: view.actions.map(presentAction),
    reviewedActions: view.reviewedActions.map(presentAction),
  };
}

export function presentRatingHistory(history: RatingHistory): RatingHistoryResponse {
  return {
    instrument: history.instrument,
    meetings: history.meetings.map((m) => ({ meetingId: m.meetingId, occurredAt: m.occurredAt.toISOString() })),
    areas: history.areas.map((area) => ({
      ...area,
      history: area.history.map((p) => ({ ...p, occurredAt: p.occurredAt.toISOString() })),
    })),
  };
}
