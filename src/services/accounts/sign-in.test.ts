import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, signIn } from './sign-in';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const RIGHT = 'correct horse battery';

describe('signIn: counting wrong passwords', () => {
  it('counts wrong passwords sent at the same moment, each of them, and locks at the fifth', async () => {
    await createFactories(t).account('worker', {}, 'sam.worker');
    const attempts = Array.from({ length: MAX_FAILED_SIGN_INS }, (_, i) => signIn(t.deps, { username: 'sam.worker', password: `wrong-${i}` }));
    const outcomes = await Promise.allSettled(attempts);
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason.code === 'unauthenticated')).toBe(true);
    await expect(signIn(t.deps, { username: 'sam.worker', password: RIGHT })).rejects.toMatchObject({ code: 'rate_limited' });
    const account = await t.repositories.accounts.findByUsername('sam.worker');
    expect(account).toMatchObject({ failedSignIns: 0, lockedUntil: new Date(TEST_NOW.getTime() + LOCK_MINUTES * 60_000) });
  });

  it('forgets earlier wrong passwords after a right one, and the lock once it has lapsed', async () => {
    await createFactories(t).account('worker', {}, 'ari.worker');
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) {
      await expect(signIn(t.deps, { username: 'ari.worker', password: 'wrong' })).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    expect((await t.repositories.accounts.findByUsername('ari.worker'))?.failedSignIns).toBe(MAX_FAILED_SIGN_INS - 1);
    await signIn(t.deps, { username: 'ari.worker', password: RIGHT });
    expect(await t.repositories.accounts.findByUsername('ari.worker')).toMatchObject({ failedSignIns: 0, lockedUntil: null });

    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn(t.deps, { username: 'ari.worker', password: 'wrong' }).catch(() => undefined);
    await expect(signIn(t.deps, { username: 'ari.worker', password: RIGHT })).rejects.toMatchObject({ code: 'rate_limited' });
    t.setNow(new Date(TEST_NOW.getTime() + (LOCK_MINUTES + 1) * 60_000));
    try {
      await expect(signIn(t.deps, { username: 'ari.worker', password: RIGHT })).resolves.toMatchObject({ actor: expect.anything() });
      expect(await t.repositories.accounts.findByUsername('ari.worker')).toMatchObject({ failedSignIns: 0, lockedUntil: null });
    } finally {
      t.setNow(TEST_NOW);
    }
  });
});
