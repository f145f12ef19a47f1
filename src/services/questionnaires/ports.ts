import type { ItemAnswer } from '../../domain/instruments';
import type { InstrumentResponseRecord } from '../instruments/ports';

export interface QuestionnaireScheduleRecord {
  personId: string;
  instrumentId: string;
  everyDays: number;
  setByAccountId: string;
  setAt: Date;
  /** When the care team stopped asking; null while the schedule runs. */
  stoppedAt: Date | null;
  stoppedByAccountId: string | null;
}

export type InvitationOrigin = 'care_team' | 'self';

export interface QuestionnaireInvitationRecord {
  personId: string;
  id: string;
  instrumentId: string;
  version: string;
  dueOn: string;
  origin: InvitationOrigin;
  createdByAccountId: string;
  createdAt: Date;
  draftAnswers: ItemAnswer[];
  revision: number;
  draftSavedAt: Date | null;
  /** The outbox email announcing it, when the person chose to be emailed. */
  emailId: string | null;
  responseId: string | null;
  completedAt: Date | null;
}

export interface QuestionnaireRepository {
  saveSchedule(schedule: QuestionnaireScheduleRecord): Promise<void>;
  listSchedules(personId: string): Promise<QuestionnaireScheduleRecord[]>;
  findSchedule(personId: string, instrumentId: string): Promise<QuestionnaireScheduleRecord | null>;
  /** Marks a running schedule stopped; false when there is none, or it is already stopped. */
  stopSchedule(personId: string, instrumentId: string, stoppedAt: Date, byAccountId: string): Promise<boolean>;
  /**
   * Removes the care team's open invitations of an instrument that the person has not begun (no draft
   * saved), with the emails that announced them; begun ones stay, so that nothing they wrote is lost.
   */
  withdrawUnbegunInvitations(personId: string, instrumentId: string): Promise<{ count: number; emailIds: string[] }>;
  createInvitation(invitation: QuestionnaireInvitationRecord): Promise<void>;
  findInvitation(personId: string, id: string): Promise<QuestionnaireInvitationRecord | null>;
  /** Invitations not yet answered, soonest due first. */
  listOpenInvitations(personId: string): Promise<QuestionnaireInvitationRecord[]>;
  /**
   * Saves draft answers if the invitation is still open at `expectedRevision`, and returns the new
   * revision; null when someone saved or sent it in between (the caller answers 409).
   */
  saveDraft(
    personId: string,
    id: string,
    expectedRevision: number,
    answers: ItemAnswer[],
    savedAt: Date,
  ): Promise<number | null>;
  /** Marks an open invitation at `expectedRevision` as answered by a response; false when it was not. */
  complete(
    personId: string,
    id: string,
    expectedRevision: number,
    responseId: string,
    completedAt: Date,
  ): Promise<boolean>;
  /** The person's completed outcome measures of these instruments, oldest first. */
  listOutcomeResponses(personId: string, instrumentIds: readonly string[]): Promise<InstrumentResponseRecord[]>;
}
