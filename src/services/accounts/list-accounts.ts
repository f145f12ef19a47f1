import type { AccountRole } from '../../domain/accounts/account-role';
import type { Actor } from '../../domain/accounts/actor';
import { requireRole } from '../access/require-role';
import type { ServiceDeps } from '../ports';

export interface AccountListing {
  id: string;
  username: string;
  role: AccountRole;
  displayName: string;
  lastSignInAt: Date | null;
  disabledAt: Date | null;
  mustChangePassword: boolean;
}

/** Every sign-in account with when it last signed in and whether it is disabled (administrators only). */
export async function listAccounts(deps: ServiceDeps, actor: Actor): Promise<AccountListing[]> {
  requireRole(actor, ['admin'], 'Only administrators manage accounts.');
  return deps.uow.read(async (r) => {
    const accounts = await r.accounts.list();
    return Promise.all(
      accounts.map(async (a) => ({
        id: a.id,
        username: a.username,
        role: a.role,
        displayName: await r.accounts.displayName(a),
        lastSignInAt: a.lastSignInAt,
        disabledAt: a.disabledAt,
        mustChangePassword: a.mustChangePassword,
      })),
    );
  });
}
