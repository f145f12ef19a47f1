import { and, asc, desc, eq, gte, inArray, isNull, lt, Param, sql } from 'drizzle-orm';
import type { ActionOutcome, ActionOwner } from '../domain/meetings/meeting-action';
import type {
  MeetingActionRecord,
  MeetingRecord,
  MeetingRepository,
  MeetingSummaryRecord,
  NewMeeting,
} from '../services/meetings/ports';
import type { Database } from './database';
import { instrumentResponse } from './schema/instruments.schema';
import { meeting as m, meetingAction as a, meetingArea } from './schema/meetings.schema';
import { contact, contactWorker } from './schema/contacts.schema';
import { worker } from './schema/organisation.schema';

const toMeeting = (row: typeof m.$inferSelect): MeetingRecord => ({
  id: row.contactId,
  personId: row.personId,
  leadWorkerId: row.leadWorkerId,
  occurredAt: row.occurredAt,
  ratingsResponseId: row.ratingsResponseId,
  recordedByAccountId: row.recordedByAccountId,
});

const toMeetingRow = ({ id, ...rest }: MeetingRecord): typeof m.$inferInsert => ({ ...rest, contactId: id });

const toAction = (row: typeof a.$inferSelect): MeetingActionRecord => ({
  id: row.id,
  personId: row.personId,
  meetingId: row.meetingId,
  areaId: row.areaId,
  owner: row.owner as ActionOwner,
  ownerName: row.ownerName,
  description: row.description,
  dueOn: row.dueOn,
  outcome: row.outcome as ActionOutcome | null,
  reviewedInMeetingId: row.reviewedInMeetingId,
  reviewedAt: row.reviewedAt,
});

// Bulk loads send one array per column and let PostgreSQL unnest them, as contacts do: a fixed
// number of parameters per statement whatever the row count, and no per-row SQL building.
const BATCH = 5_000;
const array = (values: unknown[]) => new Param(values);
const instant = (at: Date | null) => at?.toISOString() ?? null;

async function insertMeetings(db: Database, batch: MeetingRecord[]): Promise<void> {
  if (batch.length === 0) return;
  await db.execute(sql`
    insert into meeting (contact_id, person_id, lead_worker_id, occurred_at, ratings_response_id, recorded_by_account_id)
    select * from unnest(
      ${array(batch.map((r) => r.id))}::uuid[], ${array(batch.map((r) => r.personId))}::uuid[],
      ${array(batch.map((r) => r.leadWorkerId))}::uuid[], ${array(batch.map((r) => instant(r.occurredAt)))}::timestamptz[],
      ${array(batch.map((r) => r.ratingsResponseId))}::uuid[], ${array(batch.map((r) => r.recordedByAccountId))}::uuid[])`);
}

async function insertAreas(db: Database, batch: NewMeeting['areas']): Promise<void> {
  if (batch.length === 0) return;
  await db.execute(sql`
    insert into meeting_area (person_id, meeting_id, position, area_id, understanding, looking_forward, exploring_options, agreeing_actions)
    select * from unnest(
      ${array(batch.map((r) => r.personId))}::uuid[], ${array(batch.map((r) => r.meetingId))}::uuid[],
      ${array(batch.map((r) => r.position))}::int[], ${array(batch.map((r) => r.areaId))}::text[],
      ${array(batch.map((r) => r.understanding))}::text[], ${array(batch.map((r) => r.lookingForward))}::text[],
      ${array(batch.map((r) => r.exploringOptions))}::text[], ${array(batch.map((r) => r.agreeingActions))}::text[])`);
}

async function insertActions(db: Database, batch: MeetingActionRecord[]): Promise<void> {
  if (batch.length === 0) return;
  await db.execute(sql`
    insert into meeting_action (id, person_id, meeting_id, area_id, owner, owner_name, description, due_on, outcome, reviewed_in_meeting_id, reviewed_at)
    select * from unnest(
      ${array(batch.map((r) => r.id))}::uuid[], ${array(batch.map((r) => r.personId))}::uuid[],
      ${array(batch.map((r) => r.meetingId))}::uuid[], ${array(batch.map((r) => r.areaId))}::text[],
      ${array(batch.map((r) => r.owner))}::text[], ${array(batch.map((r) => r.ownerName))}::text[],
      ${array(batch.map((r) => r.description))}::text[], ${array(batch.map((r) => r.dueOn))}::date[],
      ${array(batch.map((r) => r.outcome))}::text[], ${array(batch.map((r) => r.reviewedInMeetingId))}::uuid[],
      ${array(batch.map((r) => instant(r.reviewedAt)))}::timestamptz[])`);
}

async function inSlices<T>(rows: readonly T[], insert: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Meetings, the areas chosen at each, and the actions agreed and reviewed. */
export function createMeetingRepository(db: Database): MeetingRepository {
  const createMany = async (meetings: NewMeeting[]) => {
    await inSlices(
      meetings.map((entry) => entry.meeting),
      (batch) => insertMeetings(db, batch),
    );
    await inSlices(
      meetings.flatMap((entry) => entry.areas),
      (batch) => insertAreas(db, batch),
    );
    await inSlices(
      meetings.flatMap((entry) => entry.actions),
      (batch) => insertActions(db, batch),
    );
  };
  // One meeting as it is recorded: plain inserts, the same columns as the bulk path.
  const create = async (entry: NewMeeting) => {
    await db.insert(m).values(toMeetingRow(entry.meeting));
    if (entry.areas.length > 0) await db.insert(meetingArea).values(entry.areas);
    if (entry.actions.length > 0) await db.insert(a).values(entry.actions);
  };
  const actionsWhere = async (where: ReturnType<typeof and>) =>
    (await db.select().from(a).where(where).orderBy(asc(a.createdAt), asc(a.id))).map(toAction);
  return {
    create,
    createMany,
    findById: async (personId, id) => {
      const rows = await db
        .select()
        .from(m)
        .where(and(eq(m.personId, personId), eq(m.contactId, id)));
      return rows[0] ? toMeeting(rows[0]) : null;
    },
    listAreas: (personId, meetingId) =>
      db
        .select()
        .from(meetingArea)
        .where(and(eq(meetingArea.personId, personId), eq(meetingArea.meetingId, meetingId)))
        .orderBy(asc(meetingArea.position)),
    listActionsOfMeeting: async (personId, meetingId) => ({
      agreed: await actionsWhere(and(eq(a.personId, personId), eq(a.meetingId, meetingId))),
      reviewed: await actionsWhere(and(eq(a.personId, personId), eq(a.reviewedInMeetingId, meetingId))),
    }),
    listOpenActions: async (personId) => {
      const rows = await db
        .select({ action: a, agreedAt: m.occurredAt })
        .from(a)
        .innerJoin(m, and(eq(m.personId, a.personId), eq(m.contactId, a.meetingId)))
        .where(and(eq(a.personId, personId), isNull(a.outcome)))
        .orderBy(asc(m.occurredAt), asc(a.createdAt), asc(a.id));
      return rows.map((row) => ({ ...toAction(row.action), agreedAt: row.agreedAt }));
    },
    markReviewed: async (personId, meetingId, reviews, at) => {
      let changed = 0;
      for (const outcome of ['done', 'not_done'] as const) {
        const ids = reviews.filter((review) => review.outcome === outcome).map((review) => review.actionId);
        if (ids.length === 0) continue;
        const updated = await db
          .update(a)
          .set({ outcome, reviewedInMeetingId: meetingId, reviewedAt: at })
          .where(and(eq(a.personId, personId), inArray(a.id, ids), isNull(a.outcome)))
          .returning({ id: a.id });
        changed += updated.length;
      }
      return changed;
    },
    listForPerson: (personId, options) => listForPerson(db, personId, options),
    listRatings: async (personId, instrumentId, limit) => {
      const rows = await db
        .select({ meetingId: m.contactId, occurredAt: m.occurredAt, answers: instrumentResponse.answers })
        .from(m)
        .innerJoin(
          instrumentResponse,
          and(eq(instrumentResponse.personId, m.personId), eq(instrumentResponse.id, m.ratingsResponseId)),
        )
        .where(and(eq(m.personId, personId), eq(instrumentResponse.instrumentId, instrumentId)))
        .orderBy(desc(m.occurredAt))
        .limit(limit);
      return rows.reverse();
    },
  };
}

async function listForPerson(
  db: Database,
  personId: string,
  options: { limit: number; before?: Date; since?: Date },
): Promise<MeetingSummaryRecord[]> {
  const rows = await db
    .select({ meeting: m, beyondRoutine: contact.beyondRoutine })
    .from(m)
    .innerJoin(contact, and(eq(contact.personId, m.personId), eq(contact.id, m.contactId)))
    .where(
      and(
        eq(m.personId, personId),
        options.before ? lt(m.occurredAt, options.before) : undefined,
        options.since ? gte(m.occurredAt, options.since) : undefined,
      ),
    )
    .orderBy(desc(m.occurredAt))
    .limit(options.limit);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.meeting.contactId);
  // One after another: inside a transaction the three share one connection.
  const present = await db
    .select({ contactId: contactWorker.contactId, id: worker.id, name: worker.name })
    .from(contactWorker)
    .innerJoin(worker, eq(worker.id, contactWorker.workerId))
    .where(and(eq(contactWorker.personId, personId), inArray(contactWorker.contactId, ids)));
  const areas = await db
    .select({ meetingId: meetingArea.meetingId, areaId: meetingArea.areaId })
    .from(meetingArea)
    .where(and(eq(meetingArea.personId, personId), inArray(meetingArea.meetingId, ids)))
    .orderBy(asc(meetingArea.position));
  const counts = await db
    .select({ meetingId: a.meetingId, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(a)
    .where(and(eq(a.personId, personId), inArray(a.meetingId, ids)))
    .groupBy(a.meetingId);
  return rows.map(({ meeting, beyondRoutine }) => ({
    ...toMeeting(meeting),
    beyondRoutine,
    workers: present.filter((p) => p.contactId === meeting.contactId).map(({ id, name }) => ({ id, name })),
    areaIds: areas.filter((area) => area.meetingId === meeting.contactId).map((area) => area.areaId),
    actionsAgreed: counts.find((count) => count.meetingId === meeting.contactId)?.n ?? 0,
  }));
}
