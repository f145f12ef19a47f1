import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import {
  type InstrumentDefinition,
  type ItemAnswer,
  type ScoreResult,
  type ScoringKey,
} from '../../domain/instruments';
import { createdAt, instant } from './columns';

// Instrument responses with their scores, and licensed item wording.

/** One completion of an instrument about a person, with the scores computed when it was saved. */
export const instrumentResponse = pgTable(
  'instrument_response',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    /** What the response is for: 'meeting_ratings', 'person_feedback' or 'worker_feedback'. */
    purpose: text('purpose').notNull(),
    meetingId: uuid('meeting_id'),
    answers: jsonb('answers').$type<ItemAnswer[]>().notNull(),
    scores: jsonb('scores').$type<ScoreResult[]>().notNull(),
    completedAt: instant('completed_at').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
  },
  (t) => [index('instrument_response_person_idx').on(t.personId, t.instrumentId, t.completedAt)],
);

/** Item wording for a licensed instrument, loaded by a service that holds the rights. Not person data. */
export const instrumentWording = pgTable(
  'instrument_wording',
  {
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    items: jsonb('items').$type<{ id: string; text: string }[]>().notNull(),
    /** Items per subscale and reverse-keyed items, for instruments whose assignment the service supplies. */
    scoringKey: jsonb('scoring_key').$type<ScoringKey>(),
    loadedAt: instant('loaded_at').notNull(),
    loadedByAccountId: uuid('loaded_by_account_id'),
  },
  (t) => [primaryKey({ columns: [t.instrumentId, t.version] })],
);

/**
 * An instrument definition an administrator imported as a FHIR Questionnaire (ADR 0046). A version,
 * once imported, never changes: a changed instrument comes as a new version beside it.
 */
export const importedInstrument = pgTable(
  'imported_instrument',
  {
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    definition: jsonb('definition').$type<InstrumentDefinition>().notNull(),
    importedAt: instant('imported_at').notNull(),
    importedByAccountId: uuid('imported_by_account_id'),
  },
  (t) => [primaryKey({ columns: [t.instrumentId, t.version] })],
);

/**
 * Whether an administrator offers an imported instrument to people (ADR 0053). No row means not
 * offered: importing only makes an instrument readable. `revision` counts changes, so a switch made
 * from a stale page is refused rather than undoing someone else's.
 */
export const instrumentOffer = pgTable('instrument_offer', {
  instrumentId: text('instrument_id').primaryKey(),
  offered: boolean('offered').notNull(),
  revision: integer('revision').notNull(),
  changedAt: instant('changed_at').notNull(),
  changedByAccountId: uuid('changed_by_account_id'),
});
