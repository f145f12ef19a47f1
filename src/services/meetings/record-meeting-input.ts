import type { ContactMode } from '../../domain/contacts/contact-kinds';
import type { InstrumentResponse } from '../../domain/instruments';
import type { ActionOwner, ActionReview } from '../../domain/meetings/meeting-action';

/** An area the person chose, with the worker's notes for the four steps. */
export interface ChosenAreaInput {
  areaId: string;
  understanding?: string | null;
  lookingForward?: string | null;
  exploringOptions?: string | null;
  agreeingActions?: string | null;
}

export interface AgreedActionInput {
  areaId?: string | null;
  owner: ActionOwner;
  ownerName?: string | null;
  description: string;
  dueOn?: string | null;
}

/** Everything recorded at a meeting, written together or not at all. */
export interface RecordMeetingInput {
  personId: string;
  /** Defaults to now. */
  occurredAt?: Date;
  durationMinutes: number;
  mode: ContactMode;
  beyondRoutineNote?: string | null;
  adminMinutes?: number;
  note?: string | null;
  /** Other workers present besides the one recording. */
  otherWorkerIds?: string[];
  /** The person's ratings; absent when they chose not to rate this time. */
  ratings?: InstrumentResponse | null;
  /** Up to three areas, in the order the person chose them. */
  areas?: ChosenAreaInput[];
  actions?: AgreedActionInput[];
  /** Every open action from before, marked done or not done. */
  actionReviews?: ActionReview[];
}
