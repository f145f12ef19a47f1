import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('contacts API', () => {
  it('records a contact that then shows first in the person’s contacts', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const created = await client.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/contacts`,
      payload: {
        durationMinutes: 40,
        mode: 'community',
        kind: 'meeting',
        beyondRoutineNote: 'Walked to the job centre together',
        adminMinutes: 10,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      beyondRoutine: true,
      occurredAt: '2026-06-15T10:00:00.000Z',
      workers: [{ id: world.coordinator.id }],
    });
    const list = await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` });
    expect(list.json().contacts[0]).toMatchObject({
      id: created.json().id,
      beyondRoutineNote: 'Walked to the job centre together',
    });
  });

  it('pages contacts after the last one shown, by time and id, and refuses an id without a time', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const url = `/api/v1/people/${world.person.id}/contacts`;
    const occurredAt = '2026-06-14T09:30:00Z';
    for (let i = 0; i < 3; i++) {
      const created = await client.request({
        method: 'POST',
        url,
        payload: { durationMinutes: 20, mode: 'clinic', kind: 'meeting', occurredAt },
      });
      expect(created.statusCode).toBe(201);
    }
    const first = (await client.request({ method: 'GET', url: `${url}?limit=2` })).json().contacts as {
      id: string;
      occurredAt: string;
    }[];
    const last = first.at(-1)!;
    const next = await client.request({
      method: 'GET',
      url: `${url}?limit=2&before=${encodeURIComponent(last.occurredAt)}&beforeId=${last.id}`,
    });
    expect(next.statusCode).toBe(200);
    const ids = [...first, ...next.json().contacts].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(3);
    const idOnly = await client.request({ method: 'GET', url: `${url}?beforeId=${last.id}` });
    expect(idOnly.statusCode).toBe(400);
    expect(idOnly.json().error.message).toMatch(/beforeId needs before/);
  });

  it('refuses bad contact input with a 400 that names the problem, and saves nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const url = `/api/v1/people/${world.person.id}/contacts`;
    const badMode = await client.request({
      method: 'POST',
      url,
      payload: { durationMinutes: 30, mode: 'telepathy', kind: 'meeting' },
    });
    expect(badMode.statusCode).toBe(400);
    expect(badMode.json().error.message).toBe('Where or how: choose where or how the contact happened.');
    const future = await client.request({
      method: 'POST',
      url,
      payload: { durationMinutes: 30, mode: 'phone', kind: 'meeting', occurredAt: '2026-06-16T10:00:00Z' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toMatch(/future/);
    const notJson = await client.request({
      method: 'POST',
      url,
      payload: '{"durationMinutes":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    expect((await client.request({ method: 'GET', url })).json().contacts).toEqual([]);
  });
});
