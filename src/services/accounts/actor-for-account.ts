import type { Actor } from '../../domain/accounts/actor';
import type { Repositories } from '../ports';
import type { AccountRecord } from './ports';

/** Builds the actor a session acts as. */
export async function actorForAccount(repositories: Repositories, account: AccountRecord): Promise<Actor> {
  return {
    accountId: account.id,
    username: account.username,
    role: account.role,
    displayName: await repositories.accounts.displayName(account),
    workerId: account.workerId,
    personId: account.personId,
    carerId: account.carerId,
  };
}
