import type { InstrumentDefinition, ItemAnswer, ScoreResult, WordingFile } from '../../domain/instruments';

/**
 * What a saved response was for; it decides who may see it. 'outcome_measure' is a recovery or
 * outcome questionnaire the person completes (such as QPR-15), read like meeting ratings.
 */
export const RESPONSE_PURPOSES = ['meeting_ratings', 'person_feedback', 'worker_feedback', 'outcome_measure'] as const;
export type ResponsePurpose = (typeof RESPONSE_PURPOSES)[number];

export interface InstrumentResponseRecord {
  id: string;
  personId: string;
  instrumentId: string;
  version: string;
  purpose: ResponsePurpose;
  meetingId: string | null;
  answers: ItemAnswer[];
  /** As computed when the response was saved, so later reads never rescore differently. */
  scores: ScoreResult[];
  completedAt: Date;
  recordedByAccountId: string | null;
}

export interface WordingRecord extends WordingFile {
  loadedAt: Date;
  loadedByAccountId: string | null;
}

/** Which of a person's responses to list, newest first (by completion, then id). */
export interface ResponseListQuery {
  /** Instruments, each at one version or at any. */
  instruments?: readonly { instrumentId: string; version?: string }[];
  /** Completed at or after. */
  from?: Date;
  /** Completed before. */
  until?: Date;
  /** Only these responses. */
  ids?: readonly string[];
  /** The page after this response. */
  after?: { completedAt: Date; id: string };
  limit: number;
}

/** An instrument definition imported from a FHIR Questionnaire. */
export interface ImportedInstrumentRecord {
  definition: InstrumentDefinition;
  importedAt: Date;
  importedByAccountId: string | null;
}

export interface InstrumentRepository {
  createResponse(response: InstrumentResponseRecord): Promise<void>;
  /** Many at once, for demo and import loads. */
  createResponses(responses: InstrumentResponseRecord[]): Promise<void>;
  findResponse(personId: string, id: string): Promise<InstrumentResponseRecord | null>;
  listResponses(personId: string, query: ResponseListQuery): Promise<InstrumentResponseRecord[]>;
  /** Stores a wording file, replacing any earlier one for the same instrument version. */
  saveWording(wording: WordingRecord): Promise<void>;
  listWordings(): Promise<WordingRecord[]>;
  findWording(instrumentId: string, version: string): Promise<WordingRecord | null>;
  /** Stores an imported definition; false, storing nothing, when that instrument version is already there. */
  saveImported(record: ImportedInstrumentRecord): Promise<boolean>;
  findImported(instrumentId: string, version: string): Promise<ImportedInstrumentRecord | null>;
  /** Every imported definition, by instrument and then in the order imported. */
  listImported(): Promise<ImportedInstrumentRecord[]>;
  /** Whether each imported instrument is offered to people; an instrument without a record is not. */
  listOffers(): Promise<InstrumentOfferRecord[]>;
  /**
   * Sets whether an instrument is offered when its offer is still at `expectedRevision` (0: never
   * switched); the saved record, or null when someone switched it meanwhile.
   */
  saveOffer(
    change: Omit<InstrumentOfferRecord, 'revision'>,
    expectedRevision: number,
  ): Promise<InstrumentOfferRecord | null>;
}

/** An administrator's choice to offer an imported instrument to people, or to stop (ADR 0053). */
export interface InstrumentOfferRecord {
  instrumentId: string;
  offered: boolean;
  revision: number;
  changedAt: Date;
  changedByAccountId: string | null;
}
