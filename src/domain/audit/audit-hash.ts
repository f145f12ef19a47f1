import { createHash } from 'node:crypto';

/** The fields of an audit event that its hash commits to. */
export interface HashableAuditEvent {
  id: string;
  occurredAt: Date;
  accountId: string | null;
  action: string;
  personId: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
}

/** The hash of the first event in a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over the previous event's hash and this event's fields, so that removing or editing
 * any event breaks every hash after it. Chains are kept per person (see ADR 0004), so writes
 * for different people never wait on each other.
 */
export function auditHash(previousHash: string, event: HashableAuditEvent): string {
  const canonical = JSON.stringify([
    previousHash,
    event.id,
    event.occurredAt.toISOString(),
    event.accountId,
    event.action,
    event.personId,
    event.reason,
    sortKeys(event.detail),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function sortKeys(value: Record<string, unknown>): [string, unknown][] {
  return Object.keys(value)
    .sort()
    .map((key) => [key, value[key]]);
}
