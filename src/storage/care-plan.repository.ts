import { and, asc, desc, eq, lt, lte, sql } from 'drizzle-orm';
import type { SignerKind } from '../domain/care-plan/agreement';
import type { AuthorKind } from '../domain/care-plan/authorship';
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

// The service's template is a single row under this key.
const TEMPLATE_KEY = 'default';

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

/** The co-produced care plan. Versions, signatures and declined proposals are only ever added to. */
export function createCarePlanRepository(db: Database): CarePlanRepository {
  const planColumns = {
    personId: carePlan.personId,
    sections: carePlan.sections,
    currentVersion: carePlan.currentVersion,
  };
  return {
    findPlan: async (personId) =>
      (await db.select(planColumns).from(carePlan).where(eq(carePlan.personId, personId)))[0] ?? null,
    lockPlan: async (personId, sections, now) => {
      await db.insert(carePlan).values({ personId, sections, createdAt: now, updatedAt: now }).onConflictDoNothing();
      const [row] = await db.select(planColumns).from(carePlan).where(eq(carePlan.personId, personId)).for('update');
      if (!row) throw new Error('A care plan just started could not be read back.');
      return row;
    },
    addVersion: async (version) => {
      await db.insert(v).values(version);
      await db
        .update(carePlan)
        .set({ currentVersion: version.version, updatedAt: version.createdAt })
        .where(eq(carePlan.personId, version.personId));
    },
    sectionsAt: async (personId, version) =>
      (
        await db
          .selectDistinctOn([v.sectionKey])
          .from(v)
          .where(and(eq(v.personId, personId), lte(v.version, version)))
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
              page?.beforeVersion !== undefined ? lt(v.version, page.beforeVersion) : undefined,
            ),
          )
          .orderBy(desc(v.version))
          .limit(page?.limit ?? NO_LIMIT)
      ).map((row) => ({
        ...row,
        authorKind: row.authorKind as AuthorKind,
      })),
    addSignature: async (signature) => void (await db.insert(carePlanSignature).values(signature)),
    listSignatures: async (personId) =>
      (
        await db
          .select()
          .from(carePlanSignature)
          .where(eq(carePlanSignature.personId, personId))
          .orderBy(asc(carePlanSignature.signedAt))
      ).map((row) => ({ ...row, signerKind: row.signerKind as SignerKind })),
    createProposal: async (proposal) => void (await db.insert(carePlanProposal).values(proposal)),
    findProposal: async (personId, id) => {
      const rows = await db
        .select()
        .from(carePlanProposal)
        .where(and(eq(carePlanProposal.personId, personId), eq(carePlanProposal.id, id)));
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
          .where(and(eq(carePlanProposal.personId, personId), status ? eq(carePlanProposal.status, status) : undefined))
          .orderBy(desc(carePlanProposal.proposedAt))
      ).map(toProposal),
    addMessage: async (message) => void (await db.insert(carePlanMessage).values(message)),
    listMessages: async (personId, sectionKey, page) =>
      (
        await db
          .select()
          .from(carePlanMessage)
          .where(
            and(
              eq(carePlanMessage.personId, personId),
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
        .where(eq(carePlanMessage.personId, personId))
        .groupBy(carePlanMessage.sectionKey);
      return new Map(rows.map((row) => [row.sectionKey, row.n]));
    },
    findTemplate: async () =>
      (
        await db
          .select({ sections: carePlanTemplate.sections })
          .from(carePlanTemplate)
          .where(eq(carePlanTemplate.key, TEMPLATE_KEY))
      )[0]?.sections ?? null,
    saveTemplate: async (sections, accountId, now) =>
      void (await db
        .insert(carePlanTemplate)
        .values({ key: TEMPLATE_KEY, sections, updatedByAccountId: accountId, updatedAt: now })
        .onConflictDoUpdate({
          target: carePlanTemplate.key,
          set: { sections, updatedByAccountId: accountId, updatedAt: now },
        })),
    createMany: async (plans) => {
      await inBatches(
        plans.map((p) => p.plan),
        (batch) => db.insert(carePlan).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.versions),
        (batch) => db.insert(v).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.signatures),
        (batch) => db.insert(carePlanSignature).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.proposals),
        (batch) => db.insert(carePlanProposal).values(batch),
      );
      await inBatches(
        plans.flatMap((p) => p.messages),
        (batch) => db.insert(carePlanMessage).values(batch),
      );
    },
  };
}
