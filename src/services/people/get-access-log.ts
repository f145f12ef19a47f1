import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { AuditEventRecord } from '../audit/ports';
import type { ServiceDeps } from '../ports';

/** The most entries one request returns; older ones come page by page. */
export const ACCESS_LOG_LIMIT = 200;

export interface AccessLogEntry {
  /** With `at`, where the next page starts. */
  id: string;
  at: Date;
  who: string;
  role: string;
  isYou: boolean;
  action: string;
  basis: string | null;
  reason: string | null;
}

/** "Who opened my record": every access to the person's record, newest first, with reasons, a page at a time. */
export async function getAccessLog(
  deps: ServiceDeps,
  input: { personId: string; before?: { occurredAt: Date; id: string }; limit?: number },
  actor: Actor,
): Promise<AccessLogEntry[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_access_log', now);
    const events = await repositories.audit.listForPerson(person.id, { limit: Math.min(input.limit ?? ACCESS_LOG_LIMIT, ACCESS_LOG_LIMIT), before: input.before });
    await recordAudit(repositories, actor, now, { action: 'access_log.read', personId: person.id, basis });
    return events.map((event) => toEntry(event, actor));
  });
}

function toEntry(event: AuditEventRecord, actor: Actor): AccessLogEntry {
  return {
    id: event.id,
    at: event.occurredAt,
    who: event.actorName,
    role: event.actorRole,
    isYou: event.accountId === actor.accountId,
    action: event.action,
    basis: event.basis,
    reason: event.reason,
  };
}
