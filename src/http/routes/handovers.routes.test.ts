import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const send = (client: SignedInClient, method: 'POST' | 'PUT', url: string, payload: object) =>
  client.request({ method, url, payload });

describe('handovers API', () => {
  it('plans a handover, takes the person’s words and the joint meeting, and completes it', async () => {
    const f = createFactories(t);
    const w = await f.careTeamWorld();
    const next = await f.worker({ teamId: w.team.id, name: 'Priya Shah' });
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    const url = `/api/v1/people/${w.person.id}/handovers`;
    const planned = await send(coordinator, 'POST', url, {
      toWorkerId: next.id,
      handoverOn: '2026-06-29',
      reason: 'worker_left_service',
      workerNote: 'Sam prefers walks.',
    });
    expect(planned.statusCode).toBe(201);
    expect(planned.json().candidates).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Priya Shah' })]),
    );
    const handover = planned.json().handovers[0];
    expect(handover).toMatchObject({ daysOfNotice: 14, jointMeeting: 'offered', status: 'planned' });

    const person = await signInAs(app, w.personActor.username);
    const seen = (await person.request({ method: 'GET', url })).json();
    expect(seen).toMatchObject({ canAddNote: true, canPlan: false, candidates: [] });
    const note = await send(person, 'PUT', `/api/v1/handovers/${handover.id}/person-note`, {
      version: 1,
      personNote: 'I would like to meet them with Alex first.',
    });
    expect(note.statusCode).toBe(200);
    const met = await send(coordinator, 'PUT', `/api/v1/handovers/${handover.id}/joint-meeting`, {
      version: 2,
      jointMeeting: 'held',
      jointMeetingOn: '2026-06-15',
    });
    expect(met.statusCode).toBe(200);
    const done = await send(coordinator, 'POST', `/api/v1/handovers/${handover.id}/complete`, { version: 3 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', jointMeeting: 'held', toWorkerName: 'Priya Shah' });
  });

  it('answers 401, 403 to a stranger and a carer, 404 for a foreign handover and 400 for bad input, changing nothing', async () => {
    const f = createFactories(t);
    const w = await f.careTeamWorld();
    const next = await f.worker({ teamId: w.team.id });
    const url = `/api/v1/people/${w.person.id}/handovers`;
    const body = { toWorkerId: next.id, handoverOn: '2026-07-01', reason: 'caseload_rebalanced' };
    expect((await app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    const stranger = await signInAs(app, w.strangerActor.username);
    expect((await send(stranger, 'POST', url, body)).statusCode).toBe(403);
    expect((await stranger.request({ method: 'GET', url })).statusCode).toBe(403);
    const carer = await signInAs(
      app,
      (await f.account('carer', { carerId: await f.carerFor(w.person.id, ['care_team', 'contacts', 'care_plan']) }))
        .username,
    );
    expect((await carer.request({ method: 'GET', url })).statusCode).toBe(403);

    const coordinator = await signInAs(app, w.coordinatorActor.username);
    expect((await send(coordinator, 'POST', url, { ...body, reason: 'bored' })).statusCode).toBe(400);
    expect((await send(coordinator, 'POST', url, { ...body, handoverOn: '1 July' })).statusCode).toBe(400);
    expect((await send(coordinator, 'POST', url, { ...body, toWorkerId: 'nobody' })).statusCode).toBe(400);
    expect((await send(coordinator, 'POST', url, { ...body, workerNote: 'x'.repeat(9_000) })).statusCode).toBe(400);
    expect(await t.repositories.handovers.listForPerson(w.person.id)).toEqual([]);

    const handover = (await send(coordinator, 'POST', url, body)).json().handovers[0];
    expect((await send(stranger, 'POST', `/api/v1/handovers/${handover.id}/complete`, { version: 1 })).statusCode).toBe(
      404,
    );
    const otherPerson = await signInAs(
      app,
      (await f.account('service_user', { personId: (await f.person({ teamId: w.team.id })).id })).username,
    );
    const foreign = await send(otherPerson, 'PUT', `/api/v1/handovers/${handover.id}/person-note`, {
      version: 1,
      personNote: 'Not mine',
    });
    expect(foreign.statusCode).toBe(404);
    expect((await t.repositories.handovers.findById(handover.id))?.personNote).toBeNull();
    const withHtml = await send(coordinator, 'PUT', `/api/v1/handovers/${handover.id}/joint-meeting`, {
      version: 1,
      jointMeeting: '<b>held</b>',
    });
    expect(withHtml.statusCode).toBe(400);
  });
});
