import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/accounts/actor';
import { SIGN_IN_LIMITS } from '../../domain/accounts/sign-in-limits';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import { actorForAccount } from './actor-for-account';
import type { AccountRecord, PasswordHasher } from './ports';
import { hashSessionToken, newCsrfToken, newSessionToken, SESSION_HOURS } from './session-tokens';

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
}

/**
 * Checks a username and password and opens a session stored in the database. Wrong passwords
 * are counted under the username typed, from that address and from everywhere, whether or not an
 * account has that name; a right password from a device the account used before passes the locks
 * (ADR 0003).
 */
export async function signIn(deps: ServiceDeps, input: SignInInput): Promise<SignInResult> {
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
  return deps.uow.run((r) =>
    openSession(r, usable, {
      now,
      keys,
      deviceHash,
      userAgent: input.userAgent ?? null,
      address: input.address ?? null,
    }),
  );
}

async function openSession(
  r: Repositories,
  account: AccountRecord,
  context: {
    now: Date;
    keys: ThrottleKeys;
    deviceHash: string | null;
    userAgent: string | null;
    address: string | null;
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
  await r.accounts.recordSignIn(account.id, now);
  const token = newSessionToken();
  const session = {
    tokenHash: hashSessionToken(token),
    accountId: account.id,
    csrfToken: newCsrfToken(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    lastSeenAt: now,
    createdAt: now,
    userAgent: context.userAgent?.slice(0, 300) ?? null,
  };
  await r.sessions.create(session);
  const actor = await actorForAccount(r, account);
  await recordAudit(r, actor, now, {
    action: 'session.start',
    detail: { knownDevice: isKnown, address: context.address },
  });
  return {
    token,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    actor,
    deviceToken,
    mustChangePassword: account.mustChangePassword,
  };
}

interface ThrottleKeys {
  name: string;
  pair: string;
}

/** Keys are hashes, so the table never holds what people typed (a password typed as a username, say). */
function throttleKeys(username: string, address: string): ThrottleKeys {
  const hash = (value: string) => createHash('sha256').update(value).digest('hex');
  return { name: `name:${hash(username)}`, pair: `pair:${hash(`${username}\n${address}`)}` };
}

async function countFailure(r: Repositories, keys: ThrottleKeys, now: Date): Promise<void> {
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
