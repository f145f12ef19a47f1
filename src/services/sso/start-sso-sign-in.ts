import { randomBytes } from 'node:crypto';
import { AppError } from '../../domain/errors/app-error';
import { hashSessionToken } from '../accounts/session-tokens';
import type { ServiceDeps } from '../ports';

/** How long someone has at the provider before coming back is refused as expired. */
export const SSO_ATTEMPT_MINUTES = 10;

/**
 * Starts a single sign-on: a fresh state, nonce and PKCE verifier, kept in the database (only the
 * state's hash as its key) so that any server can finish it and it can be used once. The state is
 * also returned for a cookie, so the answer must come back to the same browser.
 */
export async function startSsoSignIn(deps: ServiceDeps): Promise<{ state: string; redirectTo: URL }> {
  const sso = deps.singleSignOn;
  if (!sso) throw new AppError('not_found', 'Single sign-on is not set up here.', { sso: 'not_configured' });
  const now = deps.now();
  const state = randomBytes(32).toString('base64url');
  const nonce = randomBytes(32).toString('base64url');
  const codeVerifier = randomBytes(48).toString('base64url');
  // Asked first: when the provider is down nothing is written.
  const redirectTo = await sso.authorizationUrl({ state, nonce, codeVerifier });
  await deps.uow.run(async (r) => {
    await r.sso.deleteExpiredAttempts(now);
    await r.sso.createAttempt({
      stateHash: hashSessionToken(state),
      codeVerifier,
      nonce,
      expiresAt: new Date(now.getTime() + SSO_ATTEMPT_MINUTES * 60_000),
    });
  });
  return { state, redirectTo };
}
