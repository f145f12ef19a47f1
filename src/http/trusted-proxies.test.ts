import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS } from '../domain/accounts/sign-in-limits';
import { createFactories } from '../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { buildApp } from './build-app';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const PROXY = '10.0.0.5';
const STRANGER = '198.51.100.9';

let behindProxy: FastifyInstance;
let direct: FastifyInstance;
beforeAll(async () => {
  behindProxy = await buildApp({
    services: t.deps,
    engine: t.engine,
    version: 'test',
    webRoot: null,
    trustedProxies: ['10.0.0.0/24'],
  });
  direct = await buildApp({ services: t.deps, engine: t.engine, version: 'test', webRoot: null });
});
afterAll(async () => {
  await behindProxy.close();
  await direct.close();
});

function signIn(
  app: FastifyInstance,
  username: string,
  from: { remoteAddress: string; forwardedFor?: string },
  password = 'wrong password entirely',
) {
  const options: InjectOptions = {
    method: 'POST',
    url: '/api/v1/session',
    remoteAddress: from.remoteAddress,
    headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
    payload: { username, password },
  };
  return app.inject(options);
}

async function addressOfLastSignIn(accountId: string): Promise<unknown> {
  const result = await t.handle.db.execute(
    sql`select detail from audit_event where action = 'session.start' and account_id = ${accountId}
        order by occurred_at desc, id desc limit 1`,
  );
  const [row] = (result as unknown as { rows: { detail: { address?: unknown } }[] }).rows;
  return row?.detail.address;
}

async function failFromOneAddress(app: FastifyInstance, username: string, from: Parameters<typeof signIn>[2]) {
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAddress; attempt += 1) {
    expect((await signIn(app, username, from)).statusCode).toBe(401);
  }
  expect((await signIn(app, username, from)).statusCode).toBe(429);
}

describe('the client address behind a trusted proxy', () => {
  it('takes the address from X-Forwarded-For when the hop is a trusted proxy, for the audit', async () => {
    const account = await createFactories(t).account('worker', {}, 'proxied.worker');
    const response = await signIn(
      behindProxy,
      'proxied.worker',
      { remoteAddress: PROXY, forwardedFor: '203.0.113.7' },
      'correct horse battery',
    );
    expect(response.statusCode).toBe(200);
    expect(await addressOfLastSignIn(account.accountId)).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For from a hop that is not trusted, and from anyone when no proxy is set', async () => {
    const account = await createFactories(t).account('worker', {}, 'direct.worker');
    const forged = { remoteAddress: STRANGER, forwardedFor: '203.0.113.7' };
    expect((await signIn(behindProxy, 'direct.worker', forged, 'correct horse battery')).statusCode).toBe(200);
    expect(await addressOfLastSignIn(account.accountId)).toBe(STRANGER);
    expect(
      (await signIn(direct, 'direct.worker', { ...forged, remoteAddress: PROXY }, 'correct horse battery')).statusCode,
    ).toBe(200);
    expect(await addressOfLastSignIn(account.accountId)).toBe(PROXY);
  });

  it('counts wrong passwords per client behind the proxy, so one locked-out client does not lock out the others', async () => {
    await failFromOneAddress(behindProxy, 'shared.ward', { remoteAddress: PROXY, forwardedFor: '203.0.113.7' });
    const otherClient = await signIn(behindProxy, 'shared.ward', { remoteAddress: PROXY, forwardedFor: '203.0.113.8' });
    expect(otherClient.statusCode).toBe(401);
  });

  it('walks past only trusted hops: a client cannot prepend an address of its choosing', async () => {
    await failFromOneAddress(behindProxy, 'chain.user', { remoteAddress: PROXY, forwardedFor: '203.0.113.20' });
    // The client wrote 192.0.2.1 itself; the proxy appended the address it really came from.
    const prepended = await signIn(behindProxy, 'chain.user', {
      remoteAddress: PROXY,
      forwardedFor: '192.0.2.1, 203.0.113.20',
    });
    expect(prepended.statusCode).toBe(429);
  });

  it('does not let a client that is not a trusted proxy escape a lock by writing X-Forwarded-For', async () => {
    await failFromOneAddress(behindProxy, 'forger.user', { remoteAddress: STRANGER, forwardedFor: '203.0.113.30' });
    const forged = await signIn(behindProxy, 'forger.user', { remoteAddress: STRANGER, forwardedFor: '203.0.113.31' });
    expect(forged.statusCode).toBe(429);
    await failFromOneAddress(direct, 'forger.two', { remoteAddress: PROXY, forwardedFor: '203.0.113.30' });
    const forgedDirect = await signIn(direct, 'forger.two', { remoteAddress: PROXY, forwardedFor: '203.0.113.31' });
    expect(forgedDirect.statusCode).toBe(429);
  });
});
