import type { AccountRole } from './account-role';

// Who may use single sign-on and a second factor, and why a single sign-on can fail (ADR 0042).

/** Staff roles: they may sign in through the service's identity provider, and may be required to use a second factor. */
export const STAFF_ROLES = ['worker', 'team_manager', 'researcher', 'admin'] as const satisfies readonly AccountRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (role: AccountRole): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);

/**
 * Why a single sign-on did not end in a session. The sign-in page says each in plain words; none
 * says whether an account exists beyond "no account is linked".
 */
export const SSO_FAILURES = [
  /** The provider could not be reached (down, or not answering in time). */
  'unavailable',
  /** The person cancelled or the provider refused to sign them in. */
  'denied',
  /** The provider's answer did not check out (wrong audience, issuer, signature, nonce, code). */
  'rejected',
  /** The answer came back too late: the attempt had expired. */
  'expired',
  /** The answer had been used before, or came back to a different browser. */
  'replayed',
  /** Signed in at the provider, but no Tandem staff account is linked to that identity. */
  'unknown_account',
  /** The identity's email domain is not one the service allows. */
  'domain_not_allowed',
  /** Single sign-on is not set up on this server. */
  'not_configured',
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

/** The domain of an email address, lower-cased; null when it is not one. */
export function emailDomain(value: string): string | null {
  const at = value.lastIndexOf('@');
  return at > 0 && at < value.length - 1 ? value.slice(at + 1).toLowerCase() : null;
}

/**
 * Whether an identity may sign in at all: with allowed domains configured, its email (verified by
 * the provider) must be in one of them.
 */
export function isDomainAllowed(
  claims: { email?: unknown; email_verified?: unknown },
  allowedDomains: readonly string[],
): boolean {
  if (allowedDomains.length === 0) return true;
  if (typeof claims.email !== 'string' || claims.email_verified !== true) return false;
  const domain = emailDomain(claims.email);
  return domain !== null && allowedDomains.includes(domain);
}

/** The username claim's value, trimmed and lower-cased, or null when the provider did not send it as text. */
export function claimedUsername(claims: Record<string, unknown>, claim: string): string | null {
  const value = claims[claim];
  if (typeof value !== 'string' || value.trim() === '') return null;
  // An email given as the username counts only once the provider says it verified it.
  if (claim === 'email' && claims.email_verified !== true) return null;
  return value.trim().toLowerCase();
}
