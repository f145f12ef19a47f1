import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type {
  DisclosureChoice,
  EmployerContactPurpose,
  JobEndReason,
  JobInterestStatus,
  JobKind,
  ReferralEndReason,
} from '../domain/ips/ips-vocabulary';
import type {
  CaseloadReferralView,
  EmployerContactRecord,
  EmployerContactView,
  IpsReferralRecord,
  IpsRepository,
  IpsScope,
  JobInterestView,
  JobRecord,
  JobView,
} from '../services/ips/ports';
import type { Database } from './database';
import {
  ipsAttachment,
  ipsBenefitsAdvice,
  ipsEmployer,
  ipsEmployerContact,
  ipsFidelityReview,
  ipsJob,
  ipsJobInterest,
  ipsReferral,
  ipsVocationalProfile,
} from './schema/ips.schema';
import { careTeamMembership } from './schema/care-team.schema';
import { contact, contactWorker } from './schema/contacts.schema';
import { person, team, worker } from './schema/organisation.schema';

type ReferralRow = typeof ipsReferral.$inferSelect;
type JobRow = typeof ipsJob.$inferSelect;
type ContactRow = typeof ipsEmployerContact.$inferSelect;

const toReferral = ({ createdAt: _createdAt, ...row }: ReferralRow): IpsReferralRecord => ({
  ...row,
  endReason: row.endReason as ReferralEndReason | null,
});
const toJob = ({ createdAt: _createdAt, ...row }: JobRow): JobRecord => ({
  ...row,
  kind: row.kind as JobKind,
  endReason: row.endReason as JobEndReason | null,
});
const toContact = ({ createdAt: _createdAt, ...row }: ContactRow): EmployerContactRecord => ({
  ...row,
  purpose: row.purpose as EmployerContactPurpose,
});

/** People in scope: some teams, one site, or everyone. */
function scopeWhere(scope: IpsScope): SQL | undefined {
  if (scope.teamIds !== undefined)
    return scope.teamIds.length === 0 ? sql`false` : inArray(person.teamId, [...scope.teamIds]);
  if (scope.siteId !== undefined) return eq(team.siteId, scope.siteId);
  return undefined;
}

/** Individual Placement and Support records. */
export function createIpsRepository(db: Database): IpsRepository {
  const caseloadColumns = {
    referral: ipsReferral,
    personName: person.name,
    teamId: person.teamId,
    firstEmployerContactOn: sql<
      string | null
    >`(select min(c.contacted_on)::text from ips_employer_contact c where c.person_id = ${ipsReferral.personId} and c.contacted_on >= ${ipsReferral.referredOn})`,
    firstFaceToFaceEmployerContactOn: sql<
      string | null
    >`(select min(c.contacted_on)::text from ips_employer_contact c where c.person_id = ${ipsReferral.personId} and c.is_face_to_face and c.contacted_on >= ${ipsReferral.referredOn})`,
  };
  const listCaseload = async (where: SQL | undefined): Promise<CaseloadReferralView[]> => {
    const rows = await db
      .select(caseloadColumns)
      .from(ipsReferral)
      .innerJoin(person, eq(person.id, ipsReferral.personId))
      .where(and(isNull(ipsReferral.endedOn), where))
      .orderBy(asc(ipsReferral.referredOn), asc(person.name));
    return rows.map(({ referral, ...rest }) => ({ ...toReferral(referral), ...rest }));
  };
  const contactViews = async (where: SQL, limit?: number): Promise<EmployerContactView[]> => {
    const query = db
      .select({ contact: ipsEmployerContact, employerName: ipsEmployer.name, workerName: worker.name })
      .from(ipsEmployerContact)
      .innerJoin(ipsEmployer, eq(ipsEmployer.id, ipsEmployerContact.employerId))
      .innerJoin(worker, eq(worker.id, ipsEmployerContact.workerId))
      .where(where)
      .orderBy(desc(ipsEmployerContact.contactedOn), desc(ipsEmployerContact.createdAt));
    const rows = limit === undefined ? await query : await query.limit(limit);
    return rows.map(({ contact, ...names }) => ({ ...toContact(contact), ...names }));
  };
  const jobViews = async (where: SQL): Promise<JobView[]> => {
    const rows = await db
      .select({ job: ipsJob, employerName: ipsEmployer.name, employerSector: ipsEmployer.sector })
      .from(ipsJob)
      .innerJoin(ipsEmployer, eq(ipsEmployer.id, ipsJob.employerId))
      .where(where)
      .orderBy(desc(ipsJob.startsOn), desc(ipsJob.createdAt));
    return rows.map(({ job, ...names }) => ({ ...toJob(job), ...names }));
  };
  const interestViews = async (where: SQL): Promise<JobInterestView[]> => {
    const rows = await db
      .select({ interest: ipsJobInterest, recordName: ipsEmployer.name })
      .from(ipsJobInterest)
      .leftJoin(ipsEmployer, eq(ipsEmployer.id, ipsJobInterest.employerId))
      .where(where)
      .orderBy(desc(ipsJobInterest.addedAt), desc(ipsJobInterest.id));
    return rows.map(({ interest: { createdAt: _createdAt, ...row }, recordName }) => ({
      ...row,
      status: row.status as JobInterestStatus,
      employerLabel: recordName ?? row.employerName,
    }));
  };

  return {
    createReferral: async (referral) => void (await db.insert(ipsReferral).values(referral)),
    findOpenReferral: async (personId) => {
      const [row] = await db
        .select()
        .from(ipsReferral)
        .where(and(eq(ipsReferral.personId, personId), isNull(ipsReferral.endedOn)));
      return row ? toReferral(row) : null;
    },
    listReferrals: async (personId) =>
      (
        await db
          .select()
          .from(ipsReferral)
          .where(eq(ipsReferral.personId, personId))
          .orderBy(desc(ipsReferral.referredOn))
      ).map(toReferral),
    updateReferral: async ({ id, personId, ...change }) =>
      void (await db
        .update(ipsReferral)
        .set(change)
        .where(and(eq(ipsReferral.id, id), eq(ipsReferral.personId, personId)))),
    endReferral: async ({ id, personId, endedOn, endReason }) => {
      const updated = await db
        .update(ipsReferral)
        .set({ endedOn, endReason })
        .where(and(eq(ipsReferral.id, id), eq(ipsReferral.personId, personId), isNull(ipsReferral.endedOn)))
        .returning({ id: ipsReferral.id });
      return updated.length === 1;
    },
    listWaitingReferrals: (teamIds) =>
      teamIds.length === 0
        ? Promise.resolve([])
        : listCaseload(and(inArray(person.teamId, [...teamIds]), isNull(ipsReferral.specialistWorkerId))),
    listSpecialistCaseload: (workerId) => listCaseload(eq(ipsReferral.specialistWorkerId, workerId)),

    findProfile: async (personId) => {
      const [row] = await db.select().from(ipsVocationalProfile).where(eq(ipsVocationalProfile.personId, personId));
      return row ? { ...row, disclosure: row.disclosure as DisclosureChoice } : null;
    },
    saveProfile: async (profile, expectedRevision) => {
      if (expectedRevision === 0) {
        const inserted = await db
          .insert(ipsVocationalProfile)
          .values(profile)
          .onConflictDoNothing()
          .returning({ personId: ipsVocationalProfile.personId });
        return inserted.length === 1;
      }
      const { personId, ...change } = profile;
      const updated = await db
        .update(ipsVocationalProfile)
        .set(change)
        .where(and(eq(ipsVocationalProfile.personId, personId), eq(ipsVocationalProfile.revision, expectedRevision)))
        .returning({ personId: ipsVocationalProfile.personId });
      return updated.length === 1;
    },

    createBenefitsAdvice: async (advice) => void (await db.insert(ipsBenefitsAdvice).values(advice)),
    listBenefitsAdvice: async (personId) =>
      (
        await db
          .select()
          .from(ipsBenefitsAdvice)
          .where(eq(ipsBenefitsAdvice.personId, personId))
          .orderBy(desc(ipsBenefitsAdvice.givenOn))
      ).map(({ createdAt: _createdAt, ...row }) => row),

    createEmployer: async (employer) => void (await db.insert(ipsEmployer).values(employer)),
    findEmployer: async (id) => {
      const [row] = await db
        .select({ id: ipsEmployer.id, name: ipsEmployer.name, sector: ipsEmployer.sector, town: ipsEmployer.town })
        .from(ipsEmployer)
        .where(eq(ipsEmployer.id, id));
      return row ?? null;
    },
    listEmployers: () =>
      db
        .select({ id: ipsEmployer.id, name: ipsEmployer.name, sector: ipsEmployer.sector, town: ipsEmployer.town })
        .from(ipsEmployer)
        .orderBy(asc(ipsEmployer.name)),

    createEmployerContact: async (contact) => void (await db.insert(ipsEmployerContact).values(contact)),
    listEmployerContactsForPerson: (personId) => contactViews(eq(ipsEmployerContact.personId, personId)),
    listEmployerContactsForWorker: (workerId, limit) => contactViews(eq(ipsEmployerContact.workerId, workerId), limit),

    createJob: async (job) => void (await db.insert(ipsJob).values(job)),
    findJob: async (personId, id) =>
      (await jobViews(and(eq(ipsJob.personId, personId), eq(ipsJob.id, id))!))[0] ?? null,
    updateJob: async ({ id, personId, revision, ...change }) => {
      const updated = await db
        .update(ipsJob)
        .set({ ...change, revision })
        .where(and(eq(ipsJob.id, id), eq(ipsJob.personId, personId), eq(ipsJob.revision, revision - 1)))
        .returning({ id: ipsJob.id });
      return updated.length === 1;
    },
    listJobs: (personId) => jobViews(eq(ipsJob.personId, personId)),

    createJobInterest: async (interest) => void (await db.insert(ipsJobInterest).values(interest)),
    findJobInterest: async (personId, id) =>
      (await interestViews(and(eq(ipsJobInterest.personId, personId), eq(ipsJobInterest.id, id))!))[0] ?? null,
    updateJobInterest: async ({ id, personId, status, jobKind, employerId, employerName, why, revision }) => {
      const updated = await db
        .update(ipsJobInterest)
        .set({ status, jobKind, employerId, employerName, why, revision })
        .where(
          and(
            eq(ipsJobInterest.id, id),
            eq(ipsJobInterest.personId, personId),
            eq(ipsJobInterest.revision, revision - 1),
          ),
        )
        .returning({ id: ipsJobInterest.id });
      return updated.length === 1;
    },
    deleteJobInterest: async ({ id, personId, revision }) => {
      const deleted = await db
        .delete(ipsJobInterest)
        .where(
          and(eq(ipsJobInterest.id, id), eq(ipsJobInterest.personId, personId), eq(ipsJobInterest.revision, revision)),
        )
        .returning({ id: ipsJobInterest.id });
      return deleted.length === 1;
    },
    listJobInterests: (personId) => interestViews(eq(ipsJobInterest.personId, personId)),

    listOutcomeReferrals: (scope) =>
      db
        .select({
          personId: ipsReferral.personId,
          referredOn: ipsReferral.referredOn,
          endedOn: ipsReferral.endedOn,
          specialistWorkerId: ipsReferral.specialistWorkerId,
          teamId: person.teamId,
          siteId: team.siteId,
        })
        .from(ipsReferral)
        .innerJoin(person, eq(person.id, ipsReferral.personId))
        .innerJoin(team, eq(team.id, person.teamId))
        .where(scopeWhere(scope)),
    listOutcomeJobs: async (scope) =>
      (
        await db
          .select({
            personId: ipsJob.personId,
            employerId: ipsJob.employerId,
            kind: ipsJob.kind,
            title: ipsJob.title,
            startsOn: ipsJob.startsOn,
            endsOn: ipsJob.endsOn,
            isCompetitive: ipsJob.isCompetitive,
          })
          .from(ipsJob)
          .innerJoin(person, eq(person.id, ipsJob.personId))
          .innerJoin(team, eq(team.id, person.teamId))
          .where(scopeWhere(scope))
      ).map((row) => ({ ...row, kind: row.kind as JobKind })),
    listEmployerContactsBetween: async (workerIds, from, to) =>
      workerIds.length === 0
        ? []
        : (
            await db
              .select()
              .from(ipsEmployerContact)
              .where(
                and(
                  inArray(ipsEmployerContact.workerId, [...workerIds]),
                  gte(ipsEmployerContact.contactedOn, from),
                  lte(ipsEmployerContact.contactedOn, to),
                ),
              )
          ).map(toContact),

    listSpecialistContactMinutes: async (workerIds, from, to) => {
      if (workerIds.length === 0) return [];
      const minutes = sql`(${contact.durationMinutes} + ${contact.adminMinutes})`;
      const day = sql`(${contactWorker.occurredAt} at time zone 'UTC')::date`;
      const asSpecialist = sql`exists (select 1 from ${careTeamMembership} m where m.person_id = ${contactWorker.personId}
        and m.worker_id = ${contactWorker.workerId} and m.role = 'ips_employment_specialist'
        and m.starts_on <= ${day} and (m.ends_on is null or m.ends_on > ${day}))`;
      return db
        .select({
          workerId: contactWorker.workerId,
          employment: sql<number>`coalesce(sum(case when ${asSpecialist} then ${minutes} else 0 end), 0)::int`,
          total: sql<number>`coalesce(sum(${minutes}), 0)::int`,
        })
        .from(contactWorker)
        .innerJoin(contact, and(eq(contact.id, contactWorker.contactId), eq(contact.personId, contactWorker.personId)))
        .where(
          and(
            inArray(contactWorker.workerId, [...workerIds]),
            gte(contactWorker.occurredAt, new Date(`${from}T00:00:00Z`)),
            lt(contactWorker.occurredAt, new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000)),
          ),
        )
        .groupBy(contactWorker.workerId);
    },

    createFidelityReview: async (review) => void (await db.insert(ipsFidelityReview).values(review)),
    listFidelityReviews: async (teamId) =>
      (
        await db
          .select()
          .from(ipsFidelityReview)
          .where(eq(ipsFidelityReview.teamId, teamId))
          .orderBy(desc(ipsFidelityReview.reviewedOn), desc(ipsFidelityReview.createdAt))
      ).map(({ createdAt: _createdAt, ...row }) => row),

    attachSpecialist: async (attachment) =>
      void (await db.insert(ipsAttachment).values(attachment).onConflictDoNothing()),
    replaceAttachments: async (workerId, attachments) => {
      await db.delete(ipsAttachment).where(eq(ipsAttachment.workerId, workerId));
      if (attachments.length > 0) await db.insert(ipsAttachment).values([...attachments]);
    },
    listServedTeamIds: async (ipsTeamId) =>
      (
        await db
          .selectDistinct({ teamId: ipsAttachment.teamId })
          .from(ipsAttachment)
          .innerJoin(worker, eq(worker.id, ipsAttachment.workerId))
          .where(eq(worker.teamId, ipsTeamId))
      ).map((row) => row.teamId),
    listEveryAttachment: () =>
      db
        .select({ workerId: ipsAttachment.workerId, teamId: ipsAttachment.teamId })
        .from(ipsAttachment)
        .orderBy(asc(ipsAttachment.workerId), asc(ipsAttachment.teamId)),
    listWorkerAttachments: (workerId) =>
      db
        .select({ workerId: ipsAttachment.workerId, teamId: ipsAttachment.teamId })
        .from(ipsAttachment)
        .where(eq(ipsAttachment.workerId, workerId))
        .orderBy(asc(ipsAttachment.teamId)),
    listAttachments: (ipsTeamId) =>
      db
        .select({ workerId: ipsAttachment.workerId, teamId: ipsAttachment.teamId })
        .from(ipsAttachment)
        .innerJoin(worker, eq(worker.id, ipsAttachment.workerId))
        .where(eq(worker.teamId, ipsTeamId))
        .orderBy(asc(ipsAttachment.workerId), asc(ipsAttachment.teamId)),
  };
}
