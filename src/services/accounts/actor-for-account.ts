import type { Actor } from '../../domain/accounts/actor';
import type { Repositories } from '../ports';
import type { AccountRecord } from './ports';

/** Builds the actor a session acts as. */
export async function actorForAccount(repositories: Repositories, account: AccountRecord): Promise<Actor> {
  return actorOf(account, await repositories.accounts.displayName(account));
}

/** The actor for an account whose display name is known. */
export function actorOf(account: AccountRecord, displayName: string): Actor {
  return {
    accountId: account.id,
    username: account.username,
    role: account.role,
    displayName,
    workerId: account.workerId,
    personId: account.personId,
    carerId: account.carerId,
  };
}
