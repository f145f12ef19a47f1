import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { newId } from '../../services/new-id';

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
      nextReview: { cadenceMonths: 12, latestDueOn: '2027-06-15' },
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

describe('reviews API: holding one, and the calendar feed', () => {
  it('holds a review, schedules the next, and serves the worker’s calendar at a secret address without cookies', async () => {
    const world = await createFactories(t).careTeamWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    await t.repositories.reviews.create({ id: newId(), personId: world.person.id, dueOn: '2026-06-10', heldOn: null });

    const held = await coordinator.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/reviews/hold`,
      payload: {
        attendees: [{ kind: 'person' }, { kind: 'worker', workerId: world.coordinator.id }],
        whatChanged: 'New goals, same support.',
      },
    });
    expect(held.statusCode).toBe(201);
    expect(held.json()).toMatchObject({
      review: { heldOn: '2026-06-15', dueOn: '2026-06-10' },
      nextReview: { dueOn: '2027-06-15' },
    });
    const badAttendee = await coordinator.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/reviews/hold`,
      payload: { attendees: [{ kind: 'neighbour' }], whatChanged: 'x' },
    });
    expect(badAttendee.statusCode).toBe(400);

    expect((await coordinator.request({ method: 'GET', url: '/api/v1/calendar/feed' })).json()).toMatchObject({
      isActive: false,
    });
    const created = await coordinator.request({ method: 'POST', url: '/api/v1/calendar/feed' });
    expect(created.statusCode).toBe(201);
    const { url, path } = created.json() as { url: string; path: string };
    expect(url.endsWith(path)).toBe(true);
    expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toContain('SUMMARY:Care plan review due: Sam T.');
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20270615');
    expect(feed.body).toContain('SUMMARY:Care plan review held: Sam T.');
  });

  it('answers 404 for an unknown calendar token, and 401 and 403 for managing one', async () => {
    const world = await createFactories(t).careTeamWorld();
    expect((await app.inject({ method: 'GET', url: `/api/v1/calendar/${'x'.repeat(43)}.ics` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/calendar/nonsense.ics' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/api/v1/calendar/feed' })).statusCode).toBe(401);
    const person = await signInAs(app, world.personActor.username);
    expect((await person.request({ method: 'POST', url: '/api/v1/calendar/feed' })).statusCode).toBe(403);
    expect(
      (
        await person.request({
          method: 'POST',
          url: `/api/v1/people/${world.person.id}/reviews/hold`,
          payload: { attendees: [{ kind: 'person' }], whatChanged: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
