import type { Actor } from '../../domain/accounts/actor';
import { isStaffRole } from '../../domain/accounts/staff-sign-in';
import { AppError } from '../../domain/errors/app-error';
import { accountToManage } from '../accounts/manage-account';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/**
 * An administrator links a staff account to the name the service's identity provider knows it by
 * (or unlinks it with null). Relinking forgets the identity bound at an earlier single sign-on.
 */
export async function linkSsoAccount(
  deps: ServiceDeps,
  input: { accountId: string; ssoUsername: string | null },
  actor: Actor,
): Promise<{ ssoUsername: string | null }> {
  const ssoUsername = input.ssoUsername?.trim().toLowerCase() || null;
  return deps.uow.run(async (r) => {
    const account = await accountToManage(r, actor, input.accountId);
    if (ssoUsername && !isStaffRole(account.role)) {
      throw new AppError(
        'bad_request',
        'Only staff accounts (workers, managers, researchers, administrators) sign in through the organisation.',
        { field: 'ssoUsername' },
      );
    }
    const holder = ssoUsername ? await r.sso.findAccountBySsoUsername(ssoUsername) : null;
    if (holder && holder.id !== account.id) {
      throw new AppError('conflict', `${ssoUsername} is linked to the account ${holder.username} already.`, {
        field: 'ssoUsername',
      });
    }
    if ((account.ssoUsername ?? null) === ssoUsername) return { ssoUsername };
    await r.sso.setSsoUsername(account.id, ssoUsername);
    await recordAudit(r, actor, deps.now(), {
      action: ssoUsername ? 'account.sso_link' : 'account.sso_unlink',
      detail: { accountId: account.id, username: account.username, ssoUsername },
    });
    return { ssoUsername };
  });
}
