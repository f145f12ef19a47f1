import type { AccountRole } from '../../domain/accounts/account-role';

export interface AccountRecord {
  id: string;
  username: string;
  passwordHash: string;
  role: AccountRole;
  workerId: string | null;
  personId: string | null;
  carerId: string | null;
  disabledAt: Date | null;
  /** Set by an administrator's reset: the account must choose a new password before anything else. */
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  /** The name the service's identity provider knows this staff account by, set by an administrator (ADR 0042). */
  ssoUsername?: string | null;
  /** The provider's identity (issuer and subject) bound at the first single sign-on. */
  ssoSubject?: string | null;
}

export interface SessionRecord {
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  expiresAt: Date;
  /** When the session was last used (to within SESSION_TOUCH_SECONDS). */
  lastSeenAt: Date;
  /** The browser's description of itself, to tell sessions apart. */
  userAgent?: string | null;
  /** When it was opened; the database's clock when not given. */
  createdAt?: Date;
  /** Signed in with a password while a second factor is required and not yet set up: only setting it up is allowed. */
  mustEnrolSecondFactor?: boolean;
}

/** One of an account's unexpired sessions, for "where am I signed in". */
export interface SessionListing {
  tokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}

export interface AccountRepository {
  create(account: AccountRecord): Promise<void>;
  findById(id: string): Promise<AccountRecord | null>;
  findByUsername(username: string): Promise<AccountRecord | null>;
  list(): Promise<AccountRecord[]>;
  /**
   * A page of accounts in username order, after `afterUsername`, each with the name it signs in as;
   * with `search`, only those whose username or name contains every word of it.
   */
  page(options: {
    search: string | null;
    afterUsername: string | null;
    limit: number;
  }): Promise<(AccountRecord & { displayName: string })[]>;
  recordSignIn(id: string, at: Date): Promise<void>;
  setPassword(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void>;
  setDisabled(id: string, disabledAt: Date | null): Promise<void>;
  /** The name to show for an account: its worker's, person's or carer's name, else its username. */
  displayName(account: AccountRecord): Promise<string>;
}

export interface SessionRepository {
  create(session: SessionRecord): Promise<void>;
  findValid(tokenHash: string, now: Date): Promise<SessionRecord | null>;
  /**
   * The unexpired session with this token hash, its account and the account's display name, in
   * one statement (every request asks this first); null when there is none.
   */
  findValidWithAccount(
    tokenHash: string,
    now: Date,
  ): Promise<{ session: SessionRecord; account: AccountRecord; displayName: string } | null>;
  /** Records that the session was used at `at`. */
  touch(tokenHash: string, at: Date): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  listForAccount(accountId: string, now: Date): Promise<SessionListing[]>;
  /** Ends every session of the account, but the one with `exceptTokenHash` if given; returns how many. */
  deleteForAccount(accountId: string, exceptTokenHash?: string): Promise<number>;
  deleteExpired(now: Date): Promise<number>;
}

/** Counts of wrong passwords under throttle keys, and the browsers accounts signed in from before (ADR 0003). */
export interface SignInDefenceRepository {
  /** The latest lock still running on any of the keys, or null. */
  lockedUntil(keys: string[], now: Date): Promise<Date | null>;
  /**
   * Counts one wrong password under `key`, in one statement so that simultaneous attempts all
   * count; a count older than `windowMs` starts again, and the `max`-th locks the key until `lockUntil`.
   */
  recordFailure(key: string, now: Date, limits: { max: number; windowMs: number; lockUntil: Date }): Promise<void>;
  clear(key: string): Promise<void>;
  findDevice(tokenHash: string): Promise<{ accountId: string; failures: number } | null>;
  /** Remembers a device, or, when known, marks it used now and forgets its wrong passwords. */
  rememberDevice(device: { tokenHash: string; accountId: string }, now: Date): Promise<void>;
  /** Counts a wrong password from a known device; the `max`-th forgets the device. */
  recordDeviceFailure(tokenHash: string, max: number): Promise<void>;
  forgetDevicesOf(accountId: string): Promise<void>;
}

/** Password hashing, behind a port so tests and the demo loader can use cheaper parameters. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
