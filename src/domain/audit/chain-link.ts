import { auditHash, GENESIS_HASH, type AuditHashVersion, type HashableAuditEvent } from './audit-hash';

/** A sealed event as the chain check needs it. */
export interface ChainedEvent extends HashableAuditEvent {
  sequence: number;
  previousHash: string;
  hash: string;
  hashVersion: number | null;
}

/**
 * What is wrong with the link from `previous` (null at the start of a chain) to `event`, in plain
 * words, or null when the link holds. Checked in this order so the first problem named is the
 * cause: a missing event, then an event out of place, then an edited event.
 *
 * @example chainLinkProblem(null, first) // null for an untouched first event
 */
export function chainLinkProblem(
  previous: Pick<ChainedEvent, 'sequence' | 'hash'> | null,
  event: ChainedEvent,
): string | null {
  const expectedSequence = (previous?.sequence ?? 0) + 1;
  if (event.sequence !== expectedSequence) {
    return previous
      ? `sequence jumps from ${previous.sequence} to ${event.sequence}: an event is missing or was moved`
      : `the chain starts at sequence ${event.sequence}, not 1: an earlier event is missing`;
  }
  if (event.previousHash !== (previous?.hash ?? GENESIS_HASH)) {
    return 'it does not link to the event before it: events were reordered, removed or replaced';
  }
  if (auditHash(event.previousHash, event, (event.hashVersion ?? 1) as AuditHashVersion) !== event.hash) {
    return 'its contents no longer match its hash: the event was edited';
  }
  return null;
}
