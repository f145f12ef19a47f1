import type { AccessBasis } from '../../domain/access/person-access-policy';

/** What a use case records; the repository adds the chain position and hashes. */
export interface NewAuditEvent {
  id: string;
  occurredAt: Date;
  accountId: string | null;
  actorName: string;
  actorRole: string;
  action: string;
  personId: string | null;
  basis: AccessBasis | null;
  reason: string | null;
  detail: Record<string, unknown>;
}

export interface AuditEventRecord extends NewAuditEvent {
  chainKey: string;
  sequence: number;
  previousHash: string;
  hash: string;
}

export interface AuditRepository {
  append(event: NewAuditEvent): Promise<AuditEventRecord>;
  /** Newest first; with `before`, only events older than that one (its time and id). */
  listForPerson(personId: string, options: { limit: number; before?: { occurredAt: Date; id: string } }): Promise<AuditEventRecord[]>;
  listChain(chainKey: string): Promise<AuditEventRecord[]>;
}
