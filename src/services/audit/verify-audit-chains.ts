import { chainLinkProblem } from '../../domain/audit/chain-link';
import type { ServiceDeps } from '../ports';
import type { AuditScanPosition, SealedAuditEvent } from './ports';

/** The first broken link of one chain. */
export interface ChainBreak {
  chainKey: string;
  sequence: number;
  eventId: string;
  problem: string;
}

export interface AuditVerification {
  chainsChecked: number;
  eventsChecked: number;
  /** Events written but not sealed yet; they are checked once the sequencer has sealed them. */
  unsealed: number;
  /** The first broken link of each broken chain, in chain order. */
  breaks: ChainBreak[];
}

const PAGE = 5_000;

/**
 * Checks every audit chain (or one person's) link by link and names the first broken link of each.
 * Reads page by page in chain order, so memory stays flat however long the trail is. Run by the
 * operator of the database from the command line; it reads hashes, not anyone's record.
 */
export async function verifyAuditChains(
  deps: ServiceDeps,
  input: { personId?: string },
  onProgress?: (events: number) => void,
): Promise<AuditVerification> {
  const chainKey = input.personId ? `person:${input.personId}` : undefined;
  const result: AuditVerification = { chainsChecked: 0, eventsChecked: 0, unsealed: 0, breaks: [] };
  let after: AuditScanPosition | null = null;
  let previous: SealedAuditEvent | null = null;
  let isBroken = false;
  for (;;) {
    const page: SealedAuditEvent[] = await deps.uow.read((repositories) =>
      repositories.audit.scanSealed({ after, ...(chainKey ? { chainKey } : {}), limit: PAGE }),
    );
    for (const event of page) {
      if (previous?.chainKey !== event.chainKey) {
        result.chainsChecked += 1;
        previous = null;
        isBroken = false;
      }
      const problem = isBroken ? null : chainLinkProblem(previous, event);
      if (problem) {
        isBroken = true;
        result.breaks.push({ chainKey: event.chainKey, sequence: event.sequence, eventId: event.id, problem });
      }
      previous = event;
      result.eventsChecked += 1;
    }
    onProgress?.(result.eventsChecked);
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = { chainKey: last.chainKey, sequence: last.sequence };
  }
  result.unsealed = await deps.uow.read((repositories) =>
    repositories.audit.countUnsealed(chainKey ? { chainKey } : {}),
  );
  return result;
}
