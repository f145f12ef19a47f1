import { aliasedTable, and, asc, desc, eq, lte } from 'drizzle-orm';
import type { MembershipEndReason } from '../domain/care-team/care-team-role';
import type { HandoverStatus, JointMeetingState } from '../domain/handovers/handover-states';
import type { HandoverRecord, HandoverRepository, HandoverView } from '../services/handovers/ports';
import type { Database } from './database';
import { handover as h } from './schema/handovers.schema';
import { person, worker } from './schema/organisation.schema';

const toRecord = (row: typeof h.$inferSelect): HandoverRecord => ({
  id: row.id,
  personId: row.personId,
  fromWorkerId: row.fromWorkerId,
  toWorkerId: row.toWorkerId,
  reason: row.reason as MembershipEndReason,
  handoverOn: row.handoverOn,
  plannedAt: row.plannedAt,
  plannedByName: row.plannedByName,
  workerNote: row.workerNote,
  personNote: row.personNote,
  personNoteAt: row.personNoteAt,
  jointMeeting: row.jointMeeting as JointMeetingState,
  jointMeetingOn: row.jointMeetingOn,
  status: row.status as HandoverStatus,
  closedAt: row.closedAt,
  startedMembershipId: row.startedMembershipId,
  version: row.version,
});

interface ViewRow {
  handover: typeof h.$inferSelect;
  personName: string;
  preferredName: string | null;
  fromWorkerName: string | null;
  toWorkerName: string;
}

const fromWorker = aliasedTable(worker, 'from_worker');
const toWorker = aliasedTable(worker, 'to_worker');

/** Planned changes of care coordinator. */
export function createHandoverRepository(db: Database): HandoverRepository {
  const views = () =>
    db
      .select({
        handover: h,
        personName: person.name,
        preferredName: person.preferredName,
        fromWorkerName: fromWorker.name,
        toWorkerName: toWorker.name,
      })
      .from(h)
      .innerJoin(person, eq(person.id, h.personId))
      .innerJoin(toWorker, eq(toWorker.id, h.toWorkerId))
      .leftJoin(fromWorker, eq(fromWorker.id, h.fromWorkerId));
  const toView = (row: ViewRow): HandoverView => ({
    ...toRecord(row.handover),
    personName: row.preferredName ?? row.personName,
    fromWorkerName: row.fromWorkerName,
    toWorkerName: row.toWorkerName,
  });
  return {
    create: async (record) => void (await db.insert(h).values(record)),
    findById: async (id) => {
      const rows = await views().where(eq(h.id, id));
      return rows[0] ? toView(rows[0]) : null;
    },
    listForPerson: async (personId) =>
      (await views().where(eq(h.personId, personId)).orderBy(desc(h.handoverOn), desc(h.id))).map(toView),
    listPlannedFromWorker: async (workerId) =>
      (
        await views()
          .where(and(eq(h.fromWorkerId, workerId), eq(h.status, 'planned')))
          .orderBy(asc(h.handoverOn))
      ).map(toView),
    listDue: async (day, limit) =>
      (
        await db
          .select()
          .from(h)
          .where(and(eq(h.status, 'planned'), lte(h.handoverOn, day)))
          .orderBy(asc(h.handoverOn), asc(h.id))
          .limit(limit)
      ).map(toRecord),
    update: async (id, version, change) =>
      (
        await db
          .update(h)
          .set({ ...change, version: version + 1 })
          .where(and(eq(h.id, id), eq(h.version, version)))
          .returning({ id: h.id })
      ).length === 1,
  };
}
