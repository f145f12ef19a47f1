import { boolean, doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ItemAnswer } from '../../domain/instruments';
import { createdAt, instant } from './columns';

// A carer's own view of a meeting they took part in (a review they attended): kept apart from the
// person's questionnaire answers, so nothing the person downloads or reads carries it unless the
// carer let the person see it (ADR 0036).

export const carerView = pgTable(
  'carer_view',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    carerId: uuid('carer_id').notNull(),
    reviewId: uuid('review_id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    answers: jsonb('answers').$type<ItemAnswer[]>().notNull(),
    /** The overall mean, as scored when given; null when too few items were answered. */
    score: doublePrecision('score'),
    /** In the carer's words, optional. */
    comment: text('comment'),
    /** Whether the carer lets the person read what they said; the person always sees that a view was given. */
    sharedWithPerson: boolean('shared_with_person').notNull(),
    givenAt: instant('given_at').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('carer_view_once_idx').on(t.personId, t.reviewId, t.carerId),
    index('carer_view_carer_idx').on(t.carerId),
  ],
);
