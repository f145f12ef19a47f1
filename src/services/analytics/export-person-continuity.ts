import type { Actor } from '../../domain/accounts/actor';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { resolveWindow } from './analytics-window';
import type { PersonContinuityFigures } from './ports';

/**
 * Every person's continuity indices over a period, for the command line: the people with at
 * least one contact in the period, by person id, as the CSV route gives them. For
 * administrators (the command line runs as the system); audited with the row count.
 */
export async function exportPersonContinuity(
  deps: ServiceDeps,
  input: { from?: string; to?: string },
  actor: Actor,
): Promise<PersonContinuityFigures[]> {
  requireRole(actor, ['admin'], 'Per-person continuity for the whole organisation is for administrators.');
  const window = resolveWindow(input, deps.now());
  const people = await deps.analytics.personContinuity(window, {}, { onlyWithContacts: true });
  await deps.uow.run((r) =>
    recordAudit(r, actor, deps.now(), {
      action: 'analytics.export',
      detail: { kind: 'continuity-jsonl', rows: people.length, from: window.from, to: window.to },
    }),
  );
  return people;
}
