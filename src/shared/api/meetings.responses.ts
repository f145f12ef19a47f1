import type { ActionOutcome, ActionOwner } from '../../domain/meetings/meeting-action';
import type { InstrumentRefDto } from './instruments.responses';
import type { ContactMode } from './labels';

// What the meetings endpoints return. Instants are ISO 8601 strings; calendar dates are YYYY-MM-DD.

export interface MeetingActionDto {
  id: string;
  /** The meeting that agreed it. */
  meetingId: string;
  areaId: string | null;
  owner: ActionOwner;
  ownerName: string | null;
  description: string;
  dueOn: string | null;
  /** Null while open; set at the next meeting's review. */
  outcome: ActionOutcome | null;
  reviewedInMeetingId: string | null;
  reviewedAt: string | null;
}

export interface OpenActionDto extends MeetingActionDto {
  agreedAt: string;
}

export interface MeetingAreaDto {
  position: number;
  areaId: string;
  label: string;
  understanding: string | null;
  lookingForward: string | null;
  exploringOptions: string | null;
  agreeingActions: string | null;
}

export interface MeetingRatingsDto {
  responseId: string;
  instrumentId: string;
  version: string;
  answers: { itemId: string; value: number | boolean | string }[];
  scores: { scoreId: string; label: string; value: number | null }[];
}

export interface MeetingDto {
  id: string;
  occurredAt: string;
  durationMinutes: number;
  mode: ContactMode;
  beyondRoutine: boolean;
  beyondRoutineNote: string | null;
  adminMinutes: number;
  note: string | null;
  workers: { id: string; name: string }[];
  leadWorkerId: string;
  recordedAt: string;
  ratings: MeetingRatingsDto | null;
  areas: MeetingAreaDto[];
  /** Agreed at this meeting. */
  actions: MeetingActionDto[];
  /** From earlier meetings, marked done or not done at this one. */
  reviewedActions: MeetingActionDto[];
}

export interface MeetingSummaryDto {
  id: string;
  occurredAt: string;
  workers: { id: string; name: string }[];
  leadWorkerId: string;
  beyondRoutine: boolean;
  hasRatings: boolean;
  areaIds: string[];
  actionsAgreed: number;
}

export interface MeetingsResponse {
  meetings: MeetingSummaryDto[];
}

export interface RatedAreaDto {
  id: string;
  label: string;
  groupId: string;
  groupLabel: string;
  moreHelpItemId: string | null;
}

export interface MeetingOpeningResponse {
  ratingsInstrument: InstrumentRefDto;
  feedbackInstruments: { person: InstrumentRefDto; worker: InstrumentRefDto };
  areas: RatedAreaDto[];
  lastMeeting: MeetingSummaryDto | null;
  openActions: OpenActionDto[];
}

export interface AreaRatingChangeDto {
  area: RatedAreaDto;
  /** Oldest first, one point per meeting with ratings; null where not rated. */
  history: { meetingId: string; occurredAt: string; value: number | null }[];
  latest: number | null;
  previous: number | null;
  change: number | null;
  moreHelp: boolean | null;
}

export interface RatingHistoryResponse {
  instrument: InstrumentRefDto;
  meetings: { meetingId: string; occurredAt: string }[];
  /** Improvements first, then no change, then falls, then areas with nothing to compare. */
  areas: AreaRatingChangeDto[];
}
