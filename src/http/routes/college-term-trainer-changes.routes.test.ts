import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const unknownId = '0190f2a0-0000-7000-8000-000000000000';

describe('college API: changing terms and trainers', () => {
  it('changes a term, and tells a stale edit with the current term, writing nothing', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const term = { name: 'Autumn 2026', startsOn: '2026-09-07', endsOn: '2026-12-11' };
    const changed = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/terms/${c.term.id}`,
      payload: { ...term, version: 1 },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ ...term, version: 2 });
    const stale = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/terms/${c.term.id}`,
      payload: { ...term, name: 'Winter', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ name: 'Autumn 2026', version: 2 });
    expect(await t.repositories.college.findTerm(c.term.id)).toMatchObject({ name: 'Autumn 2026', version: 2 });
  });

  it('refuses a term that ends before it starts, HTML, and an unknown term, writing nothing', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const put = (id: string, payload: object) =>
      admin.request({ method: 'PUT', url: `/api/v1/college/terms/${id}`, payload });
    const backwards = await put(c.term.id, { name: 'Back', startsOn: '2026-12-01', endsOn: '2026-11-01', version: 1 });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toMatch(/ends on or after/);
    const html = await put(c.term.id, {
      name: '<b>Spring</b>',
      startsOn: '2027-01-04',
      endsOn: '2027-03-26',
      version: 1,
    });
    expect(html.statusCode).toBe(400);
    const unknown = await put(unknownId, { name: 'Spring', startsOn: '2027-01-04', endsOn: '2027-03-26', version: 1 });
    expect(unknown.statusCode).toBe(404);
    expect(await t.repositories.college.findTerm(c.term.id)).toMatchObject({ name: c.term.name, version: 1 });
  });

  it('changes a trainer, keeps the account they sign in with, and tells a stale edit with the current trainer', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const changed = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/trainers/${c.practitioner.id}`,
      payload: { firstName: 'Tomas', lastName: 'Practitioner', experience: 'practitioner', isLead: true, version: 1 },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ firstName: 'Tomas', isLead: true, version: 2 });
    const stale = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/trainers/${c.practitioner.id}`,
      payload: { firstName: 'Tom', lastName: 'P', experience: 'peer', isLead: false, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ firstName: 'Tomas', version: 2 });
    const [stored] = await t.repositories.college.findTrainers([c.practitioner.id]);
    expect(stored).toMatchObject({
      firstName: 'Tomas',
      experience: 'practitioner',
      isLead: true,
      accountId: c.trainerActor.accountId,
      version: 2,
    });
  });

  it('refuses an unknown trainer, a made-up kind of experience, and people who do not run the college', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const trainer = { firstName: 'Amira', lastName: 'Peer', experience: 'peer', isLead: false, version: 1 };
    const unknown = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/trainers/${unknownId}`,
      payload: trainer,
    });
    expect(unknown.statusCode).toBe(404);
    const madeUp = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/trainers/${c.peer.id}`,
      payload: { ...trainer, experience: 'wizard' },
    });
    expect(madeUp.statusCode).toBe(400);
    // A trainer who does not lead the college, a student and a team manager change nothing.
    for (const actor of [c.trainerActor, await f.student(), await f.account('team_manager')]) {
      const client = await signInAs(app, actor.username);
      const term = await client.request({
        method: 'PUT',
        url: `/api/v1/college/terms/${c.term.id}`,
        payload: { name: 'Taken', startsOn: '2026-09-01', endsOn: '2026-12-18', version: 1 },
      });
      expect(term.statusCode).toBe(403);
      const changed = await client.request({
        method: 'PUT',
        url: `/api/v1/college/trainers/${c.peer.id}`,
        payload: { ...trainer, isLead: true },
      });
      expect(changed.statusCode).toBe(403);
    }
    expect(await t.repositories.college.findTerm(c.term.id)).toMatchObject({ name: c.term.name, version: 1 });
    const [peer] = await t.repositories.college.findTrainers([c.peer.id]);
    expect(peer).toMatchObject({ firstName: 'Amira', isLead: false, version: 1 });
  });
});
