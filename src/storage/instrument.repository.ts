import { and, asc, eq } from 'drizzle-orm';
import type { InstrumentRepository, InstrumentResponseRecord, ResponsePurpose, WordingRecord } from '../services/instruments/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { instrumentResponse, instrumentWording } from './meetings.schema';

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

const toRow = ({ version, ...rest }: InstrumentResponseRecord): typeof instrumentResponse.$inferInsert => ({ ...rest, instrumentVersion: version });

const toWording = (row: typeof instrumentWording.$inferSelect): WordingRecord => ({
  instrumentId: row.instrumentId,
  version: row.version,
  items: row.items,
  loadedAt: row.loadedAt,
  loadedByAccountId: row.loadedByAccountId,
});

/** Instrument responses about people, and wording files for licensed instruments. */
export function createInstrumentRepository(db: Database): InstrumentRepository {
  return {
    createResponse: async (response) => void (await db.insert(instrumentResponse).values(toRow(response))),
    createResponses: (responses) => inBatches(responses.map(toRow), (batch) => db.insert(instrumentResponse).values(batch)),
    findResponse: async (personId, id) => {
      const rows = await db.select().from(instrumentResponse).where(and(eq(instrumentResponse.personId, personId), eq(instrumentResponse.id, id)));
      return rows[0] ? toResponse(rows[0]) : null;
    },
    saveWording: async (wording) => {
      const { instrumentId, version, loadedAt, loadedByAccountId } = wording;
      const rest = { items: wording.items.map(({ id, text }) => ({ id, text })), loadedAt, loadedByAccountId };
      await db
        .insert(instrumentWording)
        .values({ instrumentId, version, ...rest })
        .onConflictDoUpdate({ target: [instrumentWording.instrumentId, instrumentWording.version], set: rest });
    },
    listWordings: async () => (await db.select().from(instrumentWording).orderBy(asc(instrumentWording.instrumentId))).map(toWording),
    findWording: async (instrumentId, version) => {
      const rows = await db
        .select()
        .from(instrumentWording)
        .where(and(eq(instrumentWording.instrumentId, instrumentId), eq(instrumentWording.version, version)));
      return rows[0] ? toWording(rows[0]) : null;
    },
  };
}
