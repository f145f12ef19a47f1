import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { actorForAccount } from './actor-for-account';
import { hashSessionToken, newCsrfToken, newSessionToken, SESSION_HOURS } from './session-tokens';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

const WRONG = 'That username and password do not match an account.';

export interface SignInResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

/** Checks a username and password and opens a session stored in the database. */
export async function signIn(deps: ServiceDeps, input: { username: string; password: string }): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const now = deps.now();
  const account = await deps.uow.run((repositories) => repositories.accounts.findByUsername(username));
  if (!account || account.disabledAt) {
    // Spend the same time as a real check so that response times do not reveal which usernames exist.
    await deps.passwords.verify(DUMMY_HASH, input.password);
    throw new AppError('unauthenticated', WRONG);
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError('rate_limited', `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
  const isValid = await deps.passwords.verify(account.passwordHash, input.password);
  if (!isValid) {
    // Counted in a transaction of its own (the refusal must not roll the count back), in one
    // statement, so that wrong passwords sent at the same moment each count.
    const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await deps.uow.run((repositories) => repositories.accounts.recordFailedSignIn(account.id, MAX_FAILED_SIGN_INS, lockUntil));
    throw new AppError('unauthenticated', WRONG);
  }
  return deps.uow.run(async (repositories) => {
    if (account.failedSignIns > 0 || account.lockedUntil) await repositories.accounts.clearSignInFailures(account.id);
    const token = newSessionToken();
    const session = {
      tokenHash: hashSessionToken(token),
      accountId: account.id,
      csrfToken: newCsrfToken(),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      lastSeenAt: now,
    };
    await repositories.sessions.create(session);
    const actor = await actorForAccount(repositories, account);
    await recordAudit(repositories, actor, now, { action: 'session.start' });
    return { token, csrfToken: session.csrfToken, expiresAt: session.expiresAt, actor };
  });
}

// argon2id hash of a random string nobody knows; used only to equalise timing.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$KSTOCfDhvRdckFoUYwGisg$Zb0YOkAI7lrjKkjssJffoWBMcEhjgZ/sanUpxVP42Aw';
