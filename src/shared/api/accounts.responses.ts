import type { AccountRole } from './labels';

// Sign-in accounts as administrators see them, and a person's own sessions.

export interface AccountDto {
  id: string;
  username: string;
  role: AccountRole;
  displayName: string;
  lastSignInAt: string | null;
  disabledAt: string | null;
  mustChangePassword: boolean;
  /** The name the organisation's sign-in knows a staff account by; null: not linked. */
  ssoUsername: string | null;
  /** Whether a code from an authenticator app follows its password. */
  usesSecondFactor: boolean;
}

export interface AccountsResponse {
  accounts: AccountDto[];
  /** More accounts follow the last one: ask again with `after` set to its username. */
  hasMore: boolean;
}

/** Shown once to the administrator, to pass on; the person must choose a new password when they sign in with it. */
export interface ResetPasswordResponse {
  temporaryPassword: string;
}

export interface OwnSessionDto {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  isCurrent: boolean;
}

export interface OwnSessionsResponse {
  sessions: OwnSessionDto[];
}
