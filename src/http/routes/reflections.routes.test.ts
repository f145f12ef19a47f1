import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { newId } from '../../services/new-id';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const entry = {
  theme: 'being_personal',
  whatIShared: 'I said I had also found the first weeks of a new job hard.',
  why: 'To show that struggling at the start is ordinary.',
  whatHappened: 'We talked for longer about what helps on bad mornings.',
  wouldDoAgain: 'yes',
};

/** A worker with one person on their caseload, their team's manager, and a manager of another team. */
async function supervisionWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const manager = await f.worker({ teamId: world.team.id, name: 'Maria Manager' });
  const managerActor = await f.account('team_manager', { workerId: manager.id });
  const otherManager = await f.worker({ name: 'Olu Other' });
  const otherManagerActor = await f.account('team_manager', { workerId: otherManager.id });
  const colleague = await f.worker({ teamId: world.team.id, name: 'Cal Colleague' });
  const colleagueActor = await f.account('worker', { workerId: colleague.id });
  return {
    ...world,
    asWorker: await signInAs(app, world.coordinatorActor.username),
    asManager: await signInAs(app, managerActor.username),
    asOtherManager: await signInAs(app, otherManagerActor.username),
    asColleague: await signInAs(app, colleagueActor.username),
    asPerson: await signInAs(app, world.personActor.username),
    asAdmin: await signInAs(app, world.admin.username),
  };
}

describe('reflections API', () => {
  it('needs a session: 401 without one', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/reflections' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/reflections', payload: entry })).statusCode).toBe(401);
  });

  it('keeps an entry private until the worker shares it; then the supervisor reads it and replies', async () => {
    const world = await supervisionWorld();
    const written = await world.asWorker.request({ method: 'POST', url: '/api/v1/reflections', payload: entry });
    expect(written.statusCode).toBe(201);
    const id = written.json().id as string;
    expect(written.json()).toMatchObject({ sharedAt: null, replies: [] });

    const beforeSharing = await world.asManager.request({
      method: 'GET',
      url: `/api/v1/supervision/${world.coordinator.id}`,
    });
    expect(beforeSharing.statusCode).toBe(200);
    expect(beforeSharing.json().entries).toEqual([]);
    const replyTooEarly = await world.asManager.request({
      method: 'POST',
      url: `/api/v1/reflections/${id}/replies`,
      payload: { text: 'Thank you' },
    });
    expect(replyTooEarly.statusCode).toBe(404);

    const shared = await world.asWorker.request({ method: 'POST', url: `/api/v1/reflections/${id}/share` });
    expect(shared.statusCode).toBe(200);
    expect(shared.json().sharedAt).toBe('2026-06-15T10:00:00.000Z');

    const supervisees = (await world.asManager.request({ method: 'GET', url: '/api/v1/supervision' })).json();
    expect(supervisees.supervisees).toContainEqual(
      expect.objectContaining({ workerId: world.coordinator.id, sharedEntries: 1 }),
    );
    const replied = await world.asManager.request({
      method: 'POST',
      url: `/api/v1/reflections/${id}/replies`,
      payload: { text: 'A good use of yourself. Shall we talk about where the edge is?' },
    });
    expect(replied.statusCode).toBe(201);
    const session = await world.asManager.request({
      method: 'POST',
      url: `/api/v1/supervision/${world.coordinator.id}/sessions`,
      payload: { heldOn: '2026-06-15', note: null, reflectionIds: [id] },
    });
    expect(session.statusCode).toBe(201);

    const own = (await world.asWorker.request({ method: 'GET', url: '/api/v1/reflections' })).json();
    expect(own.entries[0].replies).toEqual([
      expect.objectContaining({ text: 'A good use of yourself. Shall we talk about where the edge is?' }),
    ]);
    expect(own.sessions).toEqual([expect.objectContaining({ heldOn: '2026-06-15', reflectionIds: [id] })]);
  });

  it('warns when the text names someone on the worker’s caseload, and saves only when the worker keeps it', async () => {
    const world = await supervisionWorld();
    const named = { ...entry, whatHappened: 'Sam laughed and we walked on.' };
    const warned = await world.asWorker.request({ method: 'POST', url: '/api/v1/reflections', payload: named });
    expect(warned.statusCode).toBe(400);
    expect(warned.json().error.details.caseloadNames).toEqual(['Sam']);
    expect((await world.asWorker.request({ method: 'GET', url: '/api/v1/reflections' })).json().entries).toEqual([]);
    const kept = await world.asWorker.request({
      method: 'POST',
      url: '/api/v1/reflections',
      payload: { ...named, keepNames: true },
    });
    expect(kept.statusCode).toBe(201);
  });

  it('shows nobody else a log: colleagues, another team’s manager, the person, administrators', async () => {
    const world = await supervisionWorld();
    const id = (await world.asWorker.request({ method: 'POST', url: '/api/v1/reflections', payload: entry })).json()
      .id as string;
    await world.asWorker.request({ method: 'POST', url: `/api/v1/reflections/${id}/share` });
    const logUrl = `/api/v1/supervision/${world.coordinator.id}`;
    expect((await world.asColleague.request({ method: 'GET', url: logUrl })).statusCode).toBe(404);
    expect((await world.asOtherManager.request({ method: 'GET', url: logUrl })).statusCode).toBe(404);
    expect((await world.asPerson.request({ method: 'GET', url: logUrl })).statusCode).toBe(404);
    expect((await world.asAdmin.request({ method: 'GET', url: logUrl })).statusCode).toBe(404);
    expect((await world.asPerson.request({ method: 'GET', url: '/api/v1/reflections' })).statusCode).toBe(403);
    const colleagueShare = await world.asColleague.request({ method: 'POST', url: `/api/v1/reflections/${id}/share` });
    expect(colleagueShare.statusCode).toBe(404);
    const otherReply = await world.asOtherManager.request({
      method: 'POST',
      url: `/api/v1/reflections/${id}/replies`,
      payload: { text: 'Hello' },
    });
    expect(otherReply.statusCode).toBe(404);
  });

  it('refuses bad input with a message, and writes nothing', async () => {
    const world = await supervisionWorld();
    const bad = await world.asWorker.request({
      method: 'POST',
      url: '/api/v1/reflections',
      payload: { ...entry, theme: 'gossip', whatIShared: 'x'.repeat(1_001) },
    });
    expect(bad.statusCode).toBe(400);
    const empty = await world.asWorker.request({
      method: 'POST',
      url: '/api/v1/reflections',
      payload: { ...entry, whatIShared: '  ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(
      (await world.asWorker.request({ method: 'POST', url: `/api/v1/reflections/${newId()}/share` })).statusCode,
    ).toBe(404);
    const foreign = await world.asManager.request({
      method: 'POST',
      url: `/api/v1/supervision/${world.coordinator.id}/sessions`,
      payload: { heldOn: '2026-06-15', reflectionIds: [newId()] },
    });
    expect(foreign.statusCode).toBe(400);
    const future = await world.asManager.request({
      method: 'POST',
      url: `/api/v1/supervision/${world.coordinator.id}/sessions`,
      payload: { heldOn: '2026-07-01', reflectionIds: [] },
    });
    expect(future.statusCode).toBe(400);
    expect((await world.asWorker.request({ method: 'GET', url: '/api/v1/reflections' })).json()).toMatchObject({
      entries: [],
      sessions: [],
    });
  });

  it('audits the log without tying it to any person’s record', async () => {
    const world = await supervisionWorld();
    await world.asWorker.request({ method: 'POST', url: '/api/v1/reflections', payload: entry });
    const events = await t.repositories.audit.listForPerson(world.person.id, { limit: 20 });
    expect(events.map((e) => e.action)).not.toContain('reflection.write');
  });
});
