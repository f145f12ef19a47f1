import type { SignerKind } from '../../domain/care-plan/agreement';
import type { Actor } from '../../domain/accounts/actor';
import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import type { Repositories } from '../ports';
import type { AuthorView } from './care-plan-view';

/** The person, or the account's worker, as an author of the plan. */
export interface Editor extends AuthorView {
  accountId: string;
}

/**
 * Who is writing: the person themself, or a worker in their care-team role (a care coordinator,
 * a peer worker…), so the plan can show in which role each part was written.
 */
export async function editorOf(repositories: Repositories, actor: Actor, personId: string, now: Date): Promise<Editor> {
  if (isThePerson(actor, personId))
    return { accountId: actor.accountId, name: actor.displayName, kind: 'person', role: 'service_user' };
  const memberships = actor.workerId
    ? await repositories.careTeams.listActiveForWorker(personId, actor.workerId, isoDate(now))
    : [];
  const role = memberships.find((m) => m.role === 'care_coordinator')?.role ?? memberships[0]?.role ?? 'worker';
  return { accountId: actor.accountId, name: actor.displayName, kind: 'worker', role };
}

/** True when the actor is the person whose plan it is. */
export const isThePerson = (actor: Actor, personId: string): boolean =>
  actor.role === 'service_user' && actor.personId === personId;

/** Refuses anyone but the person: only they decide what happens to their own words. */
export function requireThePerson(actor: Actor, personId: string, message: string): void {
  if (!isThePerson(actor, personId)) throw new AppError('forbidden', message);
}

/** The signature an actor can give on the plan: the person's, the current care coordinator's, or none. */
export async function signerKindOf(
  repositories: Repositories,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<SignerKind | null> {
  if (isThePerson(actor, personId)) return 'person';
  if (!actor.workerId) return null;
  const coordinator = await repositories.careTeams.findOpenCareCoordinator(personId);
  return coordinator && coordinator.workerId === actor.workerId && isActiveOn(coordinator, isoDate(now))
    ? 'care_coordinator'
    : null;
}
