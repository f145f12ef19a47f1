import { and, asc, desc, eq, gte, inArray, lt, or, Param, sql, type SQL } from 'drizzle-orm';
import type {
  ImportedInstrumentRecord,
  InstrumentOfferRecord,
  InstrumentRepository,
  InstrumentResponseRecord,
  ResponseListQuery,
  ResponsePurpose,
  WordingRecord,
} from '../services/instruments/ports';
import type { Database } from './database';
import {
  importedInstrument,
  instrumentOffer,
  instrumentResponse,
  instrumentWording,
} from './schema/instruments.schema';

const toResponse = (row: typeof instrumentResponse.$inferSelect): InstrumentResponseRecord => ({
  id: row.id,
  personId: row.personId,
  instrumentId: row.instrumentId,
  version: row.instrumentVersion,
  purpose: row.purpose as ResponsePurpose,
  meetingId: row.meetingId,
  answers: row.answers,
  scores: row.scores,
  completedAt: row.completedAt,
  recordedByAccountId: row.recordedByAccountId,
});

const toRow = ({ version, ...rest }: InstrumentResponseRecord): typeof instrumentResponse.$inferInsert => ({
  ...rest,
  instrumentVersion: version,
});

const toWording = (row: typeof instrumentWording.$inferSelect): WordingRecord => ({
  instrumentId: row.instrumentId,
  version: row.version,
  items: row.items,
  ...(row.scoringKey ? { scoringKey: row.scoringKey } : {}),
  loadedAt: row.loadedAt,
  loadedByAccountId: row.loadedByAccountId,
});

// Bulk loads send one array per column and let PostgreSQL unnest them, as contacts do; answers
// and scores travel as JSON text cast to jsonb.
const BATCH = 5_000;
const array = (values: unknown[]) => new Param(values);

async function insertResponses(db: Database, batch: InstrumentResponseRecord[]): Promise<void> {
  await db.execute(sql`
    insert into instrument_response (id, person_id, instrument_id, instrument_version, purpose, meeting_id, answers, scores, completed_at, recorded_by_account_id)
    select * from unnest(
      ${array(batch.map((r) => r.id))}::uuid[], ${array(batch.map((r) => r.personId))}::uuid[],
      ${array(batch.map((r) => r.instrumentId))}::text[], ${array(batch.map((r) => r.version))}::text[],
      ${array(batch.map((r) => r.purpose))}::text[], ${array(batch.map((r) => r.meetingId))}::uuid[],
      ${array(batch.map((r) => JSON.stringify(r.answers)))}::jsonb[], ${array(batch.map((r) => JSON.stringify(r.scores)))}::jsonb[],
      ${array(batch.map((r) => r.completedAt.toISOString()))}::timestamptz[], ${array(batch.map((r) => r.recordedByAccountId))}::uuid[])`);
}

/** Instrument responses about people, and wording files for licensed instruments. */
export function createInstrumentRepository(db: Database): InstrumentRepository {
  return {
    createResponse: async (response) => void (await db.insert(instrumentResponse).values(toRow(response))),
    createResponses: async (responses) => {
      for (let i = 0; i < responses.length; i += BATCH) await insertResponses(db, responses.slice(i, i + BATCH));
    },
    findResponse: async (personId, id) => {
      const rows = await db
        .select()
        .from(instrumentResponse)
        .where(and(eq(instrumentResponse.personId, personId), eq(instrumentResponse.id, id)));
      return rows[0] ? toResponse(rows[0]) : null;
    },
    listResponses: async (personId, query) => {
      const rows = await db
        .select()
        .from(instrumentResponse)
        .where(and(eq(instrumentResponse.personId, personId), ...responseConditions(query)))
        .orderBy(desc(instrumentResponse.completedAt), desc(instrumentResponse.id))
        .limit(query.limit);
      return rows.map(toResponse);
    },
    saveWording: async (wording) => {
      const { instrumentId, version, loadedAt, loadedByAccountId } = wording;
      const rest = {
        items: wording.items.map(({ id, text }) => ({ id, text })),
        scoringKey: wording.scoringKey
          ? {
              subscales: wording.scoringKey.subscales.map(({ id, itemIds }) => ({ id, itemIds: [...itemIds] })),
              reverseKeyedItemIds: [...wording.scoringKey.reverseKeyedItemIds],
            }
          : null,
        loadedAt,
        loadedByAccountId,
      };
      await db
        .insert(instrumentWording)
        .values({ instrumentId, version, ...rest })
        .onConflictDoUpdate({ target: [instrumentWording.instrumentId, instrumentWording.version], set: rest });
    },
    listWordings: async () =>
      (await db.select().from(instrumentWording).orderBy(asc(instrumentWording.instrumentId))).map(toWording),
    findWording: async (instrumentId, version) => {
      const rows = await db
        .select()
        .from(instrumentWording)
        .where(and(eq(instrumentWording.instrumentId, instrumentId), eq(instrumentWording.version, version)));
      return rows[0] ? toWording(rows[0]) : null;
    },
    saveImported: async ({ definition, importedAt, importedByAccountId }) => {
      const saved = await db
        .insert(importedInstrument)
        .values({
          instrumentId: definition.id,
          version: definition.version,
          definition,
          importedAt,
          importedByAccountId,
        })
        .onConflictDoNothing()
        .returning({ id: importedInstrument.instrumentId });
      return saved.length === 1;
    },
    findImported: async (instrumentId, version) => {
      const rows = await db
        .select()
        .from(importedInstrument)
        .where(and(eq(importedInstrument.instrumentId, instrumentId), eq(importedInstrument.version, version)));
      return rows[0] ? toImported(rows[0]) : null;
    },
    listImported: async () =>
      (
        await db
          .select()
          .from(importedInstrument)
          .orderBy(asc(importedInstrument.instrumentId), asc(importedInstrument.importedAt))
      ).map(toImported),
    listOffers: async () =>
      (await db.select().from(instrumentOffer).orderBy(asc(instrumentOffer.instrumentId))).map(toOffer),
    saveOffer: async (change, expectedRevision) => {
      const set = { ...change, revision: expectedRevision + 1 };
      const rows =
        expectedRevision === 0
          ? await db.insert(instrumentOffer).values(set).onConflictDoNothing().returning()
          : await db
              .update(instrumentOffer)
              .set(set)
              .where(
                and(
                  eq(instrumentOffer.instrumentId, change.instrumentId),
                  eq(instrumentOffer.revision, expectedRevision),
                ),
              )
              .returning();
      return rows[0] ? toOffer(rows[0]) : null;
    },
  };
}

const toOffer = (row: typeof instrumentOffer.$inferSelect): InstrumentOfferRecord => ({
  instrumentId: row.instrumentId,
  offered: row.offered,
  revision: row.revision,
  changedAt: row.changedAt,
  changedByAccountId: row.changedByAccountId,
});

const toImported = (row: typeof importedInstrument.$inferSelect): ImportedInstrumentRecord => ({
  definition: row.definition,
  importedAt: row.importedAt,
  importedByAccountId: row.importedByAccountId,
});

function responseConditions(query: ResponseListQuery): (SQL | undefined)[] {
  const r = instrumentResponse;
  return [
    query.instruments &&
      or(
        ...query.instruments.map(({ instrumentId, version }) =>
          and(eq(r.instrumentId, instrumentId), version === undefined ? undefined : eq(r.instrumentVersion, version)),
        ),
        sql`false`,
      ),
    query.from && gte(r.completedAt, query.from),
    query.until && lt(r.completedAt, query.until),
    query.ids && (query.ids.length === 0 ? sql`false` : inArray(r.id, [...query.ids])),
    query.after &&
      or(
        lt(r.completedAt, query.after.completedAt),
        and(eq(r.completedAt, query.after.completedAt), lt(r.id, query.after.id)),
      ),
  ];
}
