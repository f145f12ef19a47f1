import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const post = (client: SignedInClient, url: string, payload: object) => client.request({ method: 'POST', url, payload });

describe('administration API', () => {
  it('lets an administrator build an organisation and a care team, then hand over the care coordinator', async () => {
    const admin = await createFactories(t).account('admin', {}, 'org.admin');
    const client = await signInAs(app, admin.username);
    const site = (await post(client, '/api/v1/admin/sites', { name: 'Northgate' })).json();
    const team = (await post(client, '/api/v1/admin/teams', { siteId: site.id, name: 'Recovery North', reviewCadenceMonths: 6 })).json();
    const first = (await post(client, '/api/v1/admin/workers', { name: 'Dana Reid', profession: 'Social worker', teamId: team.id })).json();
    const second = (await post(client, '/api/v1/admin/workers', { name: 'Eli Brook', profession: 'Nurse', teamId: team.id })).json();
    const personResponse = await post(client, '/api/v1/admin/people', { name: 'Frankie Lowe', teamId: team.id });
    expect(personResponse.statusCode).toBe(201);
    const person = personResponse.json();
    expect((await post(client, `/api/v1/people/${person.id}/care-team`, { workerId: first.id, role: 'care_coordinator' })).statusCode).toBe(201);
    const account = await post(client, '/api/v1/admin/accounts', { username: 'frankie', password: 'a long password', role: 'service_user', linkedId: person.id });
    expect(account.statusCode).toBe(201);

    const handover = await post(client, `/api/v1/people/${person.id}/care-coordinator`, {
      newWorkerId: second.id,
      reason: 'person_asked_for_change',
      handoverNote: 'Frankie would like a worker who can visit on Fridays',
    });
    expect(handover.statusCode).toBe(200);
    const frankie = await signInAs(app, 'frankie', 'a long password');
    const record = (await frankie.request({ method: 'GET', url: `/api/v1/people/${person.id}` })).json();
    expect(record.currentCareCoordinator).toMatchObject({ workerName: 'Eli Brook' });
    expect(record.careTeam.map((m: { workerName: string; endReason: string | null }) => [m.workerName, m.endReason])).toEqual([
      ['Eli Brook', null],
      ['Dana Reid', 'person_asked_for_change'],
    ]);
    // The first review is due one cadence (6 months) after the person was added.
    expect(record.nextReview).toEqual({ dueOn: '2026-12-15' });
  });

  it('refuses non-administrators with 403 and changes nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const worker = await signInAs(app, world.coordinatorActor.username);
    expect((await post(worker, '/api/v1/admin/sites', { name: 'Rogue site' })).statusCode).toBe(403);
    expect((await worker.request({ method: 'GET', url: '/api/v1/admin/organisation' })).statusCode).toBe(403);
    const sites = await t.repositories.organisation.listSites();
    expect(sites.map((s) => s.name)).not.toContain('Rogue site');
  });

  it('answers bad input with 400 or 409 and a message saying what was wrong', async () => {
    const admin = await createFactories(t).account('admin', {}, 'second.admin');
    const client = await signInAs(app, admin.username);
    const noName = await post(client, '/api/v1/admin/sites', { name: '   ' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.message).toMatch(/Name is required/);
    const unknownTeam = await post(client, '/api/v1/admin/people', { name: 'Gale', teamId: '0190e8b0-0000-7000-8000-000000000000' });
    expect(unknownTeam.statusCode).toBe(400);
    expect(unknownTeam.json().error.message).toMatch(/no team/);
    const shortPassword = await post(client, '/api/v1/admin/accounts', { username: 'newadmin', password: 'short', role: 'admin' });
    expect(shortPassword.statusCode).toBe(400);
    const taken = await post(client, '/api/v1/admin/accounts', { username: 'SECOND.ADMIN', password: 'a long password', role: 'admin' });
    expect(taken.statusCode).toBe(409);
    const badRole = await post(client, '/api/v1/admin/accounts', { username: 'x-user', password: 'a long password', role: 'patient' });
    expect(badRole.statusCode).toBe(400);
  });
});
