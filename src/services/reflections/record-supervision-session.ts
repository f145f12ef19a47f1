import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { SupervisionSessionRecord } from './ports';
import { requireReflectionAccess } from './require-reflection-access';

/** Records a supervision session with a worker: the day, and which of their shared reflections were discussed. */
export async function recordSupervisionSession(
  deps: ServiceDeps,
  input: { workerId: string; heldOn: string; note: string | null; reflectionIds: string[] },
  actor: Actor,
): Promise<SupervisionSessionRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    await requireReflectionAccess(repositories, actor, 'record_supervision', {
      workerId: input.workerId,
      sharedAt: null,
    });
    if (input.heldOn > now.toISOString().slice(0, 10))
      throw new AppError(
        'bad_request',
        'A supervision session is recorded once it has been held: choose today or an earlier day.',
        {
          field: 'heldOn',
        },
      );
    const ids = [...new Set(input.reflectionIds)];
    const shared = new Set(
      (await repositories.reflections.listForWorker(input.workerId, { sharedOnly: true })).map((e) => e.id),
    );
    const unknown = ids.filter((id) => !shared.has(id));
    if (unknown.length > 0)
      throw new AppError('bad_request', 'Only reflections this worker shared with you can be marked as discussed.', {
        field: 'reflectionIds',
        unknown,
      });
    const note = input.note?.trim() || null;
    const session: SupervisionSessionRecord = {
      id: newId(),
      workerId: input.workerId,
      supervisorAccountId: actor.accountId,
      supervisorName: actor.displayName,
      heldOn: input.heldOn,
      note,
      recordedAt: now,
      reflectionIds: ids,
    };
    await repositories.reflections.createSession(session);
    await recordAudit(repositories, actor, now, {
      action: 'supervision.record',
      detail: { sessionId: session.id, workerId: input.workerId, reflections: ids.length },
    });
    return session;
  });
}
