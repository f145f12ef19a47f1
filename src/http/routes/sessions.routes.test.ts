import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('session API', () => {
  it('answers the health check without signing in', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: t.engine });
  });

  it('signs in with a secure, HttpOnly, SameSite=Strict cookie and answers /me', async () => {
    const worker = await createFactories(t).account('worker', {}, 'casey.worker');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'Casey.Worker', password: 'correct horse battery' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'tandem_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `tandem_session=${cookie!.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().me).toMatchObject({ accountId: worker.accountId, role: 'worker' });
  });

  it('refuses a wrong password with 401 and the same message as an unknown username', async () => {
    await createFactories(t).account('worker', {}, 'robin.worker');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'robin.worker', password: 'nope nope nope' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'nobody.here', password: 'nope nope nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('answers an unknown username with the same statuses and messages as a known one, through the lock', async () => {
    await createFactories(t).account('worker', {}, 'jess.worker');
    const answers = async (username: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: { username, password: `wrong-${i}` },
          remoteAddress: '192.0.2.44',
        });
        seen.push(`${response.statusCode} ${response.json().error.message}`);
      }
      return seen;
    };
    const known = await answers('jess.worker');
    expect(known.at(-1)).toMatch(/^429 /);
    expect(await answers('jess.nobody')).toEqual(known);
  });

  it('marks the browser as a known device with an HttpOnly cookie sent only to sign-in', async () => {
    await createFactories(t).account('worker', {}, 'device.worker');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'device.worker', password: 'correct horse battery' },
    });
    expect(response.cookies.find((c) => c.name === 'tandem_device')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/api/v1/session',
    });
  });

  it('locks an account after five wrong passwords, even with the right one', async () => {
    await createFactories(t).account('worker', {}, 'lee.worker');
    for (let i = 0; i < 5; i += 1) {
      await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'lee.worker', password: `wrong-${i}` },
      });
    }
    const locked = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'lee.worker', password: 'correct horse battery' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/Try again in 15 minutes/);
  });

  it('rejects a malformed sign-in body with 400 naming the field', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^Password: /);
  });

  it('refuses a change without the CSRF token, and signs out so the cookie stops working', async () => {
    await createFactories(t).account('worker', {}, 'sam.worker');
    const client = await signInAs(app, 'sam.worker');
    const withoutToken = await app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: client.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect((await client.request({ method: 'DELETE', url: '/api/v1/session' })).statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('says a session ended when the cookie it was sent no longer signs in, and not when no cookie came', async () => {
    await createFactories(t).account('worker', {}, 'idle.worker');
    const client = await signInAs(app, 'idle.worker');
    const signedInAt = t.deps.now();
    t.setNow(new Date(signedInAt.getTime() + (t.deps.sessionIdleMinutes + 1) * 60_000));
    try {
      const ended = await client.request({ method: 'GET', url: '/api/v1/me' });
      expect(ended.statusCode).toBe(401);
      expect(ended.json().error.details).toMatchObject({ sessionEnded: true });
      const never = await app.inject({ method: 'GET', url: '/api/v1/me' });
      expect(never.statusCode).toBe(401);
      expect(never.json().error.details?.sessionEnded).toBeUndefined();
    } finally {
      t.setNow(signedInAt);
    }
  });

  it('answers unknown API paths with a JSON 404 and serves OpenAPI', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/nothing-here' })).statusCode).toBe(404);
    const openapi = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json().paths)).toContain('/api/v1/people/{id}');
  });
});
