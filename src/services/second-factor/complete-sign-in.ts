import { AppError } from '../../domain/errors/app-error';
import { fromBase32, matchTotp } from '../../domain/accounts/totp';
import { hashSessionToken } from '../accounts/session-tokens';
import { countFailure, openSession, throttleKeys, type SignInResult } from '../accounts/sign-in';
import type { SignInMethod } from '../accounts/start-session';
import type { Repositories, ServiceDeps } from '../ports';
import { hashRecoveryCode } from './recovery-codes';
import { openTotpSecret } from './totp-secret';

/** Wrong codes after one password before the password must be typed again. */
export const CODES_PER_CHALLENGE = 5;

export interface CompleteSignInInput {
  /** The challenge the password step answered with. */
  challenge: string;
  code?: string | null;
  recoveryCode?: string | null;
  address?: string;
  userAgent?: string | null;
}

const AGAIN = 'Sign in again: enter your username and password.';

/**
 * The second step of signing in: a code from the authenticator app (never one used before) or an
 * unused recovery code. Wrong codes count against the username as wrong passwords do (ADR 0003),
 * and five after one password end the challenge.
 */
export async function completeSignIn(deps: ServiceDeps, input: CompleteSignInInput): Promise<SignInResult> {
  const now = deps.now();
  const tokenHash = hashSessionToken(input.challenge);
  const found = await deps.uow.read(async (r) => {
    const challenge = await r.secondFactors.findChallenge(tokenHash, now);
    const account = challenge ? await r.accounts.findById(challenge.accountId) : null;
    return challenge && account && !account.disabledAt ? { challenge, account } : null;
  });
  if (!found) throw new AppError('unauthenticated', `This sign-in has expired. ${AGAIN}`, { restart: true });
  const keys = throttleKeys(found.account.username, input.address ?? 'unknown');
  const lockedUntil = await deps.uow.read((r) => r.signInDefences.lockedUntil([keys.pair, keys.name], now));
  if (lockedUntil) throw new AppError('rate_limited', 'Too many wrong codes. Wait 15 minutes and sign in again.');
  const opened = await deps.uow.run(async (r) => {
    const method = await proof(deps, r, found.account.id, input, now);
    if (!method) return null;
    await r.secondFactors.deleteChallenge(tokenHash);
    return openSession(r, found.account, {
      now,
      keys,
      deviceHash: found.challenge.deviceHash,
      userAgent: input.userAgent ?? null,
      address: input.address ?? null,
      method,
      mustEnrolSecondFactor: false,
    });
  });
  if (opened) return opened;
  // In a transaction of its own, so the refusal does not roll the count back.
  const failures = await deps.uow.run(async (r) => {
    await countFailure(r, keys, now);
    const count = await r.secondFactors.countChallengeFailure(tokenHash);
    if (count >= CODES_PER_CHALLENGE) await r.secondFactors.deleteChallenge(tokenHash);
    return count;
  });
  if (failures >= CODES_PER_CHALLENGE) {
    throw new AppError('unauthenticated', `That code was not right either. ${AGAIN}`, { restart: true });
  }
  throw new AppError(
    'unauthenticated',
    input.recoveryCode
      ? 'That recovery code is not right, or it has been used already.'
      : 'That code is not right, or it has been used already. Wait for the app to show a new one.',
    { field: input.recoveryCode ? 'recoveryCode' : 'code' },
  );
}

/** How the second step was proved, or null when it was not. */
async function proof(
  deps: ServiceDeps,
  r: Repositories,
  accountId: string,
  input: CompleteSignInInput,
  now: Date,
): Promise<SignInMethod | null> {
  if (input.recoveryCode) {
    const isUsed = await r.secondFactors.useRecoveryCode(accountId, hashRecoveryCode(input.recoveryCode), now);
    return isUsed ? 'password_and_recovery_code' : null;
  }
  const factor = await r.secondFactors.find(accountId);
  if (!factor?.confirmedAt || !input.code) return null;
  const step = matchTotp(fromBase32(openTotpSecret(deps, factor)), input.code, now, factor.lastUsedStep);
  // useStep refuses a step already used, even by a sign-in running at the same moment.
  return step !== null && (await r.secondFactors.useStep(accountId, step)) ? 'password_and_code' : null;
}
