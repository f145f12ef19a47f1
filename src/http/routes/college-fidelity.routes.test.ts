import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { ACCOUNT_ROLES } from '../../domain/accounts/account-role';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const today = () => t.deps.now().toISOString().slice(0, 10);
const assessment = () => ({
  assessedOn: today(),
  assessors: 'Amira (peer trainer), Tom (practitioner), two students',
  ratings: [2, 1, 2, 2, 0, 1, 2],
  notes: 'Social connectedness: no space to meet between sessions yet.',
});

describe('college API: the fidelity self-assessment', () => {
  it('lets a college lead record one, scored by the instrument engine, and lists it with its date', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const leadActor = await f.collegeLead(c);
    const lead = await signInAs(app, leadActor.username);
    const created = await lead.request({ method: 'POST', url: '/api/v1/college/fidelity', payload: assessment() });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ assessedOn: today(), total: 10, instrumentVersion: '1.0.0' });
    const admin = await signInAs(app, c.admin.username);
    const list = (await admin.request({ method: 'GET', url: '/api/v1/college/fidelity' })).json();
    expect(list.components).toHaveLength(7);
    expect(list.components[4]).toBe('Social connectedness');
    expect(list.assessments).toContainEqual(
      expect.objectContaining({
        id: created.json().id,
        assessedOn: today(),
        ratings: [2, 1, 2, 2, 0, 1, 2],
        total: 10,
      }),
    );
  });

  it('refuses a missing or out-of-range rating, a future date and HTML, writing nothing', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const post = (payload: object) => admin.request({ method: 'POST', url: '/api/v1/college/fidelity', payload });
    const tooFew = await post({ ...assessment(), ratings: [2, 1, 2] });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().error.message).toMatch(/seven components/);
    expect((await post({ ...assessment(), ratings: [2, 1, 2, 2, 3, 1, 2] })).statusCode).toBe(400);
    const future = await post({ ...assessment(), assessedOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toMatch(/future/);
    expect((await post({ ...assessment(), notes: '<img src=x onerror=alert(1)>' })).statusCode).toBe(400);
    const byAdmin = (await t.repositories.collegeAdmin.listFidelityAssessments()).filter(
      (a) => a.recordedByAccountId === c.admin.accountId,
    );
    expect(byAdmin).toEqual([]);
  });

  it('is open to administrators and college leads only: every other role, a trainer and a student are refused', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const before = (await t.repositories.collegeAdmin.listFidelityAssessments()).length;
    expect(
      (await admin.request({ method: 'POST', url: '/api/v1/college/fidelity', payload: assessment() })).statusCode,
    ).toBe(201);
    const others = [
      ...(await Promise.all(ACCOUNT_ROLES.filter((role) => role !== 'admin').map((role) => f.account(role)))),
      // A trainer who does not lead the college, and a student of it.
      c.trainerActor,
      await f.student(),
    ];
    for (const actor of others) {
      const client = await signInAs(app, actor.username);
      const read = await client.request({ method: 'GET', url: '/api/v1/college/fidelity' });
      expect(read.statusCode, actor.role).toBe(403);
      const write = await client.request({ method: 'POST', url: '/api/v1/college/fidelity', payload: assessment() });
      expect(write.statusCode, actor.role).toBe(403);
    }
    expect(await t.repositories.collegeAdmin.listFidelityAssessments()).toHaveLength(before + 1);
  });
});
