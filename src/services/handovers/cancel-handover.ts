import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { loadHandover, requirePlanned, requireVersion } from './load-handover';
import type { HandoverView } from './ports';

/** Cancels a planned handover; the care team stays as it is. */
export async function cancelHandover(
  deps: ServiceDeps,
  input: { handoverId: string; version: number },
  actor: Actor,
): Promise<HandoverView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { handover, access } = await loadHandover(r, actor, input.handoverId, 'plan_handover', now);
    requirePlanned(handover);
    requireVersion(handover, input.version);
    const change = { status: 'cancelled' as const, closedAt: now };
    if (!(await r.handovers.update(handover.id, handover.version, change)))
      throw new AppError('conflict', 'This handover was changed at the same moment. Reload, then try again.');
    await recordAudit(r, actor, now, {
      action: 'handover.cancel',
      personId: handover.personId,
      basis: access.basis,
      detail: { handoverId: handover.id },
    });
    return { ...handover, ...change, version: handover.version + 1 };
  });
}
