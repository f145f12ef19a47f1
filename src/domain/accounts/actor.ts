import type { AccountRole } from './account-role';

/** The signed-in account on whose behalf a use case runs. Built from the session, never from input. */
export interface Actor {
  accountId: string;
  username: string;
  role: AccountRole;
  displayName: string;
  workerId: string | null;
  personId: string | null;
  carerId: string | null;
}

/** The actor for work the system does itself (migrations, demo data, command-line administration). */
export const SYSTEM_ACTOR: Actor = {
  accountId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  role: 'admin',
  displayName: 'Tandem (system)',
  workerId: null,
  personId: null,
  carerId: null,
};
