import { timingSafeEqual } from 'node:crypto';
import type { AccountRecord } from '../accounts/ports';
import type { SsoFailure } from '../../domain/accounts/staff-sign-in';
import { claimedUsername, isDomainAllowed, isStaffRole } from '../../domain/accounts/staff-sign-in';
import { AppError } from '../../domain/errors/app-error';
import { hashSessionToken } from '../accounts/session-tokens';
import { startSession, type StartedSession } from '../accounts/start-session';
import type { Repositories, ServiceDeps } from '../ports';
import type { ProviderIdentity } from './ports';

export interface FinishSsoSignInInput {
  /** The query the provider sent the browser back with (state, code, or error). */
  query: URLSearchParams;
  /** The state kept in the browser's cookie when the attempt started. */
  stateCookie: string | null;
  address?: string | null;
  userAgent?: string | null;
}

/** What a kept ID token is sealed for: the one session it came with. */
export const idTokenContext = (sessionTokenHash: string) => `sso_id_token:${sessionTokenHash}`;

const refuse = (reason: SsoFailure, message: string) => new AppError('unauthenticated', message, { sso: reason });

/**
 * Finishes a single sign-on: the attempt must exist, be unused and unexpired, and belong to this
 * browser; the provider's answer must check out; and a staff account must already be linked to the
 * identity, by the subject bound at an earlier sign-on or by the username an administrator set.
 * No account is ever made here (ADR 0042).
 */
export async function finishSsoSignIn(deps: ServiceDeps, input: FinishSsoSignInInput): Promise<StartedSession> {
  const sso = deps.singleSignOn;
  if (!sso) throw new AppError('not_found', 'Single sign-on is not set up here.', { sso: 'not_configured' });
  const now = deps.now();
  const state = input.query.get('state') ?? '';
  if (!state) throw refuse('replayed', 'This sign-in link is not one Tandem started.');
  const taken = await deps.uow.run((r) => r.sso.takeAttempt(hashSessionToken(state), now));
  if (!taken) throw refuse('replayed', 'This sign-in link is not one Tandem started.');
  if (taken.wasUsed) throw refuse('replayed', 'This sign-in link has been used already.');
  if (!input.stateCookie || !sameText(input.stateCookie, state)) {
    throw refuse('replayed', 'This sign-in was started in another browser.');
  }
  if (taken.attempt.expiresAt <= now) throw refuse('expired', 'This sign-in took too long.');
  const identity = await sso.finish(input.query, {
    state,
    nonce: taken.attempt.nonce,
    codeVerifier: taken.attempt.codeVerifier,
  });
  if (!isDomainAllowed(identity.claims, sso.allowedDomains)) {
    throw refuse('domain_not_allowed', 'That account’s email domain may not sign in to Tandem.');
  }
  return deps.uow.run(async (r) => {
    const account = await linkedAccount(r, identity, sso.usernameClaim);
    if (!account) throw refuse('unknown_account', 'No Tandem staff account is linked to that sign-in.');
    if (!account.ssoSubject) await r.sso.bindSubject(account.id, identity.subject);
    const session = await startSession(r, account, {
      now,
      method: 'single_sign_on',
      userAgent: input.userAgent ?? null,
      address: input.address ?? null,
    });
    // Kept sealed, for ending the provider's session too when this one is signed out of; the
    // identity and provider session, for ending this one when the provider says so (ADR 0055).
    const tokenHash = hashSessionToken(session.token);
    await r.sso.keepProviderSession(tokenHash, {
      sealedIdToken: deps.secretBox.seal(identity.idToken, idTokenContext(tokenHash)),
      subject: identity.subject,
      sid: identity.sid,
    });
    return session;
  });
}

/**
 * The staff account linked to an identity: the one its subject was bound to, or else the one whose
 * single sign-on username is the (verified) claim, provided no other identity is bound to it yet.
 */
async function linkedAccount(
  r: Repositories,
  identity: ProviderIdentity,
  usernameClaim: string,
): Promise<AccountRecord | null> {
  const bySubject = await r.sso.findAccountBySubject(identity.subject);
  const username = claimedUsername(identity.claims, usernameClaim);
  const byUsername = bySubject ?? (username ? await r.sso.findAccountBySsoUsername(username) : null);
  const account = bySubject ?? (byUsername && !byUsername.ssoSubject ? byUsername : null);
  if (!account || account.disabledAt || !isStaffRole(account.role)) return null;
  // An administrator who relinks the account to another username unbinds the subject (setSsoUsername).
  if (account.ssoUsername === null || account.ssoUsername === undefined) return null;
  return account;
}

const sameText = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
