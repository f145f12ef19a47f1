import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import type { AccessBasis } from '../../domain/access/person-access-policy';
import { recordAudit } from '../audit/record-audit';
import { handOverCareCoordination } from '../care-team/change-care-coordinator';
import type { Repositories, ServiceDeps } from '../ports';
import { loadHandover, requirePlanned, requireVersion } from './load-handover';
import type { HandoverView } from './ports';

/**
 * Completes a planned handover: the care coordinator changes through the care-team code, on the
 * planned day or, when confirmed early, today. The new coordinator's membership carries both
 * notes: the outgoing worker's and the person's own words.
 */
export async function completeHandover(
  deps: ServiceDeps,
  input: { handoverId: string; version: number },
  actor: Actor,
): Promise<HandoverView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { handover, access } = await loadHandover(r, actor, input.handoverId, 'plan_handover', now);
    requirePlanned(handover);
    requireVersion(handover, input.version);
    return complete(r, actor, access.basis, handover, now);
  });
}

/**
 * Completes every planned handover whose day has come; run by each server as days pass. Each in a
 * transaction of its own: one that cannot complete (its new worker left, or another server
 * completed it a moment earlier) is reported and does not hold up the rest.
 */
export async function completeDueHandovers(
  deps: ServiceDeps,
  actor: Actor,
  onError: (error: unknown) => void = () => undefined,
): Promise<number> {
  const now = deps.now();
  const due = await deps.uow.read((r) => r.handovers.listDue(isoDate(now), 100));
  let completed = 0;
  for (const { id } of due) {
    try {
      const done = await deps.uow.run(async (r) => {
        const handover = await r.handovers.findById(id);
        if (!handover || handover.status !== 'planned') return false;
        await complete(r, actor, 'administration', handover, now);
        return true;
      });
      if (done) completed += 1;
    } catch (error) {
      onError(error);
    }
  }
  return completed;
}

/** How often each server looks for handovers whose day has come. */
export const DUE_HANDOVERS_EVERY_MS = 15 * 60_000;

/** Completes due handovers now and then every `everyMs`, until stopped. */
export function scheduleDueHandovers(
  deps: ServiceDeps,
  actor: Actor,
  options: { everyMs?: number; onError?: (error: unknown) => void } = {},
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return;
    running = completeDueHandovers(deps, actor, options.onError)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, options.everyMs ?? DUE_HANDOVERS_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

async function complete(
  r: Repositories,
  actor: Actor,
  basis: AccessBasis,
  handover: HandoverView,
  now: Date,
): Promise<HandoverView> {
  const today = isoDate(now);
  const on = handover.handoverOn < today ? handover.handoverOn : today;
  const { current, started } = await handOverCareCoordination(r, {
    personId: handover.personId,
    newWorkerId: handover.toWorkerId,
    on,
    reason: handover.reason,
    handoverNote: combinedNote(handover),
  });
  const change = { status: 'completed' as const, closedAt: now, startedMembershipId: started.id, handoverOn: on };
  if (!(await r.handovers.update(handover.id, handover.version, change)))
    throw new AppError('conflict', 'This handover was changed at the same moment. Reload, then try again.');
  await recordAudit(r, actor, now, {
    action: 'handover.complete',
    personId: handover.personId,
    basis,
    detail: { handoverId: handover.id, from: current?.workerId ?? null, to: handover.toWorkerId, on },
  });
  return { ...handover, ...change, version: handover.version + 1 };
}

/** What the new coordinator reads: the outgoing worker's note, then the person's own words. */
function combinedNote(handover: HandoverView): string | null {
  const parts = [
    handover.workerNote ? `${handover.fromWorkerName ?? handover.plannedByName}: ${handover.workerNote}` : null,
    handover.personNote ? `What ${handover.personName} wants their new worker to know: ${handover.personNote}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('\n\n') : null;
}
