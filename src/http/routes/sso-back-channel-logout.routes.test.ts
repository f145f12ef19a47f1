import { createSign, generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { startTestOidcProvider, type CookieJar, type TestOidcProvider } from '../../../test/support/oidc-provider';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { BACK_CHANNEL_LOGOUT_EVENT } from '../../domain/accounts/logout-token';
import { createOpenIdConnect } from '../../sso/openid-connect';
import { buildApp } from '../build-app';

// A real Tandem server listening on a free port, and a real OpenID provider with back-channel
// logout on: signing out at the provider must end the Tandem sessions that came from it.

const REDIRECT_URI = 'http://tandem.test/api/v1/sso/callback';

let t: TestDatabase;
let provider: TestOidcProvider;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  t = await createTestDatabase();
  let listening!: (url: string) => void;
  const tandemUrl = new Promise<string>((resolve) => (listening = resolve));
  provider = await startTestOidcProvider({
    redirectUri: REDIRECT_URI,
    identities: {
      'rae-at-idp': { email: 'rae@trust.example.org', email_verified: true },
      'ivo-at-idp': { email: 'ivo@trust.example.org', email_verified: true },
      'uma-at-idp': { email: 'uma@trust.example.org', email_verified: true },
    },
    backChannelLogoutUri: tandemUrl.then((url) => `${url}/api/v1/sso/back-channel-logout`),
  });
  const singleSignOn = createOpenIdConnect({
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: 'http://tandem.test/sign-in',
    usernameClaim: 'email',
    allowedDomains: ['trust.example.org'],
    label: 'the Trust account',
  });
  app = await buildApp({ services: { ...t.deps, singleSignOn }, engine: t.engine, version: 'test', webRoot: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  listening(base);
}, 120_000);
afterAll(async () => {
  await app.close();
  await provider.close();
  await t.close();
});

const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);

/** A staff account whose organisation sign-in is `email`. */
async function linkedWorker(email: string) {
  const worker = await createFactories(t).account('worker');
  await t.repositories.sso.setSsoUsername(worker.accountId, email);
  return worker;
}

/** Signs in to Tandem over HTTP through the provider, as a browser with the provider's cookies in `jar`; returns Tandem's session cookie. */
async function signIn(login: string, jar: CookieJar): Promise<string> {
  const start = await fetch(`${base}/api/v1/sso/start`, { redirect: 'manual' });
  expect(start.status).toBe(303);
  const back = await provider.signIn(start.headers.get('location')!, login, { jar });
  const done = await fetch(`${base}${back.pathname}${back.search}`, {
    redirect: 'manual',
    headers: { cookie: cookieOf(start, 'tandem_sso_state')! },
  });
  expect(done.headers.get('location')).toBe('/');
  return cookieOf(done, 'tandem_session')!;
}

const isSignedIn = async (cookie: string) => (await fetch(`${base}/api/v1/me`, { headers: { cookie } })).status === 200;

/** Posts a logout token to Tandem as the provider does. */
const postLogout = (body: string, contentType = 'application/x-www-form-urlencoded') =>
  fetch(`${base}/api/v1/sso/back-channel-logout`, { method: 'POST', headers: { 'content-type': contentType }, body });

const logoutClaims = (over: Record<string, unknown> = {}) => ({
  iss: provider.issuer,
  aud: provider.clientId,
  iat: Math.floor(Date.now() / 1000),
  exp: Math.floor(Date.now() / 1000) + 120,
  jti: crypto.randomUUID(),
  events: { [BACK_CHANNEL_LOGOUT_EVENT]: {} },
  ...over,
});

describe('back-channel logout from the organisation’s sign-in service', () => {
  it('ends every Tandem session from the provider session when someone signs out at the provider, and audits it', async () => {
    const worker = await linkedWorker('rae@trust.example.org');
    const laptop: CookieJar = new Map();
    const phone: CookieJar = new Map();
    const first = await signIn('rae-at-idp', laptop);
    const second = await signIn('rae-at-idp', laptop);
    const elsewhere = await signIn('rae-at-idp', phone);
    expect([await isSignedIn(first), await isSignedIn(second), await isSignedIn(elsewhere)]).toEqual([
      true,
      true,
      true,
    ]);

    await provider.signOutAtProvider(laptop);

    // Both sessions from the laptop's provider session ended; the phone's provider session did not end.
    expect([await isSignedIn(first), await isSignedIn(second), await isSignedIn(elsewhere)]).toEqual([
      false,
      false,
      true,
    ]);
    expect(await endedByProvider(worker.accountId)).toEqual([{ sessions: 2, sid: expect.any(String) }]);
  });

  it('ends every session of the person when the token names no provider session', async () => {
    const worker = await linkedWorker('ivo@trust.example.org');
    const sessions = [await signIn('ivo-at-idp', new Map()), await signIn('ivo-at-idp', new Map())];
    const answer = await postLogout(`logout_token=${provider.sign(logoutClaims({ sub: 'ivo-at-idp' }))}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await Promise.all(sessions.map(isSignedIn))).toEqual([false, false]);
    expect(await endedByProvider(worker.accountId)).toEqual([{ sessions: 2, sid: null }]);
  });

  it('refuses with 400, ending nothing, a token that does not check out, is replayed, or is not sent as a form', async () => {
    await linkedWorker('uma@trust.example.org');
    const session = await signIn('uma-at-idp', new Map());
    const sub = 'uma-at-idp';
    const [header, payload] = provider.sign(logoutClaims({ sub })).split('.');
    const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signedElsewhere = `${header}.${payload}.${createSign('RSA-SHA256').update(`${header}.${payload}`).sign(otherKey).toString('base64url')}`;
    const now = Math.floor(Date.now() / 1000);
    const refused: Record<string, string> = {
      'a signature by another key': signedElsewhere,
      'another audience': provider.sign(logoutClaims({ sub, aud: 'another-client' })),
      'another issuer': provider.sign(logoutClaims({ sub, iss: 'http://localhost:9' })),
      'no iat': provider.sign(logoutClaims({ sub, iat: undefined })),
      'issued an hour ago': provider.sign(logoutClaims({ sub, iat: now - 3600, exp: now + 60 })),
      expired: provider.sign(logoutClaims({ sub, exp: now - 600 })),
      'a nonce': provider.sign(logoutClaims({ sub, nonce: 'n-1' })),
      'no logout event': provider.sign(logoutClaims({ sub, events: {} })),
      'no sub or sid': provider.sign(logoutClaims()),
      'not a JWT': 'not-a-token',
    };
    for (const [what, token] of Object.entries(refused)) {
      const answer = await postLogout(`logout_token=${encodeURIComponent(token)}`);
      expect(answer.status, what).toBe(400);
      expect((await answer.json()) as unknown, what).toMatchObject({ error: 'invalid_request' });
    }
    expect((await postLogout('')).status).toBe(400);
    expect((await postLogout(JSON.stringify({ logout_token: refused.expired }), 'application/json')).status).toBe(400);
    expect(await isSignedIn(session)).toBe(true);

    // A token is acted on once: the same token again is a replay.
    const once = provider.sign(logoutClaims({ sub: 'someone-else-at-idp' }));
    expect((await postLogout(`logout_token=${once}`)).status).toBe(200);
    const replayed = await postLogout(`logout_token=${once}`);
    expect(replayed.status).toBe(400);
    expect(((await replayed.json()) as { error_description: string }).error_description).toContain('used already');
    expect(await isSignedIn(session)).toBe(true);
  });
});

/** The back-channel logouts audited against an account: how many sessions each ended, and which provider session. */
async function endedByProvider(accountId: string) {
  const result = await t.handle.db.execute(
    sql`select detail from audit_event where action = 'session.end_by_provider' and account_id = ${accountId}`,
  );
  return (result as unknown as { rows: { detail: { sessions: number; sid: string | null } }[] }).rows.map((row) => ({
    sessions: row.detail.sessions,
    sid: row.detail.sid,
  }));
}
