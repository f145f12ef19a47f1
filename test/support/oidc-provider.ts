import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** What the provider says about someone who signs in at it with a given login. */
export type TestIdentityClaims = Record<string, unknown>;

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The key the provider signs ID tokens with, so a test can play a provider that misbehaves. */
  signingKey: KeyObject;
  /** Signs a JWT with the provider's key (RS256, its key id). */
  sign(payload: Record<string, unknown>): string;
  /**
   * Goes through the provider's own login and consent pages as a browser would, from the
   * authorization address Tandem sent the browser to, and returns where the provider sends it back.
   */
  signIn(authorizationUrl: string, login: string, options?: { cancel?: boolean }): Promise<URL>;
  close(): Promise<void>;
}

const KEY_ID = 'tandem-test';

/**
 * A real OpenID provider (oidc-provider) listening on a free local port, with one confidential
 * client whose redirect address is `redirectUri`. Anyone may sign in with any login and password
 * (its development login page); `identities` gives the claims each login carries, and a login not
 * listed gets only its subject.
 */
export async function startTestOidcProvider(options: {
  redirectUri: string;
  identities: Record<string, TestIdentityClaims>;
  port?: number;
}): Promise<TestOidcProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clientId = 'tandem';
  const clientSecret = 'a-long-client-secret-for-tests-only-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' }] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    // ID tokens carry the claims themselves, as many providers do for the code flow.
    conformIdTokenClaims: false,
    findAccount: (_context: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, ...(options.identities[id] ?? {}) }),
    }),
    pkce: { required: () => true },
    cookies: { keys: ['a-cookie-key-for-tests-only'] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    features: { devInteractions: { enabled: true } },
  });
  provider.on('server_error', () => undefined);
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    signingKey: privateKey,
    sign: (payload) => signJwt(privateKey, payload),
    signIn: (authorizationUrl, login, signInOptions) =>
      signInAtProvider(authorizationUrl, login, options.redirectUri, signInOptions?.cancel ?? false),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function signJwt(key: KeyObject, payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid: KEY_ID })}.${part(payload)}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}

/** Follows the provider's redirects and fills in its login and consent forms, keeping its cookies. */
async function signInAtProvider(start: string, login: string, redirectUri: string, cancel: boolean): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(start);
  let form: Record<string, string> | null = null;
  for (let hop = 0; hop < 20; hop++) {
    const response: Response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    form = null;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      if (url.href.startsWith(redirectUri)) return url;
      continue;
    }
    const html: string = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`The provider answered ${response.status} with no form: ${html.slice(0, 300)}`);
    if (cancel) {
      const abort = /href="([^"]*\/abort)"/.exec(html)?.[1];
      if (!abort) throw new Error('No way to cancel on this page.');
      url = new URL(abort, url);
      continue;
    }
    url = new URL(action.replace(/&amp;/g, '&'), url);
    form = html.includes('name="login"') ? { prompt: 'login', login, password: 'any' } : { prompt: 'consent' };
  }
  throw new Error('The provider never sent the browser back.');
}
