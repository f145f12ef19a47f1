import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import type { Actor } from '../domain/accounts/actor';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const HOUR = 3_600_000;

describe('sessions.findValidWithAccount', () => {
  it('finds the session, its account and the same display name as accounts.displayName, in one statement', async () => {
    const f = createFactories(t);
    const team = await f.team();
    const worker = await f.worker({ teamId: team.id, name: 'Robin Fairley' });
    const person = await f.person({ teamId: team.id, name: 'Jordan Meadows', preferredName: 'Jo' });
    const plain = await f.person({ teamId: team.id, name: 'Sam Taylor' });
    const carerId = await f.carerFor(person.id, []);
    const actors: Actor[] = [
      await f.account('worker', { workerId: worker.id }),
      await f.account('service_user', { personId: person.id }),
      await f.account('service_user', { personId: plain.id }),
      await f.account('carer', { carerId }),
      await f.account('admin', {}, 'ops.admin'),
    ];
    const names: string[] = [];
    for (const [i, actor] of actors.entries()) {
      const tokenHash = `hash-${i}`;
      await t.repositories.sessions.create({
        tokenHash,
        accountId: actor.accountId,
        csrfToken: `csrf-${i}`,
        expiresAt: new Date(TEST_NOW.getTime() + HOUR),
        lastSeenAt: TEST_NOW,
      });
      const found = await t.repositories.sessions.findValidWithAccount(tokenHash, TEST_NOW);
      const account = await t.repositories.accounts.findById(actor.accountId);
      expect(found?.account).toEqual(account);
      expect(found?.session).toEqual({
        tokenHash,
        accountId: actor.accountId,
        csrfToken: `csrf-${i}`,
        expiresAt: new Date(TEST_NOW.getTime() + HOUR),
        lastSeenAt: TEST_NOW,
        userAgent: null,
        mustEnrolSecondFactor: false,
      });
      expect(found?.displayName).toBe(await t.repositories.accounts.displayName(account!));
      names.push(found!.displayName);
    }
    expect(names.slice(0, 3)).toEqual(['Robin Fairley', 'Jo', 'Sam Taylor']);
    expect(names[4]).toBe('ops.admin');
  });

  it('finds nothing for an unknown token or an expired session', async () => {
    const actor = await createFactories(t).account('admin');
    await t.repositories.sessions.create({
      tokenHash: 'old',
      accountId: actor.accountId,
      csrfToken: 'c',
      expiresAt: TEST_NOW,
      lastSeenAt: TEST_NOW,
    });
    expect(await t.repositories.sessions.findValidWithAccount('old', TEST_NOW)).toBeNull();
    expect(await t.repositories.sessions.findValidWithAccount('nope', TEST_NOW)).toBeNull();
  });
});
