import type { Actor } from '../../domain/accounts/actor';
import {
  BULK_EXPORT_READ_BATCH,
  type BulkExportType,
  type ExportedRecords,
} from '../../domain/bulk-export/bulk-export-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { BulkExportPartSummary, BulkExportRecord } from './ports';

/**
 * An export belongs to the account that asked for it: anyone else is told it does not exist, so ids
 * cannot be probed. Once its time is up it is gone (410), even before the clean-up deletes it.
 */
async function ownExport(r: Repositories, deps: ServiceDeps, id: string, actor: Actor): Promise<BulkExportRecord> {
  const record = await r.bulkExports.find(id);
  if (!record || record.accountId !== actor.accountId) {
    throw new AppError('not_found', 'There is no export with that id.');
  }
  if (record.expiresAt.getTime() <= deps.now().getTime()) {
    throw new AppError('gone', 'This export has expired and its files were deleted. Start a new export.');
  }
  return record;
}

/** Where an export stands, with its files once it is written. */
export async function getBulkExportStatus(
  deps: ServiceDeps,
  input: { id: string },
  actor: Actor,
): Promise<{ record: BulkExportRecord; parts: BulkExportPartSummary[] }> {
  return deps.uow.read(async (r) => {
    const record = await ownExport(r, deps, input.id, actor);
    return { record, parts: record.status === 'completed' ? await r.bulkExports.parts(record.id) : [] };
  });
}

/**
 * One file of a written export, audited as a download: how many records it holds, and the records
 * themselves a batch at a time, read only as the caller asks for them, so sending a file never holds
 * all of it in memory (decision 0051). The batches come in the file's order; a file deleted while it
 * is read (its export deleted or expired) ends in an error rather than a short file.
 */
export async function readBulkExportPart<T extends BulkExportType>(
  deps: ServiceDeps,
  input: { id: string; resourceType: T; part: number; batchSize?: number },
  actor: Actor,
): Promise<{ count: number; batches: AsyncIterable<ExportedRecords[T][]> }> {
  const { id, count } = await deps.uow.run(async (r) => {
    const record = await ownExport(r, deps, input.id, actor);
    if (record.status !== 'completed') throw new AppError('conflict', 'This export is not written yet.');
    const records = await r.bulkExports.partCount(record.id, input.resourceType, input.part);
    if (records === null) throw new AppError('not_found', 'This export has no such file.');
    await recordAudit(r, actor, deps.now(), {
      action: 'fhir.bulk_export.download',
      detail: { export: record.id, type: input.resourceType, part: input.part, records },
    });
    return { id: record.id, count: records };
  });
  async function* batches(): AsyncGenerator<ExportedRecords[T][]> {
    const size = input.batchSize ?? BULK_EXPORT_READ_BATCH;
    for (let from = 0; from < count; from += size) {
      const batch = await deps.uow.read((r) =>
        r.bulkExports.readPartSlice(id, input.resourceType, input.part, from, size),
      );
      if (batch.length === 0) throw new AppError('gone', 'This export was deleted while its file was read.');
      yield batch as ExportedRecords[T][];
    }
  }
  return { count, batches: batches() };
}

/** The client is done with an export, or no longer wants it: it and its files are deleted. */
export async function deleteBulkExport(deps: ServiceDeps, input: { id: string }, actor: Actor): Promise<void> {
  await deps.uow.run(async (r) => {
    const record = await r.bulkExports.find(input.id);
    if (!record || record.accountId !== actor.accountId) {
      throw new AppError('not_found', 'There is no export with that id.');
    }
    await r.bulkExports.delete(record.id);
    await recordAudit(r, actor, deps.now(), { action: 'fhir.bulk_export.delete', detail: { export: record.id } });
  });
}
