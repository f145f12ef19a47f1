import type { Actor } from '../accounts/actor';
import type { BulkExportLevel } from '../bulk-export/bulk-export-rules';

export type BulkExportDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Who may start a FHIR Bulk Data export (decision 0044). Researchers: the whole organisation or any
 * team. Team managers: their own team only, as on the dashboard. Nobody else: the export is
 * pseudonymised figures material, not a way to read records.
 */
export function decideBulkExport(
  actor: Actor,
  request: { level: BulkExportLevel; teamId: string | null; managersTeamId: string | null },
): BulkExportDecision {
  if (actor.role === 'researcher') return { allowed: true };
  if (actor.role === 'team_manager') {
    if (request.level === 'group' && request.managersTeamId !== null && request.teamId === request.managersTeamId) {
      return { allowed: true };
    }
    return {
      allowed: false,
      reason: 'Team managers can export their own team only: ask for Group/<your team>/$export.',
    };
  }
  return { allowed: false, reason: 'Bulk exports are for researchers and team managers.' };
}
