import { and, asc, desc, eq, lt, lte, sql } from 'drizzle-orm';
import type { SignerKind } from '../domain/care-plan/agreement';
import type { AuthorKind } from '../domain/care-plan/authorship';
import { documentKindRules, type DocumentKind } from '../domain/care-plan/document-kind';
import type { ProposalStatus } from '../domain/care-plan/proposal-status';
import type {
  CarePlanMessageRecord,
  CarePlanProposalRecord,
  CarePlanRepository,
  CarePlanVersionRecord,
} from '../services/care-plan/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import {
  carePlan,
  carePlanMessage,
  carePlanProposal,
  carePlanSignature,
  carePlanTemplate,
  carePlanVersion as v,
} from './schema/care-plan.schema';

const toVersion = (row: typeof v.$inferSelect): CarePlanVersionRecord => ({
  ...row,
  authorKind: row.authorKind as AuthorKind,
});
const toProposal = (row: typeof carePlanProposal.$inferSelect): CarePlanProposalRecord => ({
  ...row,
  status: row.status as ProposalStatus,
});
const toMessage = (row: typeof carePlanMessage.$inferSelect): CarePlanMessageRecord => ({
  ...row,
  authorKind: row.authorKind as AuthorKind,
});

const summaryColumns = {
  personId: v.personId,
  version: v.version,
  sectionKey: v.sectionKey,
  authorAccountId: v.authorAccountId,
  authorName: v.authorName,
  authorKind: v.authorKind,
  authorRole: v.authorRole,
  acceptedByAccountId: v.acceptedByAccountId,
  acceptedByName: v.acceptedByName,
  acceptedAt: v.acceptedAt,
  proposalId: v.proposalId,
  createdAt: v.createdAt,
};

// Callers that need every row (PDF, comparisons) pass no page.
const NO_LIMIT = 2_147_483_647;

/**
 * One kind of co-produced document (the care plan by default): every query is confined to rows of
 * that kind. Versions, signatures and declined proposals are only ever added to.
 */
export function createCarePlanRepository(db: Database, kind: DocumentKind = 'care_plan'): CarePlanRepository {
  const { templateKey } = documentKindRules(kind);
  const planColumns = {
    personId: carePlan.personId,
    kind: carePlan.kind,
    sections: carePlan.sections,
    currentVersion: carePlan.currentVersion,
  };
  const thePlan = (personId: string) => and(eq(carePlan.personId, personId), eq(carePlan.kind, kind));
  return {
    findPlan: async (personId) => (await db.select(planColumns).from(carePlan).where(thePlan(personId)))[0] ?? null,
    lockPlan: async (personId, sections, now) => {
      await db
        .insert(carePlan)
        .values({ personId, kind, sections, createdAt: now, updatedAt: now })
        .onConflictDoNothing();
      const [row] = await db.select(planColumns).from(carePlan).where(thePlan(personId)).for('update');
      if (!row) throw new Error('A document just started could not be read back.');
      return row;
    },
    addVersion: async (version) => {
      await db.insert(v).values({ ...version, kind });
      await db
        .update(carePlan)
        .set({ currentVersion: version.version, updatedAt: version.createdAt })
        .where(thePlan(version.personId));
    },
    sectionsAt: async (personId, version) =>
      (
        await db
          .selectDistinctOn([v.sectionKey])
          .from(v)
          .where(and(eq(v.personId, personId), eq(v.kind, kind), lte(v.version, version)))
          .orderBy(v.sectionKey, desc(v.version))
      ).map(toVersion),
    listVersions: async (personId, page) =>
      (
        await db
          .select(summaryColumns)
          .from(v)
          .where(
            and(
              eq(v.personId, personId),
              eq(v.kind, kind),
              page?.beforeVersion !== undefined ? lt(v.version, page.beforeVersion) : undefined,
            ),
          )
          .orderBy(desc(v.version))
          .limit(page?.limit ?? NO_LIMIT)
      ).map((row) => ({
        ...row,
        authorKind: row.authorKind as AuthorKind,
      })),
    addSignature: async (signature) => void (await db.insert(carePlanSignature).values({ ...signature, kind })),
    listSignatures: async (personId) =>
      (
        await db
          .select()
          .from(carePlanSignature)
          .where(and(eq(carePlanSignature.personId, personId), eq(carePlanSignature.kind, kind)))
          .orderBy(asc(carePlanSignature.signedAt))
      ).map((row) => ({ ...row, signerKind: row.signerKind as SignerKind })),
    createProposal: async (proposal) => void (await db.insert(carePlanProposal).values({ ...proposal, kind })),
    findProposal: async (personId, id) => {
      const rows = await db
        .select()
        .from(carePlanProposal)
        .where(
          and(eq(carePlanProposal.personId, personId), eq(carePlanProposal.kind, kind), eq(carePlanProposal.id, id)),
        );
      return rows[0] ? toProposal(rows[0]) : null;
    },
    decideProposal: async (personId, id, decision) =>
      (
        await db
          .update(carePlanProposal)
          .set(decision)
          .where(
            and(
              eq(carePlanProposal.personId, personId),
              eq(carePlanProposal.kind, kind),
              eq(carePlanProposal.id, id),
              eq(carePlanProposal.status, 'pending'),
            ),
          )
          .returning({ id: carePlanProposal.id })
      ).length === 1,
    listProposals: async (personId, status) =>
      (
        await db
          .select()
          .from(carePlanProposal)
          .where(
            and(
              eq(carePlanProposal.personId, personId),
              eq(carePlanProposal.kind, kind),
              status ? eq(carePlanProposal.status, status) : undefined,
            ),
          )
          .orderBy(desc(carePlanProposal.proposedAt))
      ).map(toProposal),
    addMessage: async (message) => void (await db.insert(carePlanMessage).values({ ...message, kind })),
    listMessages: async (personId, sectionKey, page) =>
      (
        await db
          .select()
          .from(carePlanMessage)
          .where(
            and(
              eq(carePlanMessage.personId, personId),
              eq(carePlanMessage.kind, kind),
              eq(carePlanMessage.sectionKey, sectionKey),
              page?.afterId
                ? sql`(${carePlanMessage.createdAt}, ${carePlanMessage.id}) > (select m.created_at, m.id from care_plan_message m where m.id = ${page.afterId} and m.person_id = ${personId})`
                : undefined,
            ),
          )
          .orderBy(asc(carePlanMessage.createdAt), asc(carePlanMessage.id))
          .limit(page?.limit ?? NO_LIMIT)
      ).map(toMessage),
    countMessages: async (personId) => {
      const rows = await db
        .select({ sectionKey: carePlanMessage.sectionKey, n: sql<number>`count(*)::int`.mapWith(Number) })
        .from(carePlanMessage)
        .where(and(eq(carePlanMessage.personId, personId), eq(carePlanMessage.kind, kind)))
        .groupBy(carePlanMessage.sectionKey);
      return new Map(rows.map((row) => [row.sectionKey, row.n]));
    },
    findTemplate: async () =>
      (
        await db
          .select({ sections: carePlanTemplate.sections })
          .from(carePlanTemplate)
          .where(eq(carePlanTemplate.key, templateKey))
      )[0]?.sections ?? null,
    saveTemplate: async (sections, accountId, now) =>
      void (await db
        .insert(carePlanTemplate)
        .values({ key: templateKey, sections, updatedByAccountId: accountId, updatedAt: now })
        .onConflictDoUpdate({
          target: carePlanTemplate.key,
          set: { sections, updatedByAccountId: accountId, updatedAt: now },
        })),
    createMany: async (plans) => {
      await inBatches(
        plans.map((p) => ({ ...p.plan, kind })),
        (batch) => db.insert(carePlan).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.versions).map((row) => ({ ...row, kind })),
        (batch) => db.insert(v).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.signatures).map((row) => ({ ...row, kind })),
        (batch) => db.insert(carePlanSignature).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.proposals).map((row) => ({ ...row, kind })),
        (batch) => db.insert(carePlanProposal).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.messages).map((row) => ({ ...row, kind })),
        (batch) => db.insert(carePlanMessage).values(batch),
      );
    },
  };
}
