import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { accountToManage } from './manage-account';

/** An administrator disables an account (its sessions end at once) or enables it again. */
export async function setAccountDisabled(
  deps: ServiceDeps,
  input: { accountId: string; isDisabled: boolean },
  actor: Actor,
): Promise<{ disabledAt: Date | null }> {
  return deps.uow.run(async (r) => {
    const account = await accountToManage(r, actor, input.accountId);
    if (input.isDisabled && account.id === actor.accountId) {
      throw new AppError('bad_request', 'You cannot disable your own account; ask another administrator.');
    }
    const now = deps.now();
    const disabledAt = input.isDisabled ? (account.disabledAt ?? now) : null;
    await r.accounts.setDisabled(account.id, disabledAt);
    const ended = input.isDisabled ? await r.sessions.deleteForAccount(account.id) : 0;
    await recordAudit(r, actor, now, {
      action: input.isDisabled ? 'account.disable' : 'account.enable',
      detail: { accountId: account.id, username: account.username, sessionsEnded: ended },
    });
    return { disabledAt };
  });
}
