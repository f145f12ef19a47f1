import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { newId } from '../../services/new-id';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('reviews and calendar API', () => {
  it('holds a review, schedules the next, and serves the worker’s calendar at a secret address without cookies', async () => {
    const world = await createFactories(t).careTeamWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    await t.repositories.reviews.create({ id: newId(), personId: world.person.id, dueOn: '2026-06-10', heldOn: null });

    const held = await coordinator.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/reviews/hold`,
      payload: { attendees: [{ kind: 'person' }, { kind: 'worker', workerId: world.coordinator.id }], whatChanged: 'New goals, same support.' },
    });
    expect(held.statusCode).toBe(201);
    expect(held.json()).toMatchObject({ review: { heldOn: '2026-06-15', dueOn: '2026-06-10' }, nextReview: { dueOn: '2027-06-15' } });
    const badAttendee = await coordinator.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/reviews/hold`, payload: { attendees: [{ kind: 'neighbour' }], whatChanged: 'x' } });
    expect(badAttendee.statusCode).toBe(400);

    expect((await coordinator.request({ method: 'GET', url: '/api/v1/calendar/feed' })).json()).toMatchObject({ isActive: false });
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
    expect((await person.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/reviews/hold`, payload: { attendees: [{ kind: 'person' }], whatChanged: 'x' } })).statusCode).toBe(403);
  });
});
