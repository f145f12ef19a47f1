import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { DeliveryLine } from './college-admin-ports';
import type { TrainerRecord } from './ports';
import { requireCollegeAccess } from './require-college-access';

export interface SessionDelivery {
  /** The trainers planned for the session. */
  planned: DeliveryLine[];
  /** The college's other trainers, any of whom may have stood in. */
  others: DeliveryLine[];
  /** Who was marked as having delivered it; empty until marked. */
  delivered: DeliveryLine[];
}

const line = (t: TrainerRecord): DeliveryLine => ({
  trainerId: t.id,
  firstName: t.firstName,
  experience: t.experience,
});

async function loadDelivery(
  repositories: Repositories,
  sessionId: string,
  actor: Actor,
  action: 'read_register' | 'mark_attendance',
) {
  const session = await repositories.college.findSession(sessionId);
  if (!session) throw new AppError('not_found', 'There is no session with that id.');
  await requireCollegeAccess(repositories, actor, action, session.trainerIds);
  const trainers = await repositories.college.listTrainers();
  const planned = new Set(session.trainerIds);
  return {
    session,
    trainers,
    view: async (): Promise<SessionDelivery> => ({
      planned: trainers.filter((t) => planned.has(t.id)).map(line),
      others: trainers.filter((t) => !planned.has(t.id)).map(line),
      delivered: await repositories.collegeAdmin.listDelivery(sessionId),
    }),
  };
}

/** Who was planned to deliver a session and who did, for its register. */
export async function getSessionDelivery(deps: ServiceDeps, sessionId: string, actor: Actor): Promise<SessionDelivery> {
  return deps.uow.read(async (repositories) =>
    (await loadDelivery(repositories, sessionId, actor, 'read_register')).view(),
  );
}

/**
 * Records which trainers actually delivered a session, from its day on: the college's co-delivery
 * figure counts sessions delivered by a peer and a practitioner, not sessions planned that way.
 */
export async function recordSessionDelivery(
  deps: ServiceDeps,
  input: { sessionId: string; trainerIds: string[] },
  actor: Actor,
): Promise<SessionDelivery> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { session, trainers, view } = await loadDelivery(repositories, input.sessionId, actor, 'mark_attendance');
    if (session.startsAt.toISOString().slice(0, 10) > now.toISOString().slice(0, 10))
      throw new AppError('bad_request', 'Who delivered a session can be marked from the day of the session.', {
        field: 'trainerIds',
      });
    const trainerIds = [...new Set(input.trainerIds)];
    const known = new Set(trainers.map((t) => t.id));
    if (trainerIds.some((id) => !known.has(id)))
      throw new AppError('bad_request', 'One of the trainers is not known to the college.', { field: 'trainerIds' });
    await repositories.collegeAdmin.setDelivery(session.id, trainerIds, actor.accountId, now);
    await recordAudit(repositories, actor, now, {
      action: 'college.session.delivery',
      detail: { sessionId: session.id, trainers: trainerIds.length },
    });
    return view();
  });
}
