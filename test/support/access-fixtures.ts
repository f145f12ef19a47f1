import type { AccountRole } from '../../src/domain/accounts/account-role';
import type { Actor } from '../../src/domain/accounts/actor';
import type { PersonAccessFacts } from '../../src/domain/access/person-access-policy';

/** An actor of a role for the pure access-policy tests, with no links unless given. */
export const policyActor = (role: AccountRole, extra: Partial<Actor> = {}): Actor => ({
  accountId: 'a-1',
  username: 'u',
  role,
  displayName: 'U',
  workerId: null,
  personId: null,
  carerId: null,
  ...extra,
});

/** Facts about a person who exists and to whom the actor has no tie, unless given. */
export const policyFacts = (extra: Partial<PersonAccessFacts> = {}): PersonAccessFacts => ({
  personExists: true,
  isInCareTeam: false,
  hasBreakGlass: false,
  isInManagedTeam: false,
  carerScopes: null,
  ...extra,
});
