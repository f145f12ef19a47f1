import type { AccessBasis } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { newId } from '../new-id';
import type { Repositories } from '../ports';

export interface AuditEntry {
  action: string;
  personId?: string | null;
  basis?: AccessBasis | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

/** Writes one audit event in the use case's transaction, so the event and the work land together. */
export async function recordAudit(
  repositories: Repositories,
  actor: Actor,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await repositories.audit.append({
    id: newId(),
    occurredAt: at,
    accountId: actor.accountId,
    actorName: actor.displayName,
    actorRole: actor.role,
    action: entry.action,
    personId: entry.personId ?? null,
    basis: entry.basis ?? null,
    reason: entry.reason ?? null,
    detail: entry.detail ?? {},
  });
}
