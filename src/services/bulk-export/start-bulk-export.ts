import type { Actor } from '../../domain/accounts/actor';
import { decideBulkExport } from '../../domain/access/bulk-export-access-policy';
import {
  BULK_EXPORT_KEEP_HOURS,
  type BulkExportLevel,
  parseBulkExportSince,
  parseBulkExportTypes,
} from '../../domain/bulk-export/bulk-export-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { BulkExportRecord } from './ports';

export interface StartBulkExportInput {
  level: BulkExportLevel;
  /** The team, for a group-level export (FHIR's Group is a team in Tandem). */
  groupId?: string;
  /** `_type` as sent. */
  types?: string;
  /** `_since` as sent. */
  since?: string;
  requestUrl: string;
}

/**
 * Kicks off a FHIR Bulk Data export: checks who asks and what, and queues it for a server to write
 * (see runBulkExports). Audited with what was asked.
 */
export async function startBulkExport(
  deps: ServiceDeps,
  input: StartBulkExportInput,
  actor: Actor,
): Promise<BulkExportRecord> {
  const now = deps.now();
  const resourceTypes = parseBulkExportTypes(input.types);
  const since = parseBulkExportSince(input.since, now);
  return deps.uow.run(async (r) => {
    const team = input.level === 'group' ? await r.organisation.findTeam(input.groupId ?? '') : null;
    if (input.level === 'group' && !team) throw new AppError('not_found', 'There is no group (team) with that id.');
    const manager =
      actor.role === 'team_manager' && actor.workerId ? await r.organisation.findWorker(actor.workerId) : null;
    const decision = decideBulkExport(actor, {
      level: input.level,
      teamId: team?.id ?? null,
      managersTeamId: manager?.teamId ?? null,
    });
    if (!decision.allowed) throw new AppError('forbidden', decision.reason);
    const record: BulkExportRecord = {
      id: newId(),
      accountId: actor.accountId,
      level: input.level,
      groupId: team?.id ?? null,
      resourceTypes,
      since,
      status: 'pending',
      requestUrl: input.requestUrl,
      requestedAt: now,
      startedAt: null,
      transactionTime: null,
      completedAt: null,
      expiresAt: new Date(now.getTime() + BULK_EXPORT_KEEP_HOURS * 3_600_000),
      error: null,
    };
    await r.bulkExports.create(record);
    await recordAudit(r, actor, now, {
      action: 'fhir.bulk_export.start',
      detail: { export: record.id, level: record.level, group: record.groupId, types: resourceTypes, since },
    });
    return record;
  });
}
