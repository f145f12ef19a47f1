import type { AccountRecord } from '../accounts/ports';

/** One single sign-on attempt, kept between leaving for the provider and coming back. */
export interface SsoAttempt {
  stateHash: string;
  codeVerifier: string;
  nonce: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** What the provider vouched for, once its answer checked out. */
export interface ProviderIdentity {
  /** The issuer and subject together: the one identity that never changes at the provider. */
  subject: string;
  /** Every claim of the ID token (and of the user info, when the provider gives one). */
  claims: Record<string, unknown>;
  /** The ID token as the provider sent it: the hint it needs to end its own session later. */
  idToken: string;
  /** The provider's session (`sid`), when it says: what its back-channel logout names. */
  sid: string | null;
}

/** What a back-channel logout token that checked out asks Tandem to end (ADR 0055). */
export interface ProviderLogout {
  /** The issuer and subject together, as in ProviderIdentity; null when the token names only a session. */
  subject: string | null;
  /** The provider's session; null when the token ends every session of the subject. */
  sid: string | null;
  /** The token's own id, to refuse a replay. */
  jti: string;
}

/**
 * The service's OpenID provider (authorization code with PKCE), behind a port so the use cases
 * do not depend on the relying-party library. Failures are AppErrors whose details carry `sso`, an
 * SsoFailure: 'unavailable', 'denied' or 'rejected'.
 */
export interface SingleSignOn {
  /** Words for the button: "Sign in with {label}". */
  label: string;
  /** The claim whose value is an account's single sign-on username (email, preferred_username…). */
  usernameClaim: string;
  /** Email domains allowed to sign in; empty: any. */
  allowedDomains: readonly string[];
  /** The provider's authorization address for one attempt. */
  authorizationUrl(attempt: { state: string; nonce: string; codeVerifier: string }): Promise<URL>;
  /** Checks the answer the browser brought back (state, code) and exchanges the code for the identity. */
  finish(
    callbackQuery: URLSearchParams,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProviderIdentity>;
  /**
   * Where to send the browser so the provider ends its own session too (RP-initiated logout, with
   * the ID token as hint, coming back to Tandem's sign-in page); null when the provider offers none.
   */
  endSessionUrl(idToken: string): Promise<URL | null>;
  /**
   * Checks a back-channel logout token as OpenID Connect Back-Channel Logout 1.0 asks: signed by a
   * key of the provider's JWKS, from its issuer, for this client, issued lately, with the logout
   * event and no nonce. Refuses with an AppError 'bad_request' that says why.
   */
  verifyLogoutToken(logoutToken: string): Promise<ProviderLogout>;
}

export interface SsoRepository {
  createAttempt(attempt: Omit<SsoAttempt, 'usedAt'>): Promise<void>;
  /** The attempt with this state, marked used now; `wasUsed` when it had been used before. Null: no such attempt. */
  takeAttempt(stateHash: string, now: Date): Promise<{ attempt: SsoAttempt; wasUsed: boolean } | null>;
  /** Forgets attempts that expired before `before`. */
  deleteExpiredAttempts(before: Date): Promise<void>;
  findAccountBySubject(subject: string): Promise<AccountRecord | null>;
  findAccountBySsoUsername(ssoUsername: string): Promise<AccountRecord | null>;
  bindSubject(accountId: string, subject: string): Promise<void>;
  /** Links an account to a provider username (null unlinks it); any bound subject is forgotten. */
  setSsoUsername(accountId: string, ssoUsername: string | null): Promise<void>;
  /**
   * Keeps with a session its ID token (sealed), for signing out of the provider with it, and the
   * provider identity and session it came from, for the provider's back-channel logout.
   */
  keepProviderSession(
    sessionTokenHash: string,
    provider: { sealedIdToken: string; subject: string; sid: string | null },
  ): Promise<void>;
  /**
   * Ends the sessions a back-channel logout names: those of the provider session `sid` (and of
   * `subject`, when both are given), or every session of `subject`. Returns the accounts they were of.
   */
  endProviderSessions(logout: { subject: string | null; sid: string | null }): Promise<{ accountId: string }[]>;
  /**
   * Remembers a logout token's `jti` until `expiresAt`, forgetting those expired at `now`. False when
   * it was already remembered: a replay.
   */
  rememberLogoutToken(jti: string, now: Date, expiresAt: Date): Promise<boolean>;
  /** The sealed ID token kept with a session; null when it was not a single sign-on. */
  idTokenOf(sessionTokenHash: string): Promise<string | null>;
}
