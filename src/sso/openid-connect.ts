import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { readLogoutTokenClaims } from '../domain/accounts/logout-token';
import { AppError } from '../domain/errors/app-error';
import type { SsoFailure } from '../domain/accounts/staff-sign-in';
import type { ProviderIdentity, ProviderLogout, SingleSignOn } from '../services/sso/ports';

/** How old a back-channel logout token may be (from its `iat`), and how far clocks may differ. */
export const LOGOUT_TOKEN_MAX_AGE_SECONDS = 300;
const CLOCK_TOLERANCE_SECONDS = 60;

export interface OpenIdConnectSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Where the provider sends the browser after ending its own session: Tandem's sign-in page. */
  postLogoutRedirectUri: string;
  usernameClaim: string;
  allowedDomains: readonly string[];
  label: string;
  /** How long to wait for the provider before saying it is unavailable. */
  timeoutSeconds?: number;
  /** Replaces fetch for every call to the provider (tests use it to play a provider that misbehaves). */
  fetch?: client.CustomFetch;
}

// The provider's own words go in `cause`, for the log; the details (which may reach the browser) carry only the reason.
const failure = (reason: SsoFailure, message: string, cause?: unknown) =>
  Object.assign(new AppError('unauthenticated', message, { sso: reason }), { cause });

/**
 * The service's OpenID provider through `openid-client`: discovery (kept once it succeeds, tried
 * again after a failure, so a provider that was down at start-up is used once it is back),
 * authorization code with PKCE (S256), and every check of the ID token the library makes
 * (issuer, audience, signature, expiry, nonce).
 */
export function createOpenIdConnect(settings: OpenIdConnectSettings): SingleSignOn {
  let discovered: Promise<client.Configuration> | null = null;
  let keys: ReturnType<typeof createRemoteJWKSet> | null = null;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        timeout: settings.timeoutSeconds ?? 5,
        // Plain http only where configuration allowed it: a provider on this machine, for tests.
        ...(settings.issuer.startsWith('http://') ? { execute: [client.allowInsecureRequests] } : {}),
        ...(settings.fetch ? { [client.customFetch]: settings.fetch } : {}),
      })
      .catch((error: unknown) => {
        discovered = null;
        throw failure('unavailable', 'The sign-in service could not be reached.', error);
      });
    return discovered;
  };

  return {
    label: settings.label,
    usernameClaim: settings.usernameClaim,
    allowedDomains: settings.allowedDomains,
    async authorizationUrl({ state, nonce, codeVerifier }) {
      const config = await configuration();
      return client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
    },
    async finish(callbackQuery, expected): Promise<ProviderIdentity> {
      const config = await configuration();
      const currentUrl = new URL(settings.redirectUri);
      currentUrl.search = callbackQuery.toString();
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: expected.codeVerifier,
          expectedState: expected.state,
          expectedNonce: expected.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw classify(error);
      }
      const claims = tokens.claims();
      if (!claims) throw failure('rejected', 'The sign-in service sent no identity.');
      if (!tokens.id_token) throw failure('rejected', 'The sign-in service sent no ID token.');
      return {
        subject: `${claims.iss} ${claims.sub}`,
        claims: { ...claims },
        idToken: tokens.id_token,
        sid: typeof claims.sid === 'string' && claims.sid !== '' ? claims.sid : null,
      };
    },
    async endSessionUrl(idToken) {
      const config = await configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: settings.postLogoutRedirectUri,
      });
    },
    async verifyLogoutToken(logoutToken): Promise<ProviderLogout> {
      const metadata = (await configuration()).serverMetadata();
      if (!metadata.jwks_uri) throw invalidLogout('The sign-in service publishes no keys to check the token with.');
      keys ??= createRemoteJWKSet(new URL(metadata.jwks_uri), {
        timeoutDuration: (settings.timeoutSeconds ?? 5) * 1000,
      });
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(logoutToken, keys, {
          issuer: metadata.issuer,
          audience: settings.clientId,
          algorithms: metadata.id_token_signing_alg_values_supported ?? ['RS256'],
          requiredClaims: ['iat'],
          maxTokenAge: LOGOUT_TOKEN_MAX_AGE_SECONDS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        }));
      } catch (error) {
        throw unverified(error);
      }
      const read = readLogoutTokenClaims(payload);
      if (!read.ok) throw invalidLogout(read.reason);
      const { sub, sid, jti } = read.claims;
      return { subject: sub === null ? null : `${metadata.issuer} ${sub}`, sid, jti };
    },
  };
}

const invalidLogout = (message: string, cause?: unknown) =>
  Object.assign(new AppError('bad_request', message, { logoutToken: true }), { cause });

/** Why a logout token's signature, issuer, audience or times did not check out; the provider being down is not the token's fault. */
function unverified(error: unknown): AppError {
  const keysUnreachable = error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid;
  if (error instanceof joseErrors.JOSEError && !keysUnreachable) {
    return invalidLogout(`The logout token did not check out (${error.code}).`, error);
  }
  return failure('unavailable', 'The sign-in service’s keys could not be fetched.', error);
}

/** The provider said no, did not answer, or answered with something that does not check out. */
function classify(error: unknown): AppError {
  if (error instanceof client.AuthorizationResponseError) {
    return failure('denied', 'The sign-in service did not sign you in.', error);
  }
  if (error instanceof client.ResponseBodyError || error instanceof client.ClientError) {
    return failure('rejected', 'The answer from the sign-in service did not check out.', error);
  }
  return failure('unavailable', 'The sign-in service could not be reached.', error);
}
