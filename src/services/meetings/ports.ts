import type { ActionOutcome, ActionOwner, ActionReview } from '../../domain/meetings/meeting-action';
import type { RatedMeeting } from '../../domain/meetings/rating-changes';

/** A meeting: the structured part of a contact, whose id it shares. */
export interface MeetingRecord {
  /** The contact's id. */
  id: string;
  personId: string;
  leadWorkerId: string;
  occurredAt: Date;
  ratingsResponseId: string | null;
  recordedByAccountId: string | null;
}

/** An area the person chose, in the order chosen (position 1–3), with the four steps' notes. */
export interface MeetingAreaRecord {
  personId: string;
  meetingId: string;
  position: number;
  areaId: string;
  understanding: string | null;
  lookingForward: string | null;
  exploringOptions: string | null;
  agreeingActions: string | null;
}

export interface MeetingActionRecord {
  id: string;
  personId: string;
  meetingId: string;
  areaId: string | null;
  owner: ActionOwner;
  ownerName: string | null;
  description: string;
  dueOn: string | null;
  outcome: ActionOutcome | null;
  reviewedInMeetingId: string | null;
  reviewedAt: Date | null;
}

/** An action still open, with the time of the meeting that agreed it. */
export interface OpenActionRecord extends MeetingActionRecord {
  agreedAt: Date;
}

/** A meeting in a list: when, who was there, what was chosen and agreed. */
export interface MeetingSummaryRecord extends MeetingRecord {
  workers: { id: string; name: string }[];
  beyondRoutine: boolean;
  areaIds: string[];
  actionsAgreed: number;
}

/** Everything written for one meeting, together. */
export interface NewMeeting {
  meeting: MeetingRecord;
  areas: MeetingAreaRecord[];
  actions: MeetingActionRecord[];
}

export interface MeetingRepository {
  create(meeting: NewMeeting): Promise<void>;
  /** Many at once, for demo and import loads. */
  createMany(meetings: NewMeeting[]): Promise<void>;
  findById(personId: string, id: string): Promise<MeetingRecord | null>;
  listAreas(personId: string, meetingId: string): Promise<MeetingAreaRecord[]>;
  /** Actions agreed at the meeting, and actions from before that were reviewed at it. */
  listActionsOfMeeting(
    personId: string,
    meetingId: string,
  ): Promise<{ agreed: MeetingActionRecord[]; reviewed: MeetingActionRecord[] }>;
  /** Actions not yet reviewed, with when they were agreed, oldest meeting first. */
  listOpenActions(personId: string): Promise<OpenActionRecord[]>;
  /** Marks open actions as reviewed at a meeting; returns how many were still open and so changed. */
  markReviewed(personId: string, meetingId: string, reviews: readonly ActionReview[], at: Date): Promise<number>;
  /** Newest first. */
  listForPerson(
    personId: string,
    options: { limit: number; before?: Date; since?: Date },
  ): Promise<MeetingSummaryRecord[]>;
  /** The last `limit` meetings with ratings of this instrument, oldest first. */
  listRatings(personId: string, instrumentId: string, limit: number): Promise<RatedMeeting[]>;
}
