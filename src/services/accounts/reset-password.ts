import { randomInt } from 'node:crypto';
import type { Actor } from '../../domain/accounts/actor';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { accountToManage } from './manage-account';

// No 0/O or 1/l/I, so a password read out over the phone is typed right.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password for the administrator to pass on: four groups of four, about 79 bits. */
export function newTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/**
 * An administrator resets an account's password: a temporary one is returned once, to pass on;
 * the account's sessions and known devices end at once, and its next sign-in must choose a new
 * password before anything else.
 */
export async function resetPassword(
  deps: ServiceDeps,
  input: { accountId: string },
  actor: Actor,
): Promise<{ temporaryPassword: string }> {
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await deps.passwords.hash(temporaryPassword);
  await deps.uow.run(async (r) => {
    const account = await accountToManage(r, actor, input.accountId);
    await r.accounts.setPassword(account.id, passwordHash, true);
    const ended = await r.sessions.deleteForAccount(account.id);
    await r.signInDefences.forgetDevicesOf(account.id);
    await recordAudit(r, actor, deps.now(), {
      action: 'account.password_reset',
      detail: { accountId: account.id, username: account.username, sessionsEnded: ended },
    });
  });
  return { temporaryPassword };
}
