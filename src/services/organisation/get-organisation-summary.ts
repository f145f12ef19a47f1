import type { Actor } from '../../domain/accounts/actor';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { OrganisationCounts } from './ports';

/** Size of the service over the last 12 months, with no one identifiable: for researchers, managers and administrators. */
export async function getOrganisationSummary(
  deps: ServiceDeps,
  actor: Actor,
): Promise<OrganisationCounts & { since: string }> {
  requireRole(
    actor,
    ['researcher', 'team_manager', 'admin'],
    'This summary is for researchers, managers and administrators.',
  );
  return deps.uow.run(async (r) => {
    const since = deps.now();
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    const counts = await r.organisation.counts(since);
    await recordAudit(r, actor, deps.now(), { action: 'organisation.summary' });
    return { ...counts, since: since.toISOString() };
  });
}
