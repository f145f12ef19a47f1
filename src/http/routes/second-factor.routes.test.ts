import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp, type SignedInClient } from '../../../test/support/http-client';
import { TEST_NOW, type TestDatabase } from '../../../test/support/test-database';
import { fromBase32, hotp, totpStep } from '../../domain/accounts/totp';
import { sealStoredSecrets } from '../../services/second-factor/seal-stored-secrets';
import { openTotpSecret } from '../../services/second-factor/totp-secret';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const PASSWORD = 'correct horse battery';
const at = (seconds: number) => new Date(TEST_NOW.getTime() + seconds * 1000);

/** The code an authenticator app with this secret shows `stepsAhead` steps after the clock the services see. */
const codeFor = (secret: string, stepsAhead = 0) => hotp(fromBase32(secret), totpStep(t.deps.now()) + stepsAhead);

async function enrolled(
  username: string,
): Promise<{ client: SignedInClient; secret: string; recoveryCodes: string[] }> {
  await createFactories(t).account('worker', {}, username);
  const client = await signInAs(app, username);
  const started = await client.request({ method: 'POST', url: '/api/v1/me/second-factor' });
  expect(started.statusCode).toBe(200);
  const { secret, otpauthUri } = started.json() as { secret: string; otpauthUri: string };
  expect(otpauthUri).toContain(`otpauth://totp/Tandem:${username}?secret=${secret}`);
  const confirmed = await client.request({
    method: 'POST',
    url: '/api/v1/me/second-factor/confirm',
    payload: { code: codeFor(secret) },
  });
  expect(confirmed.statusCode).toBe(200);
  return { client, secret, recoveryCodes: (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes };
}

async function password(username: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username, password: PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.cookies.find((c) => c.name === 'tandem_session')).toBeUndefined();
  const body = response.json() as { secondFactorRequired: boolean; challenge: string };
  expect(body.secondFactorRequired).toBe(true);
  return body.challenge;
}

const second = (payload: Record<string, string>): Promise<LightMyRequestResponse> =>
  app.inject({ method: 'POST', url: '/api/v1/session/second-factor', payload });

async function lastSignInMethod(username: string): Promise<unknown> {
  const result = await t.handle.db.execute(
    sql`select e.detail from audit_event e join account a on a.id = e.account_id
        where e.action = 'session.start' and a.username = ${username} order by e.occurred_at desc, e.id desc limit 1`,
  );
  return (result as unknown as { rows: { detail: { method?: unknown } }[] }).rows[0]?.detail.method;
}

describe('a second factor for staff', () => {
  it('asks for the code after the password, and opens the session only with it', async () => {
    t.setNow(at(0));
    const { secret, recoveryCodes } = await enrolled('tess.worker');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    t.setNow(at(30));
    const challenge = await password('tess.worker');
    const signedIn = await second({ challenge, code: codeFor(secret) });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.cookies.find((c) => c.name === 'tandem_session')).toMatchObject({ httpOnly: true });
    expect(signedIn.json().me).toMatchObject({ username: 'tess.worker' });
    expect(await lastSignInMethod('tess.worker')).toBe('password_and_code');
    // A challenge is used once.
    expect((await second({ challenge, code: codeFor(secret) })).statusCode).toBe(401);
  });

  it('never takes a code twice, takes one step either side, and no further', async () => {
    t.setNow(at(0));
    const { secret } = await enrolled('uma.worker');
    t.setNow(at(60));
    const code = codeFor(secret);
    expect((await second({ challenge: await password('uma.worker'), code })).statusCode).toBe(200);
    const challenge = await password('uma.worker');
    const reused = await second({ challenge, code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.message).toMatch(/used already/);
    // The code of the step before the one used is older still: refused.
    expect((await second({ challenge, code: codeFor(secret, -1) })).statusCode).toBe(401);
    expect((await second({ challenge, code: codeFor(secret, 2) })).statusCode).toBe(401);
    expect((await second({ challenge, code: codeFor(secret, 1) })).statusCode).toBe(200);
    // Thirty seconds on, the app's next code works; the one after it (used) does not.
    t.setNow(at(90));
    expect((await second({ challenge: await password('uma.worker'), code: codeFor(secret) })).statusCode).toBe(401);
    t.setNow(at(120));
    expect((await second({ challenge: await password('uma.worker'), code: codeFor(secret) })).statusCode).toBe(200);
  });

  it('takes each recovery code once, however it is typed', async () => {
    t.setNow(at(0));
    const { recoveryCodes } = await enrolled('vic.worker');
    const [first = ''] = recoveryCodes;
    const typed = first.toUpperCase().replace('-', ' ');
    const signedIn = await second({ challenge: await password('vic.worker'), recoveryCode: typed });
    expect(signedIn.statusCode).toBe(200);
    expect(await lastSignInMethod('vic.worker')).toBe('password_and_recovery_code');
    const again = await second({ challenge: await password('vic.worker'), recoveryCode: first });
    expect(again.statusCode).toBe(401);
    const client = await signInAsWithCode('vic.worker', recoveryCodes[1]!);
    const status = await client.request({ method: 'GET', url: '/api/v1/me/second-factor' });
    expect(status.json()).toMatchObject({ isEnrolled: true, recoveryCodesLeft: 8 });
  });

  it('ends the challenge after five wrong codes, counted as wrong passwords, and when it is five minutes old', async () => {
    t.setNow(at(0));
    const { secret } = await enrolled('wyn.worker');
    const late = await password('wyn.worker');
    const challenge = await password('wyn.worker');
    for (let i = 0; i < 4; i++) expect((await second({ challenge, code: '000000' })).statusCode).toBe(401);
    const fifth = await second({ challenge, code: '000000' });
    expect(fifth.json().error.details).toMatchObject({ restart: true });
    expect((await second({ challenge, code: codeFor(secret) })).statusCode).toBe(401);
    // Five wrong codes lock the username from that address, as five wrong passwords do (ADR 0003).
    const locked = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'wyn.worker', password: PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    t.setNow(at(6 * 60));
    const expired = await second({ challenge: late, code: codeFor(secret) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toMatch(/expired/);
  });

  it('refuses a wrong first code when setting up, and a malformed one with 400', async () => {
    t.setNow(at(0));
    await createFactories(t).account('worker', {}, 'xan.worker');
    const client = await signInAs(app, 'xan.worker');
    const { secret } = (await client.request({ method: 'POST', url: '/api/v1/me/second-factor' })).json() as {
      secret: string;
    };
    const wrong = await client.request({
      method: 'POST',
      url: '/api/v1/me/second-factor/confirm',
      payload: { code: codeFor(secret, 3) },
    });
    expect(wrong.statusCode).toBe(400);
    const malformed = await client.request({
      method: 'POST',
      url: '/api/v1/me/second-factor/confirm',
      payload: { code: '12ab' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toMatch(/six digits/);
    // Nothing is in force yet: the password alone still signs in.
    expect((await signInAs(app, 'xan.worker')).cookie).toBeTruthy();
  });

  it('makes staff of a required role set it up before anything else, and keeps it', async () => {
    t.setNow(at(0));
    const factories = createFactories(t);
    const admin = await signInAs(app, (await factories.account('admin')).username);
    const researcher = await factories.account('researcher', {}, 'yan.researcher');
    const set = await admin.request({
      method: 'PUT',
      url: '/api/v1/admin/second-factor/researcher',
      payload: { isRequired: true },
    });
    expect(set.statusCode).toBe(204);
    const roles = (await admin.request({ method: 'GET', url: '/api/v1/admin/second-factor' })).json() as {
      roles: { role: string; isRequired: boolean }[];
    };
    expect(roles.roles).toContainEqual({ role: 'researcher', isRequired: true });
    expect(roles.roles).toContainEqual({ role: 'worker', isRequired: false });

    const client = await signInAs(app, researcher.username);
    const me = await client.request({ method: 'GET', url: '/api/v1/me' });
    expect(me.json()).toMatchObject({ mustEnrolSecondFactor: true });
    const blocked = await client.request({ method: 'GET', url: '/api/v1/me/sessions' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.details).toMatchObject({ mustEnrolSecondFactor: true });
    const { secret } = (await client.request({ method: 'POST', url: '/api/v1/me/second-factor' })).json() as {
      secret: string;
    };
    const confirmed = await client.request({
      method: 'POST',
      url: '/api/v1/me/second-factor/confirm',
      payload: { code: codeFor(secret) },
    });
    expect(confirmed.statusCode).toBe(200);
    expect((await client.request({ method: 'GET', url: '/api/v1/me/sessions' })).statusCode).toBe(200);
    const removeOwn = await client.request({ method: 'DELETE', url: '/api/v1/me/second-factor' });
    expect(removeOwn.statusCode).toBe(400);
    // An administrator can remove it for someone who lost their phone and codes, saying why; their sessions end.
    const listed = async () =>
      (await admin.request({ method: 'GET', url: '/api/v1/admin/accounts?q=yan.researcher' })).json().accounts[0];
    expect(await listed()).toMatchObject({ username: 'yan.researcher', usesSecondFactor: true });
    const url = `/api/v1/admin/accounts/${researcher.accountId}/second-factor`;
    const withoutReason = await admin.request({ method: 'DELETE', url, payload: { reason: ' ' } });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().error.message).toMatch(/say why/i);
    expect((await client.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    const removed = await admin.request({ method: 'DELETE', url, payload: { reason: 'Lost their phone and codes' } });
    expect(removed.statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const audit = await t.handle.db.execute(
      sql`select detail from audit_event where action = 'second_factor.remove' and detail->>'accountId' = ${researcher.accountId}`,
    );
    expect(await listed()).toMatchObject({ usesSecondFactor: false });
    expect((audit as unknown as { rows: { detail: unknown }[] }).rows[0]?.detail).toMatchObject({
      reason: 'Lost their phone and codes',
    });
    // At the next sign-in the password alone opens a session that can only set the app up again.
    const next = await signInAs(app, researcher.username);
    expect((await next.request({ method: 'GET', url: '/api/v1/me' })).json()).toMatchObject({
      mustEnrolSecondFactor: true,
    });
    await admin.request({
      method: 'PUT',
      url: '/api/v1/admin/second-factor/researcher',
      payload: { isRequired: false },
    });
  });

  it('is for staff only, and only administrators decide who must use it or remove it', async () => {
    const factories = createFactories(t);
    const person = await factories.account('service_user', {}, 'zed.person');
    const asPerson = await signInAs(app, person.username);
    expect((await asPerson.request({ method: 'POST', url: '/api/v1/me/second-factor' })).statusCode).toBe(403);
    const carer = await factories.account('carer');
    const asCarer = await signInAs(app, carer.username);
    expect((await asCarer.request({ method: 'POST', url: '/api/v1/me/second-factor' })).statusCode).toBe(403);
    const worker = await factories.account('worker');
    const asWorker = await signInAs(app, worker.username);
    const other = await factories.account('worker');
    for (const request of [
      { method: 'PUT' as const, url: '/api/v1/admin/second-factor/worker', payload: { isRequired: true } },
      { method: 'GET' as const, url: '/api/v1/admin/second-factor' },
      {
        method: 'DELETE' as const,
        url: `/api/v1/admin/accounts/${other.accountId}/second-factor`,
        payload: { reason: 'Lost their phone' },
      },
    ]) {
      expect((await asWorker.request(request)).statusCode, request.url).toBe(403);
    }
    const admin = await signInAs(app, (await factories.account('admin')).username);
    const badRole = await admin.request({
      method: 'PUT',
      url: '/api/v1/admin/second-factor/service_user',
      payload: { isRequired: true },
    });
    expect(badRole.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/second-factor' })).statusCode).toBe(401);
  });

  it('keeps the authenticator secret sealed in the database, never in clear', async () => {
    t.setNow(at(0));
    const { secret } = await enrolled('abe.worker');
    const stored = await storedSecret('abe.worker');
    expect(stored).toMatch(/^tandem\.v1\./);
    expect(stored.toUpperCase()).not.toContain(secret.toUpperCase());
    expect(stored).not.toContain(fromBase32(secret).toString('hex'));
    expect(stored).not.toContain(fromBase32(secret).toString('base64url'));
    // It still opens for the code at sign-in.
    t.setNow(at(30));
    expect((await second({ challenge: await password('abe.worker'), code: codeFor(secret) })).statusCode).toBe(200);
  });

  it('seals at start-up a secret stored in clear before sealing began, and it keeps working', async () => {
    t.setNow(at(0));
    const { secret } = await enrolled('bea.worker');
    await t.handle.db.execute(
      sql`update second_factor set secret = ${secret} where account_id = (select id from account where username = 'bea.worker')`,
    );
    expect(await storedSecret('bea.worker')).toBe(secret);
    expect((await sealStoredSecrets(t.deps)).sealed).toBeGreaterThanOrEqual(1);
    const stored = await storedSecret('bea.worker');
    expect(stored).toMatch(/^tandem\.v1\./);
    expect(stored).not.toContain(secret);
    expect((await sealStoredSecrets(t.deps)).sealed).toBe(0);
    // It opens to the same secret, so the app keeps working (sign-in with it is shown above).
    const factor = await t.deps.uow.read(async (r) =>
      r.secondFactors.find((await r.accounts.findByUsername('bea.worker'))!.id),
    );
    expect(openTotpSecret(t.deps, factor!)).toBe(secret);
  });
});

async function storedSecret(username: string): Promise<string> {
  const result = await t.handle.db.execute(
    sql`select f.secret from second_factor f join account a on a.id = f.account_id where a.username = ${username}`,
  );
  return (result as unknown as { rows: { secret: string }[] }).rows[0]!.secret;
}

async function signInAsWithCode(username: string, recoveryCode: string): Promise<SignedInClient> {
  const response = await second({ challenge: await password(username), recoveryCode });
  const cookie = `tandem_session=${response.cookies.find((c) => c.name === 'tandem_session')!.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    request: (options) =>
      app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } }),
  };
}
