import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  OPEN_CARER_ASSESSMENT_STATUSES,
  type CarerAssessmentStatus,
} from '../domain/carer-assessments/carer-assessment-answer';
import type {
  CarerAssessmentRepository,
  CarerAssessmentRequestRecord,
  CarerAssessmentRequestView,
} from '../services/carer-assessments/ports';
import type { Database } from './database';
import { carerAssessmentRequest as r } from './schema/carer-assessments.schema';
import { carer, person } from './schema/organisation.schema';

const toRecord = (row: typeof r.$inferSelect): CarerAssessmentRequestRecord => ({
  id: row.id,
  personId: row.personId,
  carerId: row.carerId,
  carerNote: row.carerNote,
  requestedAt: row.requestedAt,
  status: row.status as CarerAssessmentStatus,
  arrangedOn: row.arrangedOn,
  declineReason: row.declineReason,
  answeredByName: row.answeredByName,
  answeredAt: row.answeredAt,
  version: row.version,
});

interface ViewRow {
  request: typeof r.$inferSelect;
  carerName: string;
  personName: string;
  preferredName: string | null;
}

/** Carers' requests for a carer's assessment, and the care team's answers. */
export function createCarerAssessmentRepository(db: Database): CarerAssessmentRepository {
  const views = () =>
    db
      .select({ request: r, carerName: carer.name, personName: person.name, preferredName: person.preferredName })
      .from(r)
      .innerJoin(carer, eq(carer.id, r.carerId))
      .innerJoin(person, eq(person.id, r.personId));
  const toView = (row: ViewRow): CarerAssessmentRequestView => ({
    ...toRecord(row.request),
    carerName: row.carerName,
    personName: row.preferredName ?? row.personName,
  });
  return {
    create: async (request) => void (await db.insert(r).values(request)),
    createMany: async (requests) => {
      if (requests.length > 0) await db.insert(r).values(requests);
    },
    findById: async (id) => {
      const rows = await views().where(eq(r.id, id));
      return rows[0] ? toView(rows[0]) : null;
    },
    listForPerson: async (personId, carerId) =>
      (
        await views()
          .where(carerId ? and(eq(r.personId, personId), eq(r.carerId, carerId)) : eq(r.personId, personId))
          .orderBy(desc(r.requestedAt), desc(r.id))
      ).map(toView),
    listOpenForPeople: async (personIds) =>
      personIds.length === 0
        ? []
        : (
            await views()
              .where(and(inArray(r.personId, [...personIds]), inArray(r.status, [...OPEN_CARER_ASSESSMENT_STATUSES])))
              .orderBy(asc(r.requestedAt), asc(r.id))
          ).map(toView),
    update: async (id, version, change) =>
      (
        await db
          .update(r)
          .set({ ...change, version: version + 1 })
          .where(and(eq(r.id, id), eq(r.version, version)))
          .returning({ id: r.id })
      ).length === 1,
  };
}
