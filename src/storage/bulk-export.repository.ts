import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { BulkExportType } from '../domain/bulk-export/bulk-export-rules';
import type { BulkExportRecord, BulkExportRepository } from '../services/bulk-export/ports';
import type { Database } from './database';
import { rawRows } from './raw-rows';
import { bulkExport, bulkExportPart } from './schema/bulk-export.schema';

const toRecord = (row: typeof bulkExport.$inferSelect): BulkExportRecord => ({
  ...row,
  level: row.level as BulkExportRecord['level'],
  status: row.status as BulkExportRecord['status'],
  resourceTypes: row.resourceTypes as BulkExportType[],
});

/** FHIR Bulk Data exports and their files (decision 0044). */
export function createBulkExportRepository(db: Database): BulkExportRepository {
  return {
    create: async (record) => void (await db.insert(bulkExport).values(record)),
    find: async (id) => (await db.select().from(bulkExport).where(eq(bulkExport.id, id))).map(toRecord)[0] ?? null,
    claimNext: async (now, staleBefore) => {
      const rows = await rawRows<{ id: string }>(
        db,
        sql`
        select id from bulk_export
         where status = 'pending' or (status = 'running' and started_at < ${staleBefore.toISOString()}::timestamptz)
         order by requested_at, id
         limit 1
         for update skip locked`,
      );
      const id = rows[0]?.id;
      if (!id) return null;
      // The transaction time is the database's clock, the one that stamped the rows exported.
      const claimed = await db
        .update(bulkExport)
        .set({ status: 'running', startedAt: now, transactionTime: sql`now()` })
        .where(eq(bulkExport.id, id))
        .returning();
      return claimed.map(toRecord)[0] ?? null;
    },
    clearParts: async (id) => void (await db.delete(bulkExportPart).where(eq(bulkExportPart.exportId, id))),
    addPart: async (id, resourceType, part, records, first = 0) =>
      void (await db
        .insert(bulkExportPart)
        .values({ exportId: id, resourceType, part, firstRecord: first, count: records.length, records })),
    complete: async (id, at, expiresAt) =>
      void (await db
        .update(bulkExport)
        .set({ status: 'completed', completedAt: at, expiresAt })
        .where(and(eq(bulkExport.id, id), eq(bulkExport.status, 'running')))),
    fail: async (id, at, error, expiresAt) =>
      void (await db
        .update(bulkExport)
        .set({ status: 'failed', completedAt: at, error, expiresAt })
        .where(eq(bulkExport.id, id))),
    // A file is stored as one slice or several (decision 0052): its count is theirs together.
    parts: async (id) =>
      (
        await db
          .select({
            resourceType: bulkExportPart.resourceType,
            part: bulkExportPart.part,
            count: sql<number>`sum(${bulkExportPart.count})::int`.mapWith(Number),
          })
          .from(bulkExportPart)
          .where(eq(bulkExportPart.exportId, id))
          .groupBy(bulkExportPart.resourceType, bulkExportPart.part)
          .orderBy(asc(bulkExportPart.resourceType), asc(bulkExportPart.part))
      ).map((row) => ({ ...row, resourceType: row.resourceType as BulkExportType })),
    partCount: async (id, resourceType, part) =>
      (
        await db
          .select({ count: sql<number | null>`sum(${bulkExportPart.count})::int`.mapWith(Number) })
          .from(bulkExportPart)
          .where(
            and(
              eq(bulkExportPart.exportId, id),
              eq(bulkExportPart.resourceType, resourceType),
              eq(bulkExportPart.part, part),
            ),
          )
      )[0]?.count ?? null,
    // Only the slices that overlap the range are read, and only the range's elements leave the database.
    readPartSlice: async (id, resourceType, part, from, limit) =>
      (
        await rawRows<{ record: unknown }>(
          db,
          sql`
          select s.record
            from bulk_export_part p,
                 jsonb_path_query(p.records, '$[$from to $last]',
                                  jsonb_build_object('from', greatest(${from}::int - p.first_record, 0),
                                                     'last', least(${from + limit - 1}::int - p.first_record, p.count - 1)))
                   with ordinality as s(record, n)
           where p.export_id = ${id} and p.resource_type = ${resourceType} and p.part = ${part}
             and p.first_record <= ${from + limit - 1}::int and p.first_record + p.count > ${from}::int
           order by p.first_record, s.n`,
        )
      ).map((row) => row.record),
    delete: async (id) =>
      (await db.delete(bulkExport).where(eq(bulkExport.id, id)).returning({ id: bulkExport.id })).length === 1,
    deleteExpired: async (now) =>
      (await db.delete(bulkExport).where(lte(bulkExport.expiresAt, now)).returning({ id: bulkExport.id })).length,
  };
}
