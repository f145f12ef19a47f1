import type { AccountRole } from '../../domain/accounts/account-role';

export interface SecondFactorRecord {
  accountId: string;
  /** The shared secret, base32, sealed (ADR 0048): open it with `openTotpSecret`. */
  secret: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

export interface SignInChallengeRecord {
  tokenHash: string;
  accountId: string;
  expiresAt: Date;
  failures: number;
  deviceHash: string | null;
}

/** Authenticator secrets, recovery codes, which roles must use them, and passwords waiting for a code. */
export interface SecondFactorRepository {
  find(accountId: string): Promise<SecondFactorRecord | null>;
  /** Starts (or starts again) an enrolment: a new, unconfirmed secret. */
  saveUnconfirmed(accountId: string, secret: string, now: Date): Promise<void>;
  confirm(accountId: string, step: number, now: Date): Promise<void>;
  /** Records `step` as used, only if it is later than the last one used; false when it is not (a replayed code). */
  useStep(accountId: string, step: number): Promise<boolean>;
  remove(accountId: string): Promise<void>;
  replaceRecoveryCodes(accountId: string, codeHashes: string[]): Promise<void>;
  /** Marks an unused recovery code used; false when there is none with that hash. */
  useRecoveryCode(accountId: string, codeHash: string, now: Date): Promise<boolean>;
  countUnusedRecoveryCodes(accountId: string): Promise<number>;
  requiredRoles(): Promise<AccountRole[]>;
  setRequirement(role: AccountRole, isRequired: boolean, now: Date, changedBy: string): Promise<void>;
  createChallenge(challenge: Omit<SignInChallengeRecord, 'failures'>): Promise<void>;
  findChallenge(tokenHash: string, now: Date): Promise<SignInChallengeRecord | null>;
  countChallengeFailure(tokenHash: string): Promise<number>;
  deleteChallenge(tokenHash: string): Promise<void>;
  /** Lets the account's sessions do everything again once a second factor is set up. */
  clearMustEnrol(accountId: string): Promise<void>;
  /** Those of these accounts whose second factor is in force (confirmed). */
  confirmedAmong(accountIds: string[]): Promise<string[]>;
  /** Every stored secret as it is stored, to seal again those in clear or under an earlier key. */
  listSecrets(): Promise<{ accountId: string; secret: string }[]>;
  /** Replaces a stored secret only if it is still `from`; false when it changed meanwhile. */
  replaceSecret(accountId: string, from: string, to: string): Promise<boolean>;
}
