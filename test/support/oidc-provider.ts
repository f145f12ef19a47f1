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
  signIn(authorizationUrl: string, login: string, options?: { cancel?: boolean; jar?: CookieJar }): Promise<URL>;
  /**
   * Follows a sign-out address (RP-initiated logout) as a browser with `jar`'s cookies would,
   * answering yes on the provider's page, and returns where the provider sends it back.
   */
  signOut(endSessionUrl: string, jar: CookieJar): Promise<URL>;
  /**
   * Signs out at the provider itself, as someone would on its own page (not through Tandem), answering
   * yes to signing out of every application. With back-channel logout on, the provider has posted its
   * logout token to each of them by the time this returns.
   */
  signOutAtProvider(jar: CookieJar): Promise<void>;
  /** Whether the browser with `jar`'s cookies is still signed in at the provider (asked with prompt=none). */
  hasSession(authorizationUrl: string, jar: CookieJar): Promise<boolean>;
  close(): Promise<void>;
}

const KEY_ID = 'tandem-test';

/** A browser's cookies for the provider, by name. */
export type CookieJar = Map<string, string>;

/**
 * A real OpenID provider (oidc-provider) listening on a free local port, with one confidential
 * client whose redirect address is `redirectUri`. Anyone may sign in with any login and password
 * (its development login page); `identities` gives the claims each login carries, and a login not
 * listed gets only its subject.
 */
export async function startTestOidcProvider(options: {
  redirectUri: string;
  /** Where the provider may send the browser after ending its session (RP-initiated logout). */
  postLogoutRedirectUri?: string;
  identities: Record<string, TestIdentityClaims>;
  port?: number;
  /**
   * Turns on back-channel logout, posting logout tokens (with `sid`) to this address. A promise
   * when Tandem's address is known only once it listens, which needs the provider's issuer first:
   * the provider answers once the address is given.
   */
  backChannelLogoutUri?: string | Promise<string>;
}): Promise<TestOidcProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clientId = 'tandem';
  const clientSecret = 'a-long-client-secret-for-tests-only-0123456789';
  const configuration = (backChannelLogoutUri: string | undefined) => ({
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: options.postLogoutRedirectUri ? [options.postLogoutRedirectUri] : [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        ...(backChannelLogoutUri
          ? { backchannel_logout_uri: backChannelLogoutUri, backchannel_logout_session_required: true }
          : {}),
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
    features: {
      devInteractions: { enabled: true },
      backchannelLogout: { enabled: backChannelLogoutUri !== undefined },
    },
    // The provider refuses to post to addresses on this machine (its SSRF defence) and gives up after
    // 2.5 s; here Tandem is on this machine, and a loaded machine may be slow to answer.
    fetch: (url: string, init: RequestInit & { dispatcher?: unknown }) =>
      globalThis.fetch(url, { ...init, dispatcher: undefined, signal: null } as RequestInit),
  });
  const ready = Promise.resolve(options.backChannelLogoutUri).then((backChannelLogoutUri) => {
    const provider = new Provider(issuer, configuration(backChannelLogoutUri));
    provider.on('server_error', () => undefined);
    return provider.callback();
  });
  server.on('request', (request, response) => void ready.then((handle) => handle(request, response)));
  return {
    issuer,
    clientId,
    clientSecret,
    signingKey: privateKey,
    sign: (payload) => signJwt(privateKey, payload),
    signIn: (authorizationUrl, login, signInOptions) =>
      signInAtProvider(
        authorizationUrl,
        login,
        options.redirectUri,
        signInOptions?.cancel ?? false,
        signInOptions?.jar ?? new Map(),
      ),
    signOut: async (endSessionUrl, jar) => {
      const url = await confirmSignOut(new URL(endSessionUrl), jar);
      if (url.href.startsWith(issuer)) throw new Error('The provider never sent the browser back after signing out.');
      return url;
    },
    signOutAtProvider: async (jar) => {
      await confirmSignOut(new URL('/session/end', issuer), jar);
    },
    hasSession: async (authorizationUrl, jar) => {
      const url = new URL(authorizationUrl);
      url.searchParams.set('prompt', 'none');
      let response = await send(url, jar);
      for (let hop = 0; hop < 5; hop++) {
        const location = response.headers.get('location');
        if (!location) break;
        url.href = new URL(location, url).href;
        if (url.href.startsWith(options.redirectUri)) return url.searchParams.has('code');
        response = await send(url, jar);
      }
      throw new Error('The provider did not answer a prompt=none request with a redirect.');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers yes on the provider's sign-out page and follows its redirects; returns the last address reached. */
async function confirmSignOut(endSessionUrl: URL, jar: CookieJar): Promise<URL> {
  const page = await send(endSessionUrl, jar);
  const html = await page.text();
  const action = /<form id="op.logoutForm"[^>]*action="([^"]+)"/.exec(html)?.[1];
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !xsrf) throw new Error(`No sign-out form: ${page.status} ${html.slice(0, 300)}`);
  let url = new URL(action, endSessionUrl);
  let response = await send(url, jar, { xsrf, logout: 'yes' });
  for (let hop = 0; hop < 5; hop++) {
    const location = response.headers.get('location');
    if (!location) break;
    url = new URL(location, url);
    if (url.origin !== endSessionUrl.origin) return url;
    response = await send(url, jar);
  }
  return url;
}

function signJwt(key: KeyObject, payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid: KEY_ID })}.${part(payload)}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}

/** One request as a browser with `jar`'s cookies would send it, keeping the cookies it sets; redirects not followed. */
async function send(url: URL, jar: CookieJar, form?: Record<string, string>): Promise<Response> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    const value = pair.slice(at + 1);
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(pair.slice(0, at));
    else jar.set(pair.slice(0, at), value);
  }
  return response;
}

/** Follows the provider's redirects and fills in its login and consent forms, keeping its cookies. */
async function signInAtProvider(
  start: string,
  login: string,
  redirectUri: string,
  cancel: boolean,
  cookies: CookieJar,
): Promise<URL> {
  let url = new URL(start);
  let form: Record<string, string> | null = null;
  for (let hop = 0; hop < 20; hop++) {
    const response = await send(url, cookies, form ?? undefined);
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
