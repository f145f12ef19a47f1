import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

async function world() {
  const f = createFactories(t);
  const admin = await f.account('admin');
  const worker = await f.account('worker', { workerId: (await f.worker()).id });
  return { admin, worker, asAdmin: await signInAs(app, admin.username) };
}

const actionsBy = async (accountId: string) =>
  (await t.repositories.audit.listChain(`account:${accountId}`)).map((e) => e.action);

describe('accounts API: administrators', () => {
  it('lists every account with when it last signed in; refuses anyone but an administrator', async () => {
    const { worker, asAdmin } = await world();
    const url = `/api/v1/admin/accounts?q=${worker.username}`;
    const before = (await asAdmin.request({ method: 'GET', url })).json().accounts;
    expect(before.find((a: { id: string }) => a.id === worker.accountId)).toMatchObject({
      lastSignInAt: null,
      disabledAt: null,
      mustChangePassword: false,
    });
    const asWorker = await signInAs(app, worker.username);
    const after = (await asAdmin.request({ method: 'GET', url })).json().accounts;
    expect(after.find((a: { id: string }) => a.id === worker.accountId).lastSignInAt).toBe('2026-06-15T10:00:00.000Z');
    expect((await asWorker.request({ method: 'GET', url: '/api/v1/admin/accounts' })).statusCode).toBe(403);
    expect(
      (await asWorker.request({ method: 'POST', url: `/api/v1/admin/accounts/${worker.accountId}/disable` }))
        .statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/accounts' })).statusCode).toBe(401);
  });

  it('pages the accounts in username order and finds them by username or by the name they sign in as', async () => {
    const f = createFactories(t);
    const { asAdmin } = await world();
    const team = await f.team();
    for (const [username, name] of [
      ['paging.c', 'Priya Okafor'],
      ['paging.a', 'Dana Whitlow'],
      ['paging.b', 'Ellis Marr'],
    ]) {
      await f.account('worker', { workerId: (await f.worker({ teamId: team.id, name })).id }, username);
    }
    const list = async (query: string) => {
      const response = await asAdmin.request({ method: 'GET', url: `/api/v1/admin/accounts?${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { accounts: { username: string; displayName: string }[]; hasMore: boolean };
    };
    const first = await list('q=paging&limit=2');
    expect(first.accounts.map((a) => a.username)).toEqual(['paging.a', 'paging.b']);
    expect(first.hasMore).toBe(true);
    const second = await list('q=paging&limit=2&after=paging.b');
    expect(second).toEqual({ accounts: [expect.objectContaining({ username: 'paging.c' })], hasMore: false });
    expect((await list('q=okafor%20priya')).accounts).toMatchObject([
      { username: 'paging.c', displayName: 'Priya Okafor' },
    ]);
    expect((await list('q=100%25')).accounts).toEqual([]);
    const tooMany = await asAdmin.request({ method: 'GET', url: '/api/v1/admin/accounts?limit=500' });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toBe('How many to show: at most 100 at a time.');
  });

  it('resets a password: the sessions end at once, and the temporary password only lets the person choose a new one', async () => {
    const { admin, worker, asAdmin } = await world();
    const asWorker = await signInAs(app, worker.username);
    const reset = await asAdmin.request({
      method: 'POST',
      url: `/api/v1/admin/accounts/${worker.accountId}/password-reset`,
    });
    expect(reset.statusCode).toBe(200);
    const temporaryPassword = reset.json().temporaryPassword as string;
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await asWorker.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect(await actionsBy(admin.accountId)).toContain('account.password_reset');

    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: worker.username, password: temporaryPassword },
    });
    expect(signIn.json()).toMatchObject({ mustChangePassword: true });
    const again = await signInAs(app, worker.username, temporaryPassword);
    const blocked = await again.request({ method: 'GET', url: '/api/v1/caseload' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.details).toEqual({ mustChangePassword: true });
    expect((await again.request({ method: 'GET', url: '/api/v1/me' })).json().mustChangePassword).toBe(true);

    const common = await again.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'qwertyuiop' },
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().error).toMatchObject({
      message: expect.stringMatching(/most common/),
      details: { field: 'newPassword' },
    });
    const short = await again.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'short' },
    });
    expect(short.json().error.message).toMatch(/at least 10 characters/);
    const wrongCurrent = await again.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'not it at all', newPassword: 'a brand new phrase' },
    });
    expect(wrongCurrent.json().error.details).toEqual({ field: 'currentPassword' });

    const changed = await again.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'a brand new phrase' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await again.request({ method: 'GET', url: '/api/v1/caseload' })).statusCode).toBe(200);
    await expect(signInAs(app, worker.username, 'a brand new phrase')).resolves.toBeTruthy();
    expect(await actionsBy(worker.accountId)).toContain('account.password_change');
  });

  it('disables an account, ending its sessions at once, and enables it again; both audited', async () => {
    const { admin, worker, asAdmin } = await world();
    const asWorker = await signInAs(app, worker.username);
    const disabled = await asAdmin.request({
      method: 'POST',
      url: `/api/v1/admin/accounts/${worker.accountId}/disable`,
    });
    expect(disabled.json().disabledAt).toBe('2026-06-15T10:00:00.000Z');
    expect((await asWorker.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: worker.username, password: 'correct horse battery' },
    });
    expect(refused.statusCode).toBe(401);
    await asAdmin.request({ method: 'POST', url: `/api/v1/admin/accounts/${worker.accountId}/enable` });
    await expect(signInAs(app, worker.username)).resolves.toBeTruthy();
    expect(await actionsBy(admin.accountId)).toEqual(expect.arrayContaining(['account.disable', 'account.enable']));
    const self = await asAdmin.request({ method: 'POST', url: `/api/v1/admin/accounts/${admin.accountId}/disable` });
    expect(self.statusCode).toBe(400);
    expect(
      (
        await asAdmin.request({
          method: 'POST',
          url: '/api/v1/admin/accounts/0190e8b0-0000-7000-8000-000000000000/disable',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses a common password when an administrator creates an account', async () => {
    const { asAdmin } = await world();
    const response = await asAdmin.request({
      method: 'POST',
      url: '/api/v1/admin/accounts',
      payload: { username: 'new.admin', password: 'password123', role: 'admin' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/most common/);
  });
});

describe('accounts API: your own sessions', () => {
  it('shows where you are signed in, and ends another of your sessions at once', async () => {
    const { worker } = await world();
    const laptop = await signInAs(app, worker.username);
    const phone = await signInAs(app, worker.username);
    const listed = (
      await laptop.request({ method: 'GET', url: '/api/v1/me/sessions', headers: { 'user-agent': 'Laptop' } })
    ).json().sessions;
    expect(listed).toHaveLength(2);
    expect(listed[0].isCurrent).toBe(true);
    const other = listed.find((s: { isCurrent: boolean }) => !s.isCurrent);
    expect(other).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), createdAt: '2026-06-15T10:00:00.000Z' });
    expect((await laptop.request({ method: 'DELETE', url: `/api/v1/me/sessions/${other.id}` })).statusCode).toBe(204);
    expect((await phone.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await laptop.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    expect(await actionsBy(worker.accountId)).toContain('session.end_other');
  });

  it('neither shows nor ends another account’s sessions', async () => {
    const { worker, admin, asAdmin } = await world();
    const asWorker = await signInAs(app, worker.username);
    const workerSessions = (await asWorker.request({ method: 'GET', url: '/api/v1/me/sessions' })).json().sessions;
    const adminSessions = (await asAdmin.request({ method: 'GET', url: '/api/v1/me/sessions' })).json().sessions;
    expect(adminSessions.map((s: { id: string }) => s.id)).not.toContain(workerSessions[0].id);
    expect(
      (await asAdmin.request({ method: 'DELETE', url: `/api/v1/me/sessions/${workerSessions[0].id}` })).statusCode,
    ).toBe(404);
    expect((await asWorker.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    expect(admin.role).toBe('admin');
  });
});
