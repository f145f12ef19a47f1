import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { feedbackResponse, ratingsResponse } from '../../../test/support/meeting-fixtures';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

async function meeting(client: SignedInClient, personId: string): Promise<string> {
  const response = await client.request({
    method: 'POST',
    url: `/api/v1/people/${personId}/meetings`,
    payload: { durationMinutes: 30, mode: 'clinic', ratings: ratingsResponse() },
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id;
}

describe('relationship feedback API', () => {
  it('needs a session: 401 without one', async () => {
    const world = await createFactories(t).careTeamWorld();
    expect((await app.inject({ method: 'GET', url: '/api/v1/caseload/alerts' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: `/api/v1/people/${world.person.id}/feedback` })).statusCode).toBe(
      401,
    );
  });

  it('takes both sides’ feedback and keeps an aggregate-only low score out of the worker’s view and alerts', async () => {
    const world = await createFactories(t).careTeamWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const person = await signInAs(app, world.personActor.username);
    const meetingId = await meeting(coordinator, world.person.id);
    const base = `/api/v1/people/${world.person.id}/meetings/${meetingId}/feedback`;

    // [2, 2, 1, 2, 2] → 9 / 5 = 1.8
    const given = await person.request({
      method: 'POST',
      url: `${base}/person`,
      payload: { response: feedbackResponse('person', [2, 2, 1, 2, 2]) },
    });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ respondent: 'person', visibility: 'aggregate', score: 1.8 });
    const mine = await coordinator.request({
      method: 'POST',
      url: `${base}/worker`,
      payload: { response: feedbackResponse('worker', [4, 4, 4, 4, 4]) },
    });
    expect(mine.statusCode).toBe(201);

    const seen = (
      await coordinator.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/feedback` })
    ).json();
    expect(seen.relationships[0].points[0]).toMatchObject({
      person: { status: 'private', score: null },
      worker: { status: 'given', score: 4 },
    });
    // One answer kept for the average, in the only meeting: no alert may point to it.
    expect(seen.alerts).toEqual([]);
    const alerts = (await coordinator.request({ method: 'GET', url: '/api/v1/caseload/alerts' })).json().alerts;
    expect(alerts).toEqual([]);

    const again = await person.request({
      method: 'POST',
      url: `${base}/person`,
      payload: { response: feedbackResponse('person', [4, 4, 4, 4, 4]) },
    });
    expect(again.statusCode).toBe(409);
  });

  it('acknowledges an alert for the worker in the care team only, refusing a body without a key', async () => {
    const world = await createFactories(t).careTeamWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const person = await signInAs(app, world.personActor.username);
    await person.request({
      method: 'PUT',
      url: `/api/v1/people/${world.person.id}/feedback/preference`,
      payload: { visibility: 'individual' },
    });
    const meetingId = await meeting(coordinator, world.person.id);
    const base = `/api/v1/people/${world.person.id}/meetings/${meetingId}/feedback`;
    await person.request({
      method: 'POST',
      url: `${base}/person`,
      payload: { response: feedbackResponse('person', [2, 2, 1, 2, 2]) },
    });
    const url = `/api/v1/people/${world.person.id}/feedback/alerts/acknowledgements`;
    const [alert] = (await coordinator.request({ method: 'GET', url: '/api/v1/caseload/alerts' })).json().alerts;
    expect(alert).toMatchObject({
      key: `meeting:${meetingId}`,
      kind: 'meeting',
      reasons: [{ reason: 'low' }],
      acknowledged: null,
    });

    expect((await coordinator.request({ method: 'POST', url, payload: {} })).statusCode).toBe(400);
    expect((await person.request({ method: 'POST', url, payload: { alertKey: alert.key } })).statusCode).toBe(403);
    const stranger = await signInAs(app, world.strangerActor.username);
    expect((await stranger.request({ method: 'POST', url, payload: { alertKey: alert.key } })).statusCode).toBe(403);
    const done = await coordinator.request({ method: 'POST', url, payload: { alertKey: alert.key } });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toMatchObject({ key: alert.key, acknowledged: { name: 'Alex Morgan' } });
    expect((await coordinator.request({ method: 'GET', url: '/api/v1/caseload/alerts' })).json().alerts).toEqual([]);
  });

  it('lets the person set who sees their answers, and nobody else', async () => {
    const world = await createFactories(t).careTeamWorld();
    const url = `/api/v1/people/${world.person.id}/feedback/preference`;
    const person = await signInAs(app, world.personActor.username);
    expect((await person.request({ method: 'PUT', url, payload: { visibility: 'individual' } })).json()).toEqual({
      visibility: 'individual',
      isDefault: false,
    });
    expect((await person.request({ method: 'PUT', url, payload: { visibility: 'everyone' } })).statusCode).toBe(400);
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    expect((await coordinator.request({ method: 'PUT', url, payload: { visibility: 'aggregate' } })).statusCode).toBe(
      403,
    );
    const mine = (await person.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/feedback` })).json();
    expect(mine).toMatchObject({ viewer: 'person', preference: { visibility: 'individual', isDefault: false } });
  });

  it('answers 400 for a rating off the scale, 404 for an unknown meeting, and 403 to a stranger and a carer', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team', 'contacts']) });
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const person = await signInAs(app, world.personActor.username);
    const meetingId = await meeting(coordinator, world.person.id);
    const url = `/api/v1/people/${world.person.id}/meetings/${meetingId}/feedback/person`;

    const offScale = { ...feedbackResponse('person', [4, 4, 4, 4, 4]), answers: [{ itemId: 'listened', value: 6 }] };
    const bad = await person.request({ method: 'POST', url, payload: { response: offScale } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues).toEqual([expect.objectContaining({ code: 'out-of-range' })]);
    const unknown = `/api/v1/people/${world.person.id}/meetings/0190e8b0-0000-7000-8000-000000000000/feedback/person`;
    expect(
      (
        await person.request({
          method: 'POST',
          url: unknown,
          payload: { response: feedbackResponse('person', [4, 4, 4, 4, 4]) },
        })
      ).statusCode,
    ).toBe(404);
    for (const username of [world.strangerActor.username, carer.username]) {
      const client = await signInAs(app, username);
      expect(
        (
          await client.request({
            method: 'POST',
            url,
            payload: { response: feedbackResponse('person', [4, 4, 4, 4, 4]) },
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/feedback` })).statusCode,
      ).toBe(403);
    }
    const carerClient = await signInAs(app, carer.username);
    expect((await carerClient.request({ method: 'GET', url: '/api/v1/caseload/alerts' })).statusCode).toBe(403);
  });
});
