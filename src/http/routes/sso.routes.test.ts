import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { buildTestApp, signInAs } from '../../../test/support/http-client';
import { startTestOidcProvider, type CookieJar, type TestOidcProvider } from '../../../test/support/oidc-provider';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '../../../test/support/test-database';
import { createOpenIdConnect, type OpenIdConnectSettings } from '../../sso/openid-connect';
import { buildApp } from '../build-app';

const REDIRECT_URI = 'http://tandem.test/api/v1/sso/callback';
const POST_LOGOUT_URI = 'http://tandem.test/sign-in';

let t: TestDatabase;
let provider: TestOidcProvider;
let app: FastifyInstance;
const apps: FastifyInstance[] = [];

/** The app with single sign-on through the test provider; `change` plays a provider or setting gone wrong. */
async function appWith(change: Partial<OpenIdConnectSettings> = {}): Promise<FastifyInstance> {
  const singleSignOn = createOpenIdConnect({
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: POST_LOGOUT_URI,
    usernameClaim: 'email',
    allowedDomains: ['trust.example.org'],
    label: 'the Trust account',
    ...change,
  });
  const built = await buildApp({
    services: { ...t.deps, singleSignOn },
    engine: t.engine,
    version: 'test',
    webRoot: null,
  });
  apps.push(built);
  return built;
}

beforeAll(async () => {
  t = await createTestDatabase();
  provider = await startTestOidcProvider({
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: POST_LOGOUT_URI,
    identities: {
      'sam-at-idp': { email: 'sam.jones@trust.example.org', email_verified: true },
      'kit-at-idp': { email: 'kit@trust.example.org', email_verified: true },
      'unverified-at-idp': { email: 'ali@trust.example.org', email_verified: false },
      'outsider-at-idp': { email: 'pat@elsewhere.example.com', email_verified: true },
      'person-at-idp': { email: 'robin@trust.example.org', email_verified: true },
      'lou-at-idp': { email: 'lou@trust.example.org', email_verified: true },
      'max-at-idp': { email: 'max@trust.example.org', email_verified: true },
      'ned-at-idp': { email: 'ned@trust.example.org', email_verified: true },
    },
  });
  app = await appWith();
});
afterAll(async () => {
  for (const built of apps) await built.close();
  await provider.close();
  await t.close();
});

/** Starts at Tandem, signs in at the provider as `login`, and brings the answer back to Tandem. */
async function signInThroughProvider(
  login: string,
  on = app,
  jar: CookieJar = new Map(),
): Promise<LightMyRequestResponse> {
  const start = await on.inject({ method: 'GET', url: '/api/v1/sso/start' });
  expect(start.statusCode).toBe(303);
  const state = start.cookies.find((c) => c.name === 'tandem_sso_state')!;
  const back = await provider.signIn(start.headers.location as string, login, { jar });
  return on.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    headers: { cookie: `tandem_sso_state=${state.value}` },
  });
}

const sessionCookieOf = (response: LightMyRequestResponse) =>
  response.cookies.find((c) => c.name === 'tandem_session' && c.value !== '');

async function linkedWorker(username: string, ssoUsername: string) {
  const factories = createFactories(t);
  const admin = await signInAs(app, (await factories.account('admin')).username);
  const worker = await factories.account('worker', {}, username);
  const linked = await admin.request({
    method: 'PUT',
    url: `/api/v1/admin/accounts/${worker.accountId}/sso`,
    payload: { ssoUsername },
  });
  expect(linked.statusCode).toBe(200);
  const listed = await admin.request({ method: 'GET', url: `/api/v1/admin/accounts?q=${username}` });
  expect(listed.json().accounts[0]).toMatchObject({ username, ssoUsername: ssoUsername.toLowerCase() });
  return worker;
}

describe('single sign-on for staff', () => {
  it('says whether it is set up, and with which words', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/sso' });
    expect(response.json()).toEqual({ isEnabled: true, label: 'the Trust account' });
    const off = await buildTestApp(t);
    apps.push(off);
    expect((await off.inject({ method: 'GET', url: '/api/v1/sso' })).json()).toEqual({ isEnabled: false, label: null });
    const start = await off.inject({ method: 'GET', url: '/api/v1/sso/start' });
    expect(start.headers.location).toBe('/sign-in?sso=not_configured');
  });

  it('sends the browser to the provider with PKCE, a state and a nonce, and keeps the state in a Lax cookie', async () => {
    const start = await app.inject({ method: 'GET', url: '/api/v1/sso/start' });
    const to = new URL(start.headers.location as string);
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    const cookie = start.cookies.find((c) => c.name === 'tandem_sso_state');
    expect(cookie).toMatchObject({
      value: to.searchParams.get('state'),
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
    });
  });

  it('signs a linked worker in through the provider, with Tandem’s own session, and audits how', async () => {
    const worker = await linkedWorker('sam.worker', 'Sam.Jones@trust.example.org');
    const back = await signInThroughProvider('sam-at-idp');
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe('/');
    const cookie = sessionCookieOf(back);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `tandem_session=${cookie!.value}` },
    });
    expect(me.json().me).toMatchObject({ accountId: worker.accountId, role: 'worker' });
    const result = await t.handle.db.execute(
      sql`select detail from audit_event where action = 'session.start' and account_id = ${worker.accountId}`,
    );
    const [row] = (result as unknown as { rows: { detail: { method?: unknown } }[] }).rows;
    expect(row?.detail.method).toBe('single_sign_on');
    // Bound at the first sign-on: the next one finds the account by the provider's subject.
    const again = await signInThroughProvider('sam-at-idp');
    expect(sessionCookieOf(again)).toBeDefined();
  });

  it('refuses someone the provider knows but no Tandem account is linked to, with a clear page', async () => {
    const back = await signInThroughProvider('kit-at-idp');
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe('/sign-in?sso=unknown_account');
    expect(sessionCookieOf(back)).toBeUndefined();
  });

  it('never signs in an unverified email, an email outside the allowed domains, or a non-staff account', async () => {
    await linkedWorker('ali.worker', 'ali@trust.example.org');
    expect((await signInThroughProvider('unverified-at-idp')).headers.location).toBe('/sign-in?sso=domain_not_allowed');
    await linkedWorker('pat.worker', 'pat@elsewhere.example.com');
    expect((await signInThroughProvider('outsider-at-idp')).headers.location).toBe('/sign-in?sso=domain_not_allowed');
    const factories = createFactories(t);
    const admin = await signInAs(app, (await factories.account('admin')).username);
    const person = await factories.account('service_user', {}, 'robin.person');
    const refused = await admin.request({
      method: 'PUT',
      url: `/api/v1/admin/accounts/${person.accountId}/sso`,
      payload: { ssoUsername: 'robin@trust.example.org' },
    });
    expect(refused.statusCode).toBe(400);
    expect((await signInThroughProvider('person-at-idp')).headers.location).toBe('/sign-in?sso=unknown_account');
  });

  it('refuses a replayed answer, one brought to another browser, and one without a state', async () => {
    await linkedWorker('kim.worker', 'kit@trust.example.org');
    const start = await app.inject({ method: 'GET', url: '/api/v1/sso/start' });
    const state = start.cookies.find((c) => c.name === 'tandem_sso_state')!.value;
    const back = await provider.signIn(start.headers.location as string, 'kit-at-idp');
    const url = `${back.pathname}${back.search}`;
    const elsewhere = await app.inject({ method: 'GET', url, headers: { cookie: 'tandem_sso_state=another' } });
    expect(elsewhere.headers.location).toBe('/sign-in?sso=replayed');
    const replayed = await app.inject({ method: 'GET', url, headers: { cookie: `tandem_sso_state=${state}` } });
    expect(replayed.headers.location).toBe('/sign-in?sso=replayed');
    expect(sessionCookieOf(replayed)).toBeUndefined();
    const none = await app.inject({ method: 'GET', url: '/api/v1/sso/callback?code=abc' });
    expect(none.headers.location).toBe('/sign-in?sso=replayed');
  });

  it('refuses an answer that comes back after the attempt expired', async () => {
    const start = await app.inject({ method: 'GET', url: '/api/v1/sso/start' });
    const state = start.cookies.find((c) => c.name === 'tandem_sso_state')!.value;
    const back = await provider.signIn(start.headers.location as string, 'sam-at-idp');
    t.setNow(new Date(TEST_NOW.getTime() + 11 * 60_000));
    try {
      const late = await app.inject({
        method: 'GET',
        url: `${back.pathname}${back.search}`,
        headers: { cookie: `tandem_sso_state=${state}` },
      });
      expect(late.headers.location).toBe('/sign-in?sso=expired');
      expect(sessionCookieOf(late)).toBeUndefined();
    } finally {
      t.setNow(TEST_NOW);
    }
  });

  it('refuses an ID token made for another client (wrong audience)', async () => {
    // A provider that answers with an ID token for someone else's client, properly signed.
    const wrongAudience = await appWith({
      fetch: async (url, options) => {
        const response = await fetch(url, options as RequestInit);
        if (!String(url).endsWith('/token')) return response;
        const tokens = (await response.json()) as { id_token: string };
        const claims = JSON.parse(Buffer.from(tokens.id_token.split('.')[1]!, 'base64url').toString()) as object;
        const forged = { ...tokens, id_token: provider.sign({ ...claims, aud: 'another-client' }) };
        return new Response(JSON.stringify(forged), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const back = await signInThroughProvider('sam-at-idp', wrongAudience);
    expect(back.headers.location).toBe('/sign-in?sso=rejected');
    expect(sessionCookieOf(back)).toBeUndefined();
  });

  it('says the provider is unavailable when it is down, and when someone cancels there', async () => {
    const down = await appWith({ issuer: 'http://localhost:9', timeoutSeconds: 2 });
    const start = await down.inject({ method: 'GET', url: '/api/v1/sso/start' });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe('/sign-in?sso=unavailable');
    const startCancel = await app.inject({ method: 'GET', url: '/api/v1/sso/start' });
    const state = startCancel.cookies.find((c) => c.name === 'tandem_sso_state')!.value;
    const back = await provider.signIn(startCancel.headers.location as string, 'sam-at-idp', { cancel: true });
    const cancelled = await app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `tandem_sso_state=${state}` },
    });
    expect(cancelled.headers.location).toBe('/sign-in?sso=denied');
  });

  it('lets only administrators link accounts, and each organisation name to one account', async () => {
    const factories = createFactories(t);
    const worker = await factories.account('worker');
    const other = await factories.account('worker');
    const asWorker = await signInAs(app, worker.username);
    const refused = await asWorker.request({
      method: 'PUT',
      url: `/api/v1/admin/accounts/${other.accountId}/sso`,
      payload: { ssoUsername: 'x@trust.example.org' },
    });
    expect(refused.statusCode).toBe(403);
    const admin = await signInAs(app, (await factories.account('admin')).username);
    const taken = await admin.request({
      method: 'PUT',
      url: `/api/v1/admin/accounts/${other.accountId}/sso`,
      payload: { ssoUsername: 'kit@trust.example.org' },
    });
    expect(taken.statusCode).toBe(409);
  });

  it('signs out of the provider too after a single sign-on, with the ID token as hint, and ends Tandem’s session first', async () => {
    const worker = await linkedWorker('lou.worker', 'lou@trust.example.org');
    const jar: CookieJar = new Map();
    const back = await signInThroughProvider('lou-at-idp', app, jar);
    const cookie = `tandem_session=${sessionCookieOf(back)!.value}`;
    const kept = await t.handle.db.execute(
      sql`select sso_id_token from session where account_id = ${worker.accountId}`,
    );
    const sealed = (kept as unknown as { rows: { sso_id_token: string }[] }).rows[0]!.sso_id_token;
    // Kept sealed: no JWT in clear in the database.
    expect(sealed).toMatch(/^tandem\.v1\./);
    expect(sealed).not.toContain('eyJ');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const { csrfToken } = me.json() as { csrfToken: string };
    const startAgain = async () =>
      (await app.inject({ method: 'GET', url: '/api/v1/sso/start' })).headers.location as string;
    expect(await provider.hasSession(await startAgain(), jar)).toBe(true);

    const signedOut = await app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(signedOut.statusCode).toBe(200);
    const to = new URL((signedOut.json() as { providerSignOutUrl: string }).providerSignOutUrl);
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(POST_LOGOUT_URI);
    const hint = to.searchParams.get('id_token_hint')!;
    const claims = JSON.parse(Buffer.from(hint.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: 'lou-at-idp', aud: provider.clientId, iss: provider.issuer });
    // Tandem's session has ended before the browser even reaches the provider.
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
    const returned = await provider.signOut(to.href, jar);
    expect(returned.href).toBe(POST_LOGOUT_URI);
    expect(await provider.hasSession(await startAgain(), jar)).toBe(false);
  });

  it('ends Tandem’s session even when the provider cannot be reached to sign out of it', async () => {
    await linkedWorker('max.worker', 'max@trust.example.org');
    const back = await signInThroughProvider('max-at-idp');
    const cookie = `tandem_session=${sessionCookieOf(back)!.value}`;
    const { csrfToken } = (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json() as {
      csrfToken: string;
    };
    // Another server of the same Tandem, whose provider is down.
    const down = await appWith({ issuer: 'http://localhost:9', timeoutSeconds: 2 });
    const signedOut = await down.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(signedOut.statusCode).toBe(204);
    expect(signedOut.cookies.find((c) => c.name === 'tandem_session')?.value).toBe('');
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('says the provider is unavailable when it goes down between sending someone to it and their coming back', async () => {
    await linkedWorker('ned.worker', 'ned@trust.example.org');
    const start = await app.inject({ method: 'GET', url: '/api/v1/sso/start' });
    const state = start.cookies.find((c) => c.name === 'tandem_sso_state')!.value;
    const back = await provider.signIn(start.headers.location as string, 'ned-at-idp');
    const tokenEndpointDown = await appWith({
      fetch: async (url, options) => {
        if (String(url).endsWith('/token')) throw new TypeError('fetch failed: connection refused');
        return fetch(url, options as RequestInit);
      },
    });
    const answer = await tokenEndpointDown.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `tandem_sso_state=${state}` },
    });
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/sign-in?sso=unavailable');
    expect(sessionCookieOf(answer)).toBeUndefined();
  });
});
