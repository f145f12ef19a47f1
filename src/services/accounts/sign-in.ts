import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/accounts/actor';
import { SIGN_IN_LIMITS } from '../../domain/accounts/sign-in-limits';
import { isStaffRole } from '../../domain/accounts/staff-sign-in';
import { AppError } from '../../domain/errors/app-error';
import type { Repositories, ServiceDeps } from '../ports';
import type { AccountRecord, PasswordHasher } from './ports';
import { hashSessionToken, newSessionToken } from './session-tokens';
import { startSession, type SignInMethod } from './start-session';

const WRONG = 'That username and password do not match an account.';

export interface SignInInput {
  username: string;
  password: string;
  /** The address the request came from: wrong passwords lock a username from that address first. */
  address?: string;
  /** The known-device cookie, if the browser has one. */
  deviceToken?: string | null;
  userAgent?: string | null;
}

export interface SignInResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
  /** A new known-device cookie to set, or null to keep the one sent. */
  deviceToken: string | null;
  /** An administrator reset the password: the person must choose a new one before anything else. */
  mustChangePassword: boolean;
  /** A second factor is required of the account's role and not yet set up: only setting it up is allowed. */
  mustEnrolSecondFactor: boolean;
  secondFactorChallenge?: undefined;
}

/** The password was right and the account uses a second factor: the code comes next (completeSignIn). */
export interface SecondFactorNeeded {
  /** A short-lived token for the code's request; only its hash is kept. */
  secondFactorChallenge: string;
  expiresAt: Date;
  deviceToken: null;
}

/** How long someone has to type their code after their password. */
export const SECOND_FACTOR_CHALLENGE_MINUTES = 5;

/**
 * Checks a username and password and opens a session stored in the database (for callers, like the
 * demo loader, that sign in accounts without a second factor). Wrong passwords
 * are counted under the username typed, from that address and from everywhere, whether or not an
 * account has that name; a right password from a device the account used before passes the locks
 * (ADR 0003).
 */
export async function signIn(deps: ServiceDeps, input: SignInInput): Promise<SignInResult> {
  const result = await signInWithPassword(deps, input);
  if (result.secondFactorChallenge !== undefined) {
    throw new AppError('unauthenticated', 'This account signs in with a code from an authenticator app too.');
  }
  return result;
}

/**
 * The first step of signing in: the password. For an account with a second factor the answer is a
 * challenge for the code (completeSignIn), not yet a session.
 */
export async function signInWithPassword(
  deps: ServiceDeps,
  input: SignInInput,
): Promise<SignInResult | SecondFactorNeeded> {
  const username = input.username.trim().toLowerCase();
  const now = deps.now();
  const keys = throttleKeys(username, input.address ?? 'unknown');
  const deviceHash = input.deviceToken ? hashSessionToken(input.deviceToken) : null;
  const { account, device, lockedUntil } = await deps.uow.run(async (r) => {
    const found = await r.accounts.findByUsername(username);
    const knownDevice = deviceHash ? await r.signInDefences.findDevice(deviceHash) : null;
    const trusted = found && knownDevice?.accountId === found.id ? knownDevice : null;
    return {
      account: found,
      device: trusted,
      lockedUntil: trusted ? null : await r.signInDefences.lockedUntil([keys.pair, keys.name], now),
    };
  });
  if (lockedUntil) {
    const minutes = Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError(
      'rate_limited',
      `Too many wrong passwords for this username. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or sign in on a device you have used Tandem on before.`,
    );
  }
  const usable = account && !account.disabledAt ? account : null;
  // An unknown or disabled username costs the same hashing time as a real check.
  const isValid = await deps.passwords.verify(
    usable?.passwordHash ?? (await dummyHashFor(deps.passwords)),
    input.password,
  );
  if (!usable || !isValid) {
    // In transactions of their own (the refusal must not roll the count back).
    await deps.uow.run((r) =>
      device && deviceHash
        ? r.signInDefences.recordDeviceFailure(deviceHash, SIGN_IN_LIMITS.perDevice)
        : countFailure(r, keys, now),
    );
    throw new AppError('unauthenticated', WRONG);
  }
  return deps.uow.run(async (r) => {
    const factor = await r.secondFactors.find(usable.id);
    // The count for this address is cleared only once the code is right too (completeSignIn).
    if (factor?.confirmedAt) return challengeFor(r, usable.id, deviceHash, now);
    const mustEnrolSecondFactor =
      isStaffRole(usable.role) && (await r.secondFactors.requiredRoles()).includes(usable.role);
    return openSession(r, usable, {
      now,
      keys,
      deviceHash,
      userAgent: input.userAgent ?? null,
      address: input.address ?? null,
      method: 'password',
      mustEnrolSecondFactor,
    });
  });
}

async function challengeFor(
  r: Repositories,
  accountId: string,
  deviceHash: string | null,
  now: Date,
): Promise<SecondFactorNeeded> {
  const challenge = newSessionToken();
  const expiresAt = new Date(now.getTime() + SECOND_FACTOR_CHALLENGE_MINUTES * 60_000);
  await r.secondFactors.createChallenge({ tokenHash: hashSessionToken(challenge), accountId, expiresAt, deviceHash });
  return { secondFactorChallenge: challenge, expiresAt, deviceToken: null };
}

/** Opens the session once every proof is in: clears this address's count and remembers the device. */
export async function openSession(
  r: Repositories,
  account: AccountRecord,
  context: {
    now: Date;
    keys: ThrottleKeys;
    deviceHash: string | null;
    userAgent: string | null;
    address: string | null;
    method: SignInMethod;
    mustEnrolSecondFactor: boolean;
  },
): Promise<SignInResult> {
  const { now } = context;
  await r.signInDefences.clear(context.keys.pair);
  const isKnown = context.deviceHash
    ? (await r.signInDefences.findDevice(context.deviceHash))?.accountId === account.id
    : false;
  const deviceToken = isKnown ? null : newSessionToken();
  await r.signInDefences.rememberDevice(
    { tokenHash: deviceToken ? hashSessionToken(deviceToken) : context.deviceHash!, accountId: account.id },
    now,
  );
  const session = await startSession(r, account, {
    now,
    method: context.method,
    userAgent: context.userAgent,
    address: context.address,
    mustEnrolSecondFactor: context.mustEnrolSecondFactor,
    detail: { knownDevice: isKnown },
  });
  return {
    ...session,
    deviceToken,
    mustChangePassword: account.mustChangePassword,
    mustEnrolSecondFactor: context.mustEnrolSecondFactor,
  };
}

export interface ThrottleKeys {
  name: string;
  pair: string;
}

/** Keys are hashes, so the table never holds what people typed (a password typed as a username, say). */
export function throttleKeys(username: string, address: string): ThrottleKeys {
  const hash = (value: string) => createHash('sha256').update(value).digest('hex');
  return { name: `name:${hash(username)}`, pair: `pair:${hash(`${username}\n${address}`)}` };
}

export async function countFailure(r: Repositories, keys: ThrottleKeys, now: Date): Promise<void> {
  const windowMs = SIGN_IN_LIMITS.lockMinutes * 60_000;
  const lockUntil = new Date(now.getTime() + windowMs);
  await r.signInDefences.recordFailure(keys.pair, now, { max: SIGN_IN_LIMITS.perAddress, windowMs, lockUntil });
  await r.signInDefences.recordFailure(keys.name, now, { max: SIGN_IN_LIMITS.perUsername, windowMs, lockUntil });
}

// A hash of a random secret nobody knows, made by the same hasher (so with the same work factor)
// as real ones; checking a password against it takes as long as a real check.
const dummyHashes = new WeakMap<PasswordHasher, Promise<string>>();
function dummyHashFor(passwords: PasswordHasher): Promise<string> {
  let hash = dummyHashes.get(passwords);
  if (!hash) {
    hash = passwords.hash(randomBytes(32).toString('base64url'));
    dummyHashes.set(passwords, hash);
  }
  return hash;
}
