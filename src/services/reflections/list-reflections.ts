import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { ReflectionRecord, ReflectionReplyRecord, SupervisionSessionRecord } from './ports';
import { requireReflectionAccess } from './require-reflection-access';

export interface ReflectiveLog {
  workerId: string;
  workerName: string;
  isOwnLog: boolean;
  entries: (ReflectionRecord & { replies: ReflectionReplyRecord[] })[];
  sessions: SupervisionSessionRecord[];
}

/**
 * A reflective log: the whole of one's own, or, for a supervisor, only the entries the worker
 * shared with them, each with its replies, and the supervision sessions held.
 */
export async function listReflections(
  deps: ServiceDeps,
  input: { workerId?: string },
  actor: Actor,
): Promise<ReflectiveLog> {
  const workerId = input.workerId ?? actor.workerId;
  if (!workerId) throw new AppError('forbidden', 'Only workers keep a reflective log.');
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    const isOwnLog = workerId === actor.workerId;
    // A supervisor asks for the shared part of the log only: the policy decides on that part.
    const { worker } = await requireReflectionAccess(repositories, actor, 'read', {
      workerId,
      sharedAt: isOwnLog ? null : now,
    });
    const entries = await repositories.reflections.listForWorker(workerId, { sharedOnly: !isOwnLog });
    const replies = await repositories.reflections.listReplies(entries.map((e) => e.id));
    const shown = new Set(entries.map((e) => e.id));
    const sessions = (await repositories.reflections.listSessions(workerId)).map((s) => ({
      ...s,
      reflectionIds: s.reflectionIds.filter((id) => shown.has(id)),
    }));
    await recordAudit(repositories, actor, now, {
      action: 'reflections.read',
      detail: { workerId, entries: entries.length },
    });
    return {
      workerId,
      workerName: worker.name,
      isOwnLog,
      entries: entries.map((e) => ({ ...e, replies: replies.filter((r) => r.reflectionId === e.id) })),
      sessions,
    };
  });
}
