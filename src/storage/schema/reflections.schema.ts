import { date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';

// A worker's reflective log and supervision. Not part of any person's record: no person_id, and
// entries are the worker's own until they share one with their supervisor (ADR 0031).

export const reflection = pgTable(
  'reflection',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id').notNull(),
    authorAccountId: uuid('author_account_id').notNull(),
    /** Being personal, boundaries, or going beyond routine. */
    theme: text('theme').notNull(),
    /** The research's prompts: what I shared of myself, why, what happened, would I do it again. */
    whatIShared: text('what_i_shared').notNull(),
    why: text('why').notNull(),
    whatHappened: text('what_happened').notNull(),
    wouldDoAgain: text('would_do_again').notNull(),
    wouldDoAgainNote: text('would_do_again_note'),
    writtenAt: instant('written_at').notNull(),
    /** Set when the worker shares the entry with their supervisor; null while it is private. */
    sharedAt: instant('shared_at'),
    createdAt: createdAt(),
  },
  (t) => [index('reflection_worker_time_idx').on(t.workerId, t.writtenAt)],
);

/** A supervisor's (or the worker's) reply on a shared reflection. */
export const reflectionReply = pgTable(
  'reflection_reply',
  {
    id: uuid('id').primaryKey(),
    reflectionId: uuid('reflection_id').notNull(),
    authorAccountId: uuid('author_account_id').notNull(),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    writtenAt: instant('written_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('reflection_reply_reflection_idx').on(t.reflectionId, t.writtenAt)],
);

/** A supervision session: when, who, and which shared reflections were talked about. */
export const supervisionSession = pgTable(
  'supervision_session',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id').notNull(),
    supervisorAccountId: uuid('supervisor_account_id').notNull(),
    supervisorName: text('supervisor_name').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedAt: instant('recorded_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('supervision_session_worker_idx').on(t.workerId, t.heldOn)],
);

export const supervisionReflection = pgTable(
  'supervision_reflection',
  {
    sessionId: uuid('session_id').notNull(),
    reflectionId: uuid('reflection_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.reflectionId] })],
);
