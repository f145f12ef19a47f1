import type { FeedbackRespondent, FeedbackVisibility } from '../../domain/feedback/feedback-visibility';

/** One side's feedback on one meeting for one relationship. */
export interface RelationshipFeedbackRecord {
  id: string;
  personId: string;
  workerId: string;
  meetingId: string;
  meetingOccurredAt: Date;
  respondent: FeedbackRespondent;
  /** The person's choice for this answer; null for the worker's own view. */
  visibility: FeedbackVisibility | null;
  score: number | null;
  responseId: string;
  givenAt: Date;
  recordedByAccountId: string | null;
}

export interface FeedbackPreferenceRecord {
  personId: string;
  visibility: FeedbackVisibility;
  updatedAt: Date;
  updatedByAccountId: string | null;
}

/** A worker's note that they have seen an alert about their relationship with a person. */
export interface AlertAcknowledgementRecord {
  personId: string;
  workerId: string;
  alertKey: string;
  acknowledgedByAccountId: string;
  acknowledgedByName: string;
  acknowledgedAt: Date;
}

export interface FeedbackRepository {
  create(feedback: RelationshipFeedbackRecord): Promise<void>;
  /** Many at once, for demo and import loads. */
  createMany(feedback: RelationshipFeedbackRecord[]): Promise<void>;
  find(
    personId: string,
    meetingId: string,
    workerId: string,
    respondent: FeedbackRespondent,
  ): Promise<RelationshipFeedbackRecord | null>;
  findByResponseId(personId: string, responseId: string): Promise<RelationshipFeedbackRecord | null>;
  /** A person's feedback, all relationships or one, oldest meeting first. */
  listForPerson(personId: string, workerId?: string): Promise<RelationshipFeedbackRecord[]>;
  /** One worker's relationships with the given people, oldest meeting first. */
  listForWorker(workerId: string, personIds: readonly string[]): Promise<RelationshipFeedbackRecord[]>;
  findPreference(personId: string): Promise<FeedbackPreferenceRecord | null>;
  savePreference(preference: FeedbackPreferenceRecord): Promise<void>;
  /** Many people's first choice at once, for demo and import loads; a person who has one already is an error. */
  createPreferences(preferences: FeedbackPreferenceRecord[]): Promise<void>;
  /** Records that an alert was seen; acknowledging it again keeps the first record. */
  acknowledgeAlert(acknowledgement: AlertAcknowledgementRecord): Promise<void>;
  /** The acknowledgements of one worker's alerts about the given people. */
  listAlertAcknowledgements(workerId: string, personIds: readonly string[]): Promise<AlertAcknowledgementRecord[]>;
}
