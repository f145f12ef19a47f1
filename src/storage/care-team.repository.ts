import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { CareTeamRole, MembershipEndReason } from '../domain/care-team/care-team-role';
import type { CareTeamRepository, MembershipRecord } from '../services/care-team/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { preparedStatement } from './prepared-statement';
import { rawRows } from './raw-rows';
import { careTeamMembership as m } from './schema/care-team.schema';
import { worker } from './schema/organisation.schema';

const toRecord = (row: typeof m.$inferSelect): MembershipRecord => ({
  id: row.id,
  personId: row.personId,
  workerId: row.workerId,
  role: row.role as CareTeamRole,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  endReason: row.endReason as MembershipEndReason | null,
  endNote: row.endNote,
  handoverNote: row.handoverNote,
});

const activeOn = (day: string) => and(lte(m.startsOn, day), or(isNull(m.endsOn), gt(m.endsOn, day)));

/** Care-team memberships: the relationship record. */
export function createCareTeamRepository(db: Database): CareTeamRepository {
  return {
    create: async (membership) => void (await db.insert(m).values(membership)),
    createMany: (memberships) => inBatches(memberships, (batch) => db.insert(m).values(batch)),
    findById: async (id) => {
      const rows = await db.select().from(m).where(eq(m.id, id));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    listForPerson: async (personId) => {
      const rows = await db
        .select({ membership: m, workerName: worker.name, workerProfession: worker.profession })
        .from(m)
        .innerJoin(worker, eq(worker.id, m.workerId))
        .where(eq(m.personId, personId))
        .orderBy(sql`${m.startsOn} desc`);
      return rows.map((row) => ({
        ...toRecord(row.membership),
        workerName: row.workerName,
        workerProfession: row.workerProfession,
      }));
    },
    listActiveForWorker: async (personId, workerId, day) =>
      (
        await db
          .select()
          .from(m)
          .where(and(eq(m.personId, personId), eq(m.workerId, workerId), activeOn(day)))
      ).map(toRecord),
    findOpenCareCoordinator: async (personId) => {
      const rows = await db
        .select()
        .from(m)
        .where(and(eq(m.personId, personId), eq(m.role, 'care_coordinator'), isNull(m.endsOn)));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    end: async (id, change) =>
      void (await db
        .update(m)
        .set({ ...change, updatedAt: sql`now()` })
        .where(eq(m.id, id))),
    caseload: (workerId, day, windowFrom) => caseload(db, workerId, day, windowFrom),
    teamSummary: (teamId, day) => teamSummary(db, teamId, day),
  };
}

interface CaseloadSqlRow extends Record<string, unknown> {
  person_id: string;
  name: string;
  preferred_name: string | null;
  role: string;
  starts_on: string;
  last_contact_at: string | Date | null;
  next_review_due: string | null;
  coordinators: number;
  coordinator_changed_on: string | null;
  overdue_questionnaires: number;
  has_risk_formulation: boolean;
  risk_discussed_on: string | null;
}

/** Prepared: every worker's home page runs it (decision 0051). */
const caseloadStatement = preparedStatement(
  'care_team_caseload',
  () => sql`
    select p.id as person_id, p.name, p.preferred_name, m.role, m.starts_on::text as starts_on,
      (select max(c.occurred_at) from contact c where c.person_id = p.id) as last_contact_at,
      (select min(r.due_on)::text from review r where r.person_id = p.id and r.held_on is null) as next_review_due,
      (select count(distinct cc.worker_id)::int from care_team_membership cc
         where cc.person_id = p.id and cc.role = 'care_coordinator'
           and cc.starts_on <= ${sql.placeholder('day')}::date and (cc.ends_on is null or cc.ends_on > ${sql.placeholder('windowFrom')}::date)) as coordinators,
      -- The same rule as the domain's latestCareCoordinatorChange: a spell whose worker differs from the spell before.
      (select max(s.starts_on)::text from (
         select cc.starts_on, cc.worker_id,
           lag(cc.worker_id) over (order by cc.starts_on, cc.ends_on nulls last, cc.worker_id) as previous_worker_id
         from care_team_membership cc
         where cc.person_id = p.id and cc.role = 'care_coordinator' and (cc.ends_on is null or cc.ends_on > cc.starts_on)) s
       where s.previous_worker_id <> s.worker_id and s.starts_on <= ${sql.placeholder('day')}::date) as coordinator_changed_on,
      -- Asked for by the care team, unanswered, and past its day (questionnaire_invitation_open_idx).
      (select count(*)::int from questionnaire_invitation qi
         where qi.person_id = p.id and qi.completed_at is null and qi.due_on < ${sql.placeholder('day')}::date
           and qi.origin = 'care_team') as overdue_questionnaires,
      exists (select 1 from care_plan_version v where v.person_id = p.id and v.kind = 'risk_formulation') as has_risk_formulation,
      -- A discussion the person chose not to have is kept but is not a discussion (isDiscussedAt).
      (select max(d.discussed_on)::text from risk_discussion d
         where d.person_id = p.id and not d.is_declined) as risk_discussed_on
    from care_team_membership m
    join person p on p.id = m.person_id
    where m.worker_id = ${sql.placeholder('workerId')} and m.starts_on <= ${sql.placeholder('day')}::date and (m.ends_on is null or m.ends_on > ${sql.placeholder('day')}::date)
    order by p.name, m.role`,
);

async function caseload(db: Database, workerId: string, today: string, since: string) {
  // One round trip; each correlated subquery is an index lookup on (person_id, …).
  const rows = await caseloadStatement.rows<CaseloadSqlRow>(db, { workerId, day: today, windowFrom: since });
  return rows.map((row) => ({
    personId: row.person_id,
    personName: row.name,
    preferredName: row.preferred_name,
    role: row.role as CareTeamRole,
    memberSince: row.starts_on,
    lastContactAt: row.last_contact_at === null ? null : new Date(row.last_contact_at),
    nextReviewDue: row.next_review_due,
    careCoordinatorsInWindow: Number(row.coordinators),
    careCoordinatorChangedOn: row.coordinator_changed_on,
    overdueQuestionnaires: Number(row.overdue_questionnaires),
    hasRiskFormulation: row.has_risk_formulation,
    riskDiscussedOn: row.risk_discussed_on,
  }));
}

async function teamSummary(db: Database, teamId: string, day: string) {
  const people = await rawRows<{ person_id: string; coordinator: string | null; next_review_due: string | null }>(
    db,
    sql`
    select p.id as person_id,
      (select w.name from care_team_membership cc join worker w on w.id = cc.worker_id
        where cc.person_id = p.id and cc.role = 'care_coordinator' and cc.starts_on <= ${day}::date
          and (cc.ends_on is null or cc.ends_on > ${day}::date) limit 1) as coordinator,
      (select min(r.due_on)::text from review r where r.person_id = p.id and r.held_on is null) as next_review_due
    from person p where p.team_id = ${teamId}`,
  );
  const sizes = await rawRows<{ worker_id: string; n: number }>(
    db,
    sql`
    select cc.worker_id, count(distinct cc.person_id)::int as n
    from care_team_membership cc join worker w on w.id = cc.worker_id
    where w.team_id = ${teamId} and cc.starts_on <= ${day}::date and (cc.ends_on is null or cc.ends_on > ${day}::date)
    group by cc.worker_id`,
  );
  return {
    people: new Map(
      people.map((r) => [r.person_id, { careCoordinator: r.coordinator, nextReviewDue: r.next_review_due }]),
    ),
    caseloadSizes: new Map(sizes.map((r) => [r.worker_id, Number(r.n)])),
  };
}
