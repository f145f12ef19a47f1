import {
  CHANGES_TO_RECORD,
  decidePersonAccess,
  type AccessBasis,
  type PersonAction,
  type PersonAccessFacts,
} from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import type { PersonRecord } from '../organisation/ports';
import type { Repositories } from '../ports';

export interface PersonAccess {
  person: PersonRecord;
  basis: AccessBasis;
}

/**
 * The first line of every use case that touches a person's record: loads the facts about the
 * actor's relationship with the person, asks the policy, and refuses with 404 or 403.
 */
export async function requirePersonAccess(
  repositories: Repositories,
  actor: Actor,
  personId: string,
  action: PersonAction,
  now: Date,
): Promise<PersonAccess> {
  const person = await repositories.organisation.findPerson(personId);
  if (!person) throw new AppError('not_found', 'There is no person with that id.');
  const facts = await loadFacts(repositories, actor, person, now);
  const decision = decidePersonAccess(actor, personId, action, facts);
  if (!decision.allowed) {
    const canBreakGlass = actor.role === 'worker' && action !== 'read_access_log';
    throw new AppError(
      'forbidden',
      canBreakGlass
        ? 'You are not in this person’s care team. If you need to see this record, give a reason: the person will be told.'
        : 'You do not have access to this part of this person’s record.',
      { canBreakGlass },
    );
  }
  if (person.dischargedOn !== null && CHANGES_TO_RECORD.has(action)) {
    throw new AppError(
      'conflict',
      `${person.name} was discharged from the service on ${person.dischargedOn}. Their record is kept and can be read, but not changed.`,
      {
        dischargedOn: person.dischargedOn,
      },
    );
  }
  return { person, basis: decision.basis };
}

/** The facts about the actor's relationship with the person that the policy decides on. */
export async function loadFacts(
  repositories: Repositories,
  actor: Actor,
  person: PersonRecord,
  now: Date,
): Promise<PersonAccessFacts> {
  const today = isoDate(now);
  const isInCareTeam = actor.workerId
    ? (await repositories.careTeams.listActiveForWorker(person.id, actor.workerId, today)).length > 0
    : false;
  const hasBreakGlass =
    actor.role === 'worker' && !isInCareTeam
      ? (await repositories.breakGlass.findActive(person.id, actor.accountId, now)) !== null
      : false;
  const managedTeamId =
    actor.role === 'team_manager' && actor.workerId
      ? (await repositories.organisation.findWorker(actor.workerId))?.teamId
      : undefined;
  const carerLink = actor.carerId ? await repositories.organisation.findCarerLink(person.id, actor.carerId) : null;
  return {
    personExists: true,
    isInCareTeam,
    hasBreakGlass,
    isInManagedTeam: managedTeamId === person.teamId,
    carerScopes: carerLink ? carerLink.sharedScopes : null,
  };
}
