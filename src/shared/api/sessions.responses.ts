import type { AccountRole } from './labels';

// The signed-in account and its session.

export interface Me {
  accountId: string;
  username: string;
  role: AccountRole;
  displayName: string;
  workerId: string | null;
  personId: string | null;
  carerId: string | null;
}

export interface SessionResponse {
  me: Me;
  csrfToken: string;
  expiresAt: string;
  /** An administrator reset the password: nothing else works until a new one is chosen (PUT /me/password). */
  mustChangePassword: boolean;
  /** The session ends after this many minutes without a request; the app warns before then. */
  idleMinutes: number;
}
