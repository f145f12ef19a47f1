import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { accountToManage } from '../accounts/manage-account';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/**
 * Removes an account's second factor and recovery codes: its owner (unless the role requires one),
 * or an administrator for someone who lost both their phone and their codes, saying why (kept in
 * the audit); they are asked to set it up again at their next sign-in when their role requires it. Every session of theirs ends when an administrator does it.
 */
export async function removeSecondFactor(
  deps: ServiceDeps,
  input: { accountId: string; reason?: string },
  actor: Actor,
): Promise<void> {
  const now = deps.now();
  await deps.uow.run(async (r) => {
    const isOwn = input.accountId === actor.accountId;
    const account = isOwn
      ? await r.accounts.findById(actor.accountId)
      : await accountToManage(r, actor, input.accountId);
    if (!account) throw new AppError('not_found', 'There is no account with that id.');
    if (isOwn && actor.role !== 'admin' && (await r.secondFactors.requiredRoles()).includes(account.role)) {
      throw new AppError(
        'bad_request',
        'Your service requires a code from an authenticator app for your role, so it cannot be removed.',
      );
    }
    if (!isOwn && !input.reason?.trim()) {
      throw new AppError('bad_request', 'Say why the second factor is removed.', { field: 'reason' });
    }
    if (!(await r.secondFactors.find(account.id)))
      throw new AppError('not_found', 'This account has no second factor.');
    await r.secondFactors.remove(account.id);
    if (!isOwn) await r.sessions.deleteForAccount(account.id);
    await recordAudit(r, actor, now, {
      action: 'second_factor.remove',
      detail: { accountId: account.id, username: account.username, ...(isOwn ? {} : { reason: input.reason }) },
    });
  });
}
