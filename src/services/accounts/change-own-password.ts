import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { requireGoodPassword } from './password-policy';
import { hashSessionToken } from './session-tokens';

/**
 * A signed-in person changes their own password, giving the current one; their other sessions
 * end (a changed password is often a response to someone else knowing it). Also how a reset
 * password is replaced.
 */
export async function changeOwnPassword(
  deps: ServiceDeps,
  input: { currentPassword: string; newPassword: string; sessionToken: string },
  actor: Actor,
): Promise<void> {
  const account = await deps.uow.read((r) => r.accounts.findById(actor.accountId));
  if (!account) throw new AppError('unauthenticated', 'Sign in to continue.');
  if (!(await deps.passwords.verify(account.passwordHash, input.currentPassword))) {
    throw new AppError('bad_request', 'Your current password is not right.', { field: 'currentPassword' });
  }
  requireGoodPassword(input.newPassword, account.username, 'newPassword');
  if (input.newPassword === input.currentPassword)
    throw new AppError('bad_request', 'Choose a password different from the current one.', { field: 'newPassword' });
  const passwordHash = await deps.passwords.hash(input.newPassword);
  await deps.uow.run(async (r) => {
    await r.accounts.setPassword(account.id, passwordHash, false);
    const ended = await r.sessions.deleteForAccount(account.id, hashSessionToken(input.sessionToken));
    await recordAudit(r, actor, deps.now(), {
      action: 'account.password_change',
      detail: { otherSessionsEnded: ended },
    });
  });
}
