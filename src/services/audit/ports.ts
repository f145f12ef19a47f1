import type { AccessBasis } from '../../domain/access/person-access-policy';

/** What a use case records; the sequencer later gives it its place in the chain (ADR 0018). */
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

/** A stored event. Sequence and hashes are null until the sequencer has sealed it, usually within a second. */
export interface AuditEventRecord extends NewAuditEvent {
  chainKey: string;
  sequence: number | null;
  previousHash: string | null;
  hash: string | null;
  hashVersion: number | null;
}

/** A sealed event: its place in the chain is fixed. */
export interface SealedAuditEvent extends AuditEventRecord {
  sequence: number;
  previousHash: string;
  hash: string;
}

/** Where a scan of the sealed events stopped, to carry on from. */
export interface AuditScanPosition {
  chainKey: string;
  sequence: number;
}

export interface AuditRepository {
  /** One insert, no lock: safe to call from any number of requests at once. */
  append(event: NewAuditEvent): Promise<AuditEventRecord>;
  /** Sealed and not-yet-sealed events about a person alike, newest first; with `before`, only events older than that one (its time and id). */
  listForPerson(
    personId: string,
    options: { limit: number; before?: { occurredAt: Date; id: string } },
  ): Promise<AuditEventRecord[]>;
  /** A whole chain: sealed events in sequence order, then those still waiting, oldest first. */
  listChain(chainKey: string): Promise<AuditEventRecord[]>;
  /** Sealed events after a position, ordered by chain and sequence; for verifying every chain. */
  scanSealed(options: {
    after: AuditScanPosition | null;
    chainKey?: string;
    limit: number;
  }): Promise<SealedAuditEvent[]>;
  /** How many events wait to be sealed (in one chain, or in all). */
  countUnsealed(options: { chainKey?: string }): Promise<number>;
}
