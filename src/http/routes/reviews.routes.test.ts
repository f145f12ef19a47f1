import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('reviews API: who can be at a review', () => {
  it('gives the care team the person, the care team and the carers; 401 without a session', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carerId = await f.carerFor(world.person.id, []);
    const url = `/api/v1/people/${world.person.id}/reviews/choices`;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const response = await (await signInAs(app, world.coordinatorActor.username)).request({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      person: { name: 'Sam Taylor' },
      workers: [expect.objectContaining({ id: world.coordinator.id, role: 'care_coordinator' })],
      carers: [expect.objectContaining({ id: carerId, relationship: 'Sister' })],
    });
  });

  it('refuses a worker outside the care team (403) and a malformed id (400)', async () => {
    const world = await createFactories(t).careTeamWorld();
    const stranger = await signInAs(app, world.strangerActor.username);
    const refused = await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/reviews/choices` });
    expect(refused.statusCode).toBe(403);
    expect(JSON.stringify(refused.json())).not.toContain('Sam Taylor');
    const bad = await stranger.request({ method: 'GET', url: '/api/v1/people/not-an-id/reviews/choices' });
    expect(bad.statusCode).toBe(400);
  });
});
