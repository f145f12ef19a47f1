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
  /** The role requires a second factor not yet set up: nothing else works until it is (POST /me/second-factor). */
  mustEnrolSecondFactor: boolean;
}

/** The password was right; the account signs in with a code too (POST /session/second-factor). */
export interface SecondFactorChallengeResponse {
  secondFactorRequired: true;
  challenge: string;
  expiresAt: string;
}

export type SignInResponse = SessionResponse | SecondFactorChallengeResponse;

/**
 * Signing out after a single sign-on (200; other sign-outs answer 204 with no body): the session has
 * ended, and the browser goes here so the organisation's sign-in service ends its own too.
 */
export interface SignOutResponse {
  providerSignOutUrl: string;
}
