import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const post = (client: SignedInClient, url: string, payload: object) => client.request({ method: 'POST', url, payload });

describe('care-team API', () => {
  it('lets an administrator add a member and end the membership with a reason, which the record keeps', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const nurse = await f.worker({ teamId: world.team.id, name: 'Nia Hughes' });
    const admin = await signInAs(app, world.admin.username);

    const added = await post(admin, `/api/v1/people/${world.person.id}/care-team`, {
      workerId: nurse.id,
      role: 'nurse',
      startsOn: '2026-06-01',
    });
    expect(added.statusCode).toBe(201);
    const ended = await post(admin, `/api/v1/care-team/${added.json().id}/end`, {
      endReason: 'worker_changed_team',
      endsOn: '2026-06-15',
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ workerId: nurse.id, endsOn: '2026-06-15', endReason: 'worker_changed_team' });

    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const record = (await coordinator.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).json();
    expect(record.careTeam).toContainEqual(
      expect.objectContaining({ workerName: 'Nia Hughes', endReason: 'worker_changed_team', isActive: false }),
    );
  });

  it('answers 401 without a session, 403 to a worker, 400 for a malformed id or role, and changes nothing', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const nurse = await f.worker({ teamId: world.team.id });
    const url = `/api/v1/people/${world.person.id}/care-team`;

    expect((await app.inject({ method: 'POST', url, payload: { workerId: nurse.id, role: 'nurse' } })).statusCode).toBe(
      401,
    );
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    expect((await post(coordinator, url, { workerId: nurse.id, role: 'nurse' })).statusCode).toBe(403);
    const admin = await signInAs(app, world.admin.username);
    expect(
      (await post(admin, '/api/v1/care-team/not-an-id/end', { endReason: 'worker_changed_team' })).statusCode,
    ).toBe(400);
    const badRole = await post(admin, url, { workerId: nurse.id, role: 'patient' });
    expect(badRole.statusCode).toBe(400);

    expect((await t.repositories.careTeams.listForPerson(world.person.id)).map((m) => m.workerId)).toEqual([
      world.coordinator.id,
    ]);
  });
});
