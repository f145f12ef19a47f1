import { and, asc, desc, eq, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { SignerKind } from '../domain/care-plan/agreement';
import type { AuthorKind } from '../domain/care-plan/authorship';
import { documentKindRules, type DocumentKind } from '../domain/care-plan/document-kind';
import type { ProposalStatus } from '../domain/care-plan/proposal-status';
import type {
  CarePlanMessageRecord,
  CarePlanNewsRow,
  CarePlanProposalRecord,
  CarePlanRepository,
  CarePlanVersionRecord,
} from '../services/care-plan/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { preparedStatement } from './prepared-statement';
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
    newSince: (accountId, personIds, viewer) => newSince(db, accountId, personIds, viewer),
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

// When this account last read a thread (or opened the plan): one probe of the audit trail's
// (person_id, account_id, action, occurred_at) index (decision 0051).
const lastRead = (personColumn: SQL, actions: SQL, section: SQL | null) => sql`coalesce((
    select max(a.occurred_at) from audit_event a
    where a.person_id = ${personColumn} and a.account_id = ${sql.placeholder('accountId')} and a.action in (${actions})
      ${section ? sql`and a.detail->>'section' = ${section}` : sql``}), '-infinity'::timestamptz)`;
const messagesFrom = (viewer: AuthorKind) => sql`
    select m.person_id, 'message' as kind, m.section_key, count(*)::int as n, max(m.created_at) as latest_at,
      (array_agg(m.author_name order by m.created_at desc))[1] as latest_by
    from care_plan_message m
    where m.person_id = any(${sql.placeholder('people')}::uuid[])
      and ${viewer === 'person' ? sql`m.author_kind <> 'person'` : sql`m.author_kind = 'person'`}
      and m.author_account_id <> ${sql.placeholder('accountId')}
      and m.created_at > ${lastRead(sql`m.person_id`, sql`'care_plan.messages.read'`, sql`m.section_key`)}
    group by m.person_id, m.section_key`;
// Proposals the person declined matter to the care team only. One statement either way: every
// statement is a round trip on the caseload's path (decision 0019). Prepared, one per viewer, as
// every caseload runs it (decision 0051).
const newsStatements: Record<AuthorKind, ReturnType<typeof preparedStatement>> = {
  person: preparedStatement('care_plan_news_person', () => messagesFrom('person')),
  worker: preparedStatement(
    'care_plan_news_worker',
    () => sql`${messagesFrom('worker')} union all
    select p.person_id, 'declined' as kind, p.section_key, count(*)::int as n, max(p.decided_at) as latest_at,
      (array_agg(p.decided_by_name order by p.decided_at desc))[1] as latest_by
    from care_plan_proposal p
    where p.person_id = any(${sql.placeholder('people')}::uuid[]) and p.status = 'declined'
      and p.decided_at > ${lastRead(sql`p.person_id`, sql`'care_plan.read'`, null)}
    group by p.person_id, p.section_key`,
  ),
};

async function newSince(
  db: Database,
  accountId: string,
  personIds: readonly string[],
  viewer: AuthorKind,
): Promise<CarePlanNewsRow[]> {
  if (personIds.length === 0) return [];
  const rows = await newsStatements[viewer].rows<NewsSqlRow>(db, { accountId, people: [...personIds] });
  return rows.map((row) => ({
    personId: row.person_id,
    kind: row.kind,
    sectionKey: row.section_key,
    count: Number(row.n),
    latestAt: new Date(row.latest_at),
    latestByName: row.latest_by,
  }));
}

interface NewsSqlRow extends Record<string, unknown> {
  person_id: string;
  kind: 'message' | 'declined';
  section_key: string;
  n: number | string;
  latest_at: string | Date;
  latest_by: string;
}
