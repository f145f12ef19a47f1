import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { ratingsResponse } from '../../../test/support/meeting-fixtures';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const meetingBody = (overrides: Record<string, unknown> = {}) => ({
  occurredAt: '2026-06-01T10:00:00Z',
  durationMinutes: 45,
  mode: 'home',
  beyondRoutineNote: 'Stayed on for a cup of tea to finish the benefits form',
  ratings: ratingsResponse({ accommodation: 2 }),
  areas: [
    {
      areaId: 'accommodation',
      understanding: 'Damp',
      lookingForward: 'A dry flat',
      exploringOptions: 'Repairs line',
      agreeingActions: 'Ring them',
    },
  ],
  actions: [
    { areaId: 'accommodation', owner: 'person', description: 'Ring the repairs line', dueOn: '2026-06-08' },
    { areaId: null, owner: 'other', ownerName: 'Housing officer', description: 'Visit the flat', dueOn: null },
  ],
  ...overrides,
});

describe('meetings API', () => {
  it('needs a session: 401 without one', async () => {
    const world = await createFactories(t).careTeamWorld();
    const url = `/api/v1/people/${world.person.id}/meetings`;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: `${url}/opening` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url, payload: meetingBody() })).statusCode).toBe(401);
  });

  it('records a meeting, lists it, opens the next one with its actions and compares ratings', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const url = `/api/v1/people/${world.person.id}/meetings`;

    const created = await client.request({ method: 'POST', url, payload: meetingBody() });
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({
      occurredAt: '2026-06-01T10:00:00.000Z',
      beyondRoutine: true,
      leadWorkerId: world.coordinator.id,
      ratings: {
        instrumentId: 'dialog-ratings',
        scores: [{ scoreId: 'subjective-quality-of-life', value: 3.75 }, { value: 4 }],
      },
      areas: [{ position: 1, areaId: 'accommodation', label: 'Accommodation', agreeingActions: 'Ring them' }],
    });
    expect(meeting.actions.map((a: { owner: string; ownerName: string | null }) => [a.owner, a.ownerName])).toEqual([
      ['person', null],
      ['other', 'Housing officer'],
    ]);

    const list = (await client.request({ method: 'GET', url })).json();
    expect(list.meetings).toEqual([
      expect.objectContaining({ id: meeting.id, hasRatings: true, areaIds: ['accommodation'], actionsAgreed: 2 }),
    ]);
    const one = await client.request({ method: 'GET', url: `${url}/${meeting.id}` });
    expect(one.statusCode).toBe(200);

    const opening = (await client.request({ method: 'GET', url: `${url}/opening` })).json();
    expect(opening).toMatchObject({
      ratingsInstrument: { id: 'dialog-ratings', version: '1.0.0' },
      lastMeeting: { id: meeting.id },
    });
    expect(opening.areas).toHaveLength(11);
    const reviews = opening.openActions.map((a: { id: string }, i: number) => ({
      actionId: a.id,
      outcome: i === 0 ? 'done' : 'not_done',
    }));

    const next = await client.request({
      method: 'POST',
      url,
      payload: meetingBody({
        occurredAt: undefined,
        ratings: ratingsResponse({ accommodation: 5 }),
        actions: [],
        areas: [],
        actionReviews: reviews,
      }),
    });
    expect(next.statusCode).toBe(201);
    expect(next.json().reviewedActions.map((a: { outcome: string }) => a.outcome)).toEqual(['done', 'not_done']);

    const ratings = (await client.request({ method: 'GET', url: `${url}/ratings` })).json();
    // Accommodation 2 → 5 is the only change.
    expect(ratings.areas[0]).toMatchObject({
      area: { id: 'accommodation' },
      change: 3,
      history: [{ value: 2 }, { value: 5 }],
    });
  });

  it('answers 400 for a rating of 8, a fourth area, an unknown area, a wrong mode and a malformed id, saving nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const url = `/api/v1/people/${world.person.id}/meetings`;
    const eight = await client.request({
      method: 'POST',
      url,
      payload: meetingBody({ ratings: ratingsResponse({ accommodation: 8 }) }),
    });
    expect(eight.statusCode).toBe(400);
    expect(eight.json().error.details.issues).toEqual([
      expect.objectContaining({ code: 'out-of-range', path: expect.stringMatching(/^answers\.\d+\.value$/) }),
    ]);
    const fourAreas = ['accommodation', 'friendships', 'medication', 'mental-health'].map((areaId) => ({ areaId }));
    const four = await client.request({ method: 'POST', url, payload: meetingBody({ areas: fourAreas, actions: [] }) });
    expect(four.statusCode).toBe(400);
    expect(four.json().error.message).toMatch(/up to 3 areas/);
    expect(
      (
        await client.request({
          method: 'POST',
          url,
          payload: meetingBody({ areas: [{ areaId: 'luck' }], actions: [] }),
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await client.request({ method: 'POST', url, payload: meetingBody({ mode: 'telepathy' }) })).statusCode,
    ).toBe(400);
    expect((await client.request({ method: 'GET', url: `${url}/not-an-id` })).statusCode).toBe(400);
    expect((await client.request({ method: 'GET', url })).json().meetings).toEqual([]);
    expect(
      (await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` })).json().contacts,
    ).toEqual([]);
  });

  it('answers 403 to a stranger and a carer, 404 for an unknown meeting, and lets the person read but not record', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team', 'contacts']) });
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const url = `/api/v1/people/${world.person.id}/meetings`;
    const meetingId = (await coordinator.request({ method: 'POST', url, payload: meetingBody() })).json().id;

    for (const username of [world.strangerActor.username, carer.username]) {
      const client = await signInAs(app, username);
      expect((await client.request({ method: 'GET', url })).statusCode).toBe(403);
      expect((await client.request({ method: 'GET', url: `${url}/${meetingId}` })).statusCode).toBe(403);
      expect((await client.request({ method: 'GET', url: `${url}/ratings` })).statusCode).toBe(403);
    }
    expect(
      (await coordinator.request({ method: 'GET', url: `${url}/0190e8b0-0000-7000-8000-000000000000` })).statusCode,
    ).toBe(404);
    const person = await signInAs(app, world.personActor.username);
    expect((await person.request({ method: 'GET', url: `${url}/${meetingId}` })).json().areas).toHaveLength(1);
    expect(
      (await person.request({ method: 'POST', url, payload: meetingBody({ actionReviews: [] }) })).statusCode,
    ).toBe(403);
  });
});
