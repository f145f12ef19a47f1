import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { resolveSession } from './resolve-session';
import { hashSessionToken, SESSION_HOURS, SESSION_IDLE_MINUTES } from './session-tokens';
import { signIn } from './sign-in';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const minutesLater = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * 60_000);
const lastSeen = async (token: string) =>
  (await t.repositories.sessions.findValid(hashSessionToken(token), TEST_NOW))?.lastSeenAt;

describe('resolveSession: idle time-out', () => {
  it('keeps a session in use alive, writing its use down at most once a minute, and ends it after 30 idle minutes', async () => {
    await createFactories(t).account('worker', {}, 'idle.worker');
    const { token } = await signIn(t.deps, { username: 'idle.worker', password: 'correct horse battery' });
    try {
      t.setNow(minutesLater(0.5));
      expect(await resolveSession(t.deps, token)).not.toBeNull();
      expect(await lastSeen(token)).toEqual(TEST_NOW); // under a minute: not written

      t.setNow(minutesLater(SESSION_IDLE_MINUTES - 1));
      expect((await resolveSession(t.deps, token))?.actor.username).toBe('idle.worker');
      expect(await lastSeen(token)).toEqual(minutesLater(SESSION_IDLE_MINUTES - 1));

      // Still alive 29 minutes after its last use, though 58 minutes after signing in.
      t.setNow(minutesLater(2 * (SESSION_IDLE_MINUTES - 1)));
      expect(await resolveSession(t.deps, token)).not.toBeNull();

      t.setNow(minutesLater(2 * (SESSION_IDLE_MINUTES - 1) + SESSION_IDLE_MINUTES));
      expect(await resolveSession(t.deps, token)).toBeNull();
    } finally {
      t.setNow(TEST_NOW);
    }
  });

  it('ends a session after a configured idle limit, and says what the limit is', async () => {
    await createFactories(t).account('worker', {}, 'short.worker');
    const deps = { ...t.deps, sessionIdleMinutes: 2 };
    const { token } = await signIn(deps, { username: 'short.worker', password: 'correct horse battery' });
    try {
      t.setNow(minutesLater(1.5));
      expect(await resolveSession(deps, token)).toMatchObject({ idleMinutes: 2 });
      // Written down after half a minute (a quarter of the limit), so the use at 1.5 counts.
      t.setNow(minutesLater(3));
      expect(await resolveSession(deps, token)).not.toBeNull();
      t.setNow(minutesLater(5));
      expect(await resolveSession(deps, token)).toBeNull();
    } finally {
      t.setNow(TEST_NOW);
    }
  });

  it('ends a session at its fixed lifetime however busy it is', async () => {
    await createFactories(t).account('worker', {}, 'busy.worker');
    const { token } = await signIn(t.deps, { username: 'busy.worker', password: 'correct horse battery' });
    try {
      for (let minutes = 20; minutes < SESSION_HOURS * 60; minutes += 20) {
        t.setNow(minutesLater(minutes));
        expect(await resolveSession(t.deps, token), `${minutes} minutes in`).not.toBeNull();
      }
      t.setNow(minutesLater(SESSION_HOURS * 60));
      expect(await resolveSession(t.deps, token)).toBeNull();
    } finally {
      t.setNow(TEST_NOW);
    }
  });
});
