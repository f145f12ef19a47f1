import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { ReflectionRecord } from './ports';
import { requireReflectionAccess } from './require-reflection-access';

/** Shares one entry of the worker's own log with their supervisor, who can then read and answer it. */
export async function shareReflection(
  deps: ServiceDeps,
  input: { reflectionId: string },
  actor: Actor,
): Promise<ReflectionRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const found = await repositories.reflections.findById(input.reflectionId);
    if (!found) throw new AppError('not_found', 'There is no reflection with that id that you can see.');
    await requireReflectionAccess(repositories, actor, 'share', found);
    if (found.sharedAt !== null) return found;
    await repositories.reflections.share(found.id, now);
    await recordAudit(repositories, actor, now, {
      action: 'reflection.share',
      detail: { reflectionId: found.id, workerId: found.workerId },
    });
    return { ...found, sharedAt: now };
  });
}
