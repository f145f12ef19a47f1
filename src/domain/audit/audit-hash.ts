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
  chainKey: string;
  actorName: string;
  actorRole: string;
  basis: string | null;
}

/** The hash of the first event in a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Version 1 (events sealed before ADR 0018) left out who acted, in what role, on what basis and in
 * which chain; version 2 commits to every field "who opened my record" shows.
 */
export type AuditHashVersion = 1 | 2;
export const AUDIT_HASH_VERSION: AuditHashVersion = 2;

/**
 * SHA-256 over the previous event's hash and this event's fields, so that removing or editing
 * any event breaks every hash after it. Chains are kept per person (see ADR 0004), so writes
 * for different people never wait on each other.
 */
export function auditHash(
  previousHash: string,
  event: HashableAuditEvent,
  version: AuditHashVersion = AUDIT_HASH_VERSION,
): string {
  const fields: unknown[] = [
    previousHash,
    event.id,
    event.occurredAt.toISOString(),
    event.accountId,
    event.action,
    event.personId,
    event.reason,
    sortKeys(event.detail),
  ];
  if (version === 2) fields.push(event.chainKey, event.actorName, event.actorRole, event.basis);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

function sortKeys(value: Record<string, unknown>): [string, unknown][] {
  return Object.keys(value)
    .sort()
    .map((key) => [key, value[key]]);
}
