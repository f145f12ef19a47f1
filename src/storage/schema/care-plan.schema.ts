import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { type SectionDefinition } from '../../domain/care-plan/care-plan-sections';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import { instant } from './columns';

// The co-produced documents (the care plan, the risk and safety formulation, positive risk-taking
// plans, the safety plan): versions, signatures, proposals, section threads and the template. The
// tables keep the care plan's names; `kind` says which document a row belongs to (ADR 0028).

/** Which of the person's co-produced documents a row belongs to; rows from before kinds are care plans. */
const documentKind = () => text('kind').$type<DocumentKind>().notNull().default('care_plan');

/** One document of each kind per person: the sections it was started with, and its current version. Writers lock this row. */
export const carePlan = pgTable(
  'care_plan',
  {
    personId: uuid('person_id').notNull(),
    kind: documentKind(),
    sections: jsonb('sections').$type<SectionDefinition[]>().notNull(),
    currentVersion: integer('current_version').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind] })],
);

/**
 * Every save is a version: the new text of one section, who wrote it and, when it came from a
 * worker's proposal, the person who accepted it. Never updated or deleted, so nothing is lost.
 */
export const carePlanVersion = pgTable(
  'care_plan_version',
  {
    personId: uuid('person_id').notNull(),
    kind: documentKind(),
    version: integer('version').notNull(),
    sectionKey: text('section_key').notNull(),
    text: text('text').notNull(),
    authorAccountId: uuid('author_account_id').notNull(),
    authorName: text('author_name').notNull(),
    authorKind: text('author_kind').notNull(),
    authorRole: text('author_role').notNull(),
    acceptedByAccountId: uuid('accepted_by_account_id'),
    acceptedByName: text('accepted_by_name'),
    acceptedAt: instant('accepted_at'),
    proposalId: uuid('proposal_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.kind, t.version] }),
    index('care_plan_version_section_idx').on(t.personId, t.kind, t.sectionKey, t.version),
  ],
);

/** A signature on one version, by the person or their care coordinator at the time. */
export const carePlanSignature = pgTable(
  'care_plan_signature',
  {
    personId: uuid('person_id').notNull(),
    kind: documentKind(),
    version: integer('version').notNull(),
    signerKind: text('signer_kind').notNull(),
    accountId: uuid('account_id').notNull(),
    workerId: uuid('worker_id'),
    signerName: text('signer_name').notNull(),
    signedAt: instant('signed_at').notNull(),
  },
  // Keyed by signer too: when the care coordinator changes, the new one can sign a version the previous one signed.
  (t) => [primaryKey({ columns: [t.personId, t.kind, t.version, t.signerKind, t.accountId] })],
);

/** A worker's proposed change to the person's words, and the person's decision; declined ones stay on record. */
export const carePlanProposal = pgTable(
  'care_plan_proposal',
  {
    personId: uuid('person_id').notNull(),
    id: uuid('id').notNull(),
    kind: documentKind(),
    sectionKey: text('section_key').notNull(),
    baseVersion: integer('base_version').notNull(),
    text: text('text').notNull(),
    proposedByAccountId: uuid('proposed_by_account_id').notNull(),
    proposerName: text('proposer_name').notNull(),
    proposerRole: text('proposer_role').notNull(),
    proposedAt: instant('proposed_at').notNull(),
    status: text('status').notNull(),
    decidedByAccountId: uuid('decided_by_account_id'),
    decidedByName: text('decided_by_name'),
    decidedAt: instant('decided_at'),
    decisionNote: text('decision_note'),
    appliedVersion: integer('applied_version'),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index('care_plan_proposal_status_idx').on(t.personId, t.kind, t.status, t.proposedAt),
  ],
);

/** The discussion thread of one section: a disagreement is kept as a conversation. */
export const carePlanMessage = pgTable(
  'care_plan_message',
  {
    personId: uuid('person_id').notNull(),
    id: uuid('id').notNull(),
    kind: documentKind(),
    sectionKey: text('section_key').notNull(),
    authorAccountId: uuid('author_account_id').notNull(),
    authorName: text('author_name').notNull(),
    authorKind: text('author_kind').notNull(),
    authorRole: text('author_role').notNull(),
    text: text('text').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index('care_plan_message_section_idx').on(t.personId, t.kind, t.sectionKey, t.createdAt),
  ],
);

/** The service's own sections for new documents of a kind (keyed by DocumentKindRules.templateKey); else the shipped defaults. */
export const carePlanTemplate = pgTable('care_plan_template', {
  key: text('key').primaryKey(),
  sections: jsonb('sections').$type<SectionDefinition[]>().notNull(),
  updatedByAccountId: uuid('updated_by_account_id').notNull(),
  updatedAt: instant('updated_at').notNull(),
});
