import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('people API', () => {
  it('needs a session: 401 without one', async () => {
    const world = await createFactories(t).careTeamWorld();
    expect((await app.inject({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/caseload' })).statusCode).toBe(401);
  });

  it('shows the caseload and the person to their care coordinator', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const caseload = await client.request({ method: 'GET', url: '/api/v1/caseload' });
    expect(caseload.statusCode).toBe(200);
    expect(caseload.json().people).toEqual([
      expect.objectContaining({ personId: world.person.id, name: 'Sam Taylor', role: 'care_coordinator', careCoordinatorsLast12Months: 1 }),
    ]);
    const person = await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` });
    expect(person.statusCode).toBe(200);
    expect(person.json().currentCareCoordinator).toMatchObject({ workerName: 'Alex Morgan', isActive: true });
  });

  it('answers 403 to a stranger, 404 for an unknown id and 400 for a malformed id', async () => {
    const world = await createFactories(t).careTeamWorld();
    const stranger = await signInAs(app, world.strangerActor.username);
    const forbidden = await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toMatchObject({ code: 'forbidden', details: { canBreakGlass: true } });
    expect((await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` })).statusCode).toBe(403);
    expect((await stranger.request({ method: 'GET', url: '/api/v1/people/0190e8b0-0000-7000-8000-000000000000' })).statusCode).toBe(404);
    expect((await stranger.request({ method: 'GET', url: '/api/v1/people/not-an-id' })).statusCode).toBe(400);
  });

  it('does not let a service user record contacts or read another person’s record', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const other = await f.careTeamWorld();
    const client = await signInAs(app, world.personActor.username);
    expect((await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(200);
    expect((await client.request({ method: 'GET', url: `/api/v1/people/${other.person.id}` })).statusCode).toBe(403);
    const attempt = await client.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/contacts`, payload: { durationMinutes: 5, mode: 'phone', kind: 'brief_contact' } });
    expect(attempt.statusCode).toBe(403);
  });

  it('lets a stranger break glass with a reason, which the person then sees', async () => {
    const world = await createFactories(t).careTeamWorld();
    const stranger = await signInAs(app, world.strangerActor.username);
    const tooShort = await stranger.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/break-glass`, payload: { reason: 'x' } });
    expect(tooShort.statusCode).toBe(400);
    const granted = await stranger.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/break-glass`,
      payload: { reason: 'Out-of-hours call from the person’s GP' },
    });
    expect(granted.statusCode).toBe(201);
    expect((await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(200);
    const person = await signInAs(app, world.personActor.username);
    const log = await person.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/access-log` });
    expect(log.json().entries).toContainEqual(
      expect.objectContaining({ action: 'record.break_glass', reason: 'Out-of-hours call from the person’s GP', isYou: false }),
    );
    expect((await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/access-log` })).statusCode).toBe(403);
  });

  it('shows a carer only what the person shares, without notes', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const sharing = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team', 'contacts']) });
    const notSharing = await f.account('carer', { carerId: await f.carerFor(world.person.id, []) });
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    await coordinator.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/contacts`, payload: { durationMinutes: 30, mode: 'home', kind: 'meeting', note: 'Private note' } });

    const sharedClient = await signInAs(app, sharing.username);
    const contacts = await sharedClient.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` });
    expect(contacts.statusCode).toBe(200);
    expect(contacts.json().contacts[0]).toMatchObject({ note: null });
    const quietClient = await signInAs(app, notSharing.username);
    expect((await quietClient.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).json().careTeam).toBeNull();
    expect((await quietClient.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` })).statusCode).toBe(403);
  });

  it('shows a team manager their team’s people and workers, and no clinical notes', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const managerWorker = await f.worker({ teamId: world.team.id, profession: 'Team manager' });
    const manager = await f.account('team_manager', { workerId: managerWorker.id });
    const client = await signInAs(app, manager.username);
    const team = (await client.request({ method: 'GET', url: '/api/v1/team' })).json();
    expect(team.people).toContainEqual(expect.objectContaining({ name: 'Sam Taylor', careCoordinator: 'Alex Morgan' }));
    expect(team.workers).toContainEqual(expect.objectContaining({ name: 'Alex Morgan', caseloadSize: 1 }));
    expect((await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(200);
    expect((await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` })).statusCode).toBe(403);
  });
});
