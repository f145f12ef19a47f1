import type { AccountRole } from '../../domain/accounts/account-role';

export interface AccountRecord {
  id: string;
  username: string;
  passwordHash: string;
  role: AccountRole;
  workerId: string | null;
  personId: string | null;
  carerId: string | null;
  failedSignIns: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
}

export interface SessionRecord {
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  expiresAt: Date;
  /** When the session was last used (to within SESSION_TOUCH_SECONDS). */
  lastSeenAt: Date;
}

export interface AccountRepository {
  create(account: AccountRecord): Promise<void>;
  findById(id: string): Promise<AccountRecord | null>;
  findByUsername(username: string): Promise<AccountRecord | null>;
  list(): Promise<AccountRecord[]>;
  /**
   * Counts one wrong password in a single statement, so that simultaneous attempts all count; the
   * `max`-th in a row locks the account until `lockUntil` and starts the count again.
   */
  recordFailedSignIn(id: string, max: number, lockUntil: Date): Promise<void>;
  /** Forgets earlier wrong passwords and any lapsed lock, after a right one. */
  clearSignInFailures(id: string): Promise<void>;
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
  findValidWithAccount(tokenHash: string, now: Date): Promise<{ session: SessionRecord; account: AccountRecord; displayName: string } | null>;
  /** Records that the session was used at `at`. */
  touch(tokenHash: string, at: Date): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  deleteExpired(now: Date): Promise<number>;
}

/** Password hashing, behind a port so tests and the demo loader can use cheaper parameters. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
