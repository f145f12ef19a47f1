import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { SIGN_IN_LIMITS } from '../../domain/accounts/sign-in-limits';
import type { ServiceDeps } from '../ports';
import { signIn, type SignInInput } from './sign-in';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const RIGHT = 'correct horse battery';
const HOME = '10.0.0.1';
const ELSEWHERE = '203.0.113.9';

/** What a caller can observe of a sign-in: the outcome, its message, and how many password checks it cost. */
async function observe(input: SignInInput): Promise<{ outcome: string; message: string; checks: number }> {
  let checks = 0;
  const deps: ServiceDeps = {
    ...t.deps,
    passwords: {
      hash: (p) => t.deps.passwords.hash(p),
      verify: (h, p) => ((checks += 1), t.deps.passwords.verify(h, p)),
    },
  };
  try {
    await signIn(deps, input);
    return { outcome: 'signed_in', message: '', checks };
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { outcome: code, message, checks };
  }
}

async function wrongTimes(username: string, times: number, address = ELSEWHERE): Promise<void> {
  for (let i = 0; i < times; i++)
    await signIn(t.deps, { username, password: `wrong-${i}`, address }).catch(() => undefined);
}

describe('signIn: wrong passwords', () => {
  it('answers an unknown username exactly as a known one: same outcomes, messages and password checks, and the same lock', async () => {
    await createFactories(t).account('worker', {}, 'kim.worker');
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perAddress; i++) {
      known.push(await observe({ username: 'kim.worker', password: `wrong-${i}`, address: ELSEWHERE }));
      unknown.push(await observe({ username: 'kim.nobody', password: `wrong-${i}`, address: ELSEWHERE }));
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatchObject({
      outcome: 'rate_limited',
      message: expect.stringMatching(/Try again in 15 minutes/),
      checks: 0,
    });
    expect(known[0]).toMatchObject({ outcome: 'unauthenticated', checks: 1 });
  });

  it('answers a disabled account as an unknown username', async () => {
    const actor = await createFactories(t).account('worker', {}, 'dee.worker');
    await t.repositories.accounts.setDisabled(actor.accountId, TEST_NOW);
    expect(await observe({ username: 'dee.worker', password: RIGHT, address: HOME })).toEqual(
      await observe({ username: 'dee.nobody', password: RIGHT, address: HOME }),
    );
  });

  it('counts wrong passwords sent at the same moment, each of them, and then refuses even the right one from that address', async () => {
    await createFactories(t).account('worker', {}, 'sam.worker');
    const attempts = Array.from({ length: SIGN_IN_LIMITS.perAddress }, (_, i) =>
      signIn(t.deps, { username: 'sam.worker', password: `wrong-${i}`, address: ELSEWHERE }),
    );
    const outcomes = await Promise.allSettled(attempts);
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason.code === 'unauthenticated')).toBe(true);
    await expect(signIn(t.deps, { username: 'sam.worker', password: RIGHT, address: ELSEWHERE })).rejects.toMatchObject(
      { code: 'rate_limited' },
    );
  });

  it('does not let a stranger elsewhere lock a worker out: the worker still signs in from their own address', async () => {
    await createFactories(t).account('worker', {}, 'lou.worker');
    await wrongTimes('lou.worker', SIGN_IN_LIMITS.perAddress * 2, ELSEWHERE);
    await expect(signIn(t.deps, { username: 'lou.worker', password: RIGHT, address: HOME })).resolves.toMatchObject({
      actor: { username: 'lou.worker' },
    });
  });

  it('after many wrong passwords from many addresses, lets in only a device the worker used before', async () => {
    await createFactories(t).account('worker', {}, 'max.worker');
    const first = await signIn(t.deps, { username: 'max.worker', password: RIGHT, address: HOME });
    expect(first.deviceToken).toEqual(expect.any(String));
    for (let a = 0; a < SIGN_IN_LIMITS.perUsername / 4; a++) await wrongTimes('max.worker', 4, `198.51.100.${a}`);
    await expect(
      signIn(t.deps, { username: 'max.worker', password: RIGHT, address: '192.0.2.7' }),
    ).rejects.toMatchObject({ code: 'rate_limited' });
    const fromKnownDevice = await signIn(t.deps, {
      username: 'max.worker',
      password: RIGHT,
      address: '192.0.2.7',
      deviceToken: first.deviceToken,
    });
    expect(fromKnownDevice).toMatchObject({ actor: { username: 'max.worker' }, deviceToken: null });
    // Someone else's device cookie is no key to this account.
    const other = await createFactories(t).account('worker', {}, 'oz.worker');
    const otherDevice = (await signIn(t.deps, { username: other.username, password: RIGHT, address: HOME }))
      .deviceToken;
    await expect(
      signIn(t.deps, { username: 'max.worker', password: RIGHT, address: '192.0.2.7', deviceToken: otherDevice }),
    ).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('forgets a known device after five wrong passwords from it', async () => {
    await createFactories(t).account('worker', {}, 'ren.worker');
    const { deviceToken } = await signIn(t.deps, { username: 'ren.worker', password: RIGHT, address: HOME });
    for (let i = 0; i < SIGN_IN_LIMITS.perDevice; i++) {
      await expect(
        signIn(t.deps, { username: 'ren.worker', password: 'wrong', address: HOME, deviceToken }),
      ).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    const again = await signIn(t.deps, { username: 'ren.worker', password: RIGHT, address: HOME, deviceToken });
    expect(again.deviceToken).toEqual(expect.any(String));
  });

  it('lifts a lock after 15 minutes, and a right password forgets earlier wrong ones from that address', async () => {
    await createFactories(t).account('worker', {}, 'ari.worker');
    await wrongTimes('ari.worker', SIGN_IN_LIMITS.perAddress - 1, HOME);
    await signIn(t.deps, { username: 'ari.worker', password: RIGHT, address: HOME });
    await wrongTimes('ari.worker', SIGN_IN_LIMITS.perAddress - 1, HOME);
    await signIn(t.deps, { username: 'ari.worker', password: RIGHT, address: HOME });

    await wrongTimes('ari.worker', SIGN_IN_LIMITS.perAddress, HOME);
    await expect(signIn(t.deps, { username: 'ari.worker', password: RIGHT, address: HOME })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    t.setNow(new Date(TEST_NOW.getTime() + (SIGN_IN_LIMITS.lockMinutes + 1) * 60_000));
    try {
      await expect(signIn(t.deps, { username: 'ari.worker', password: RIGHT, address: HOME })).resolves.toMatchObject({
        actor: expect.anything(),
      });
    } finally {
      t.setNow(TEST_NOW);
    }
  });

  it('records when each account last signed in', async () => {
    const actor = await createFactories(t).account('worker', {}, 'bo.worker');
    expect((await t.repositories.accounts.findById(actor.accountId))?.lastSignInAt).toBeNull();
    await signIn(t.deps, { username: 'bo.worker', password: RIGHT, address: HOME });
    expect((await t.repositories.accounts.findById(actor.accountId))?.lastSignInAt).toEqual(TEST_NOW);
  });
});
