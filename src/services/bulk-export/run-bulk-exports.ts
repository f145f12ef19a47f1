import {
  BULK_EXPORT_KEEP_HOURS,
  BULK_EXPORT_PART_SIZE,
  BULK_EXPORT_READ_BATCH,
  BULK_EXPORT_STALE_MINUTES,
} from '../../domain/bulk-export/bulk-export-rules';
import type { ServiceDeps } from '../ports';
import type { BulkExportFile, BulkExportRecord } from './ports';

/**
 * Writes every export waiting to be written, one after the other, and deletes those whose time is
 * up. Every server process calls it now and then; SKIP LOCKED gives each export to one of them.
 * Records are read a page at a time from the analytics reader (a replica when there is one) and
 * written as one file per page, a slice of a few hundred records at a time, each slice in its own
 * transaction, so a large export never holds a transaction open nor a whole file in memory. Returns how many exports were finished.
 */
export async function runBulkExports(
  deps: ServiceDeps,
  options: { partSize?: number; sliceSize?: number; onFailure?: (error: unknown) => void } = {},
): Promise<number> {
  await deps.uow.run((r) => r.bulkExports.deleteExpired(deps.now()));
  let finished = 0;
  for (;;) {
    const now = deps.now();
    const next = await deps.uow.run((r) =>
      r.bulkExports.claimNext(now, new Date(now.getTime() - BULK_EXPORT_STALE_MINUTES * 60_000)),
    );
    if (!next) return finished;
    try {
      await writeExport(
        deps,
        next,
        options.partSize ?? BULK_EXPORT_PART_SIZE,
        options.sliceSize ?? BULK_EXPORT_READ_BATCH,
      );
      finished += 1;
    } catch (error) {
      // The client is told plainly; what went wrong (which may quote a query) goes to the log only.
      options.onFailure?.(error);
      const at = deps.now();
      await deps.uow.run((r) => r.bulkExports.fail(next.id, at, FAILED, keptUntil(at)));
    }
  }
}

async function writeExport(
  deps: ServiceDeps,
  job: BulkExportRecord,
  partSize: number,
  sliceSize: number,
): Promise<void> {
  // Records written after the export started are left for the next one (`_since` finds them).
  const until = job.transactionTime ?? job.startedAt ?? deps.now();
  const scope = job.groupId ? { teamIds: [job.groupId] } : {};
  // A run taken up again after its server stopped starts from the beginning.
  await deps.uow.run((r) => r.bulkExports.clearParts(job.id));
  for (const type of job.resourceTypes) {
    let after: string | null = null;
    for (let part = 1; ; part += 1) {
      const file: BulkExportFile<typeof type> | null = await deps.analytics.bulkExportPage(type, {
        scope,
        since: job.since,
        until,
        after,
        limit: partSize,
      });
      if (!file) break;
      // A slice at a time, each stored as it is read: the server never holds a whole file (decision 0052).
      let first = 0;
      for await (const slice of file.slices(sliceSize)) {
        await deps.uow.run((r) => r.bulkExports.addPart(job.id, type, part, slice, first));
        first += slice.length;
      }
      if (file.count < partSize) break;
      after = file.last;
    }
  }
  const at = deps.now();
  await deps.uow.run((r) => r.bulkExports.complete(job.id, at, keptUntil(at)));
}

const FAILED = 'The export could not be written. Start it again; if it fails again, tell your administrator.';
const keptUntil = (at: Date) => new Date(at.getTime() + BULK_EXPORT_KEEP_HOURS * 3_600_000);
