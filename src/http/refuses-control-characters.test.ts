import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { signInAs, useTestApp } from '../../test/support/http-client';
import type { TestDatabase } from '../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const NUL = 'before\u0000after';

function expectFieldRefused(response: { statusCode: number; json(): unknown }, field: string): void {
  expect(response.statusCode).toBe(400);
  const error = (
    response.json() as { error: { code: string; message: string; details?: { fields?: { field: string }[] } } }
  ).error;
  expect(error.code).toBe('bad_request');
  expect(error.message).toMatch(/control character \(U\+0000\)/);
  expect(error.details?.fields?.map((f) => f.field)).toContain(field);
}

describe('text with control characters', () => {
  it('answers 400 naming the field, not 500, when signing in with NUL in the username', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'a\u0000b', password: 'x' },
    });
    expectFieldRefused(response, 'body.username');
  });

  it('answers 400 naming the field in every form a worker, the person and an administrator fill in, and saves nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const worker = await signInAs(app, world.coordinatorActor.username);
    const person = await signInAs(app, world.personActor.username);
    const stranger = await signInAs(app, world.strangerActor.username);
    const admin = await signInAs(app, world.admin.username);
    const p = `/api/v1/people/${world.person.id}`;
    const contact = { durationMinutes: 30, mode: 'home', kind: 'meeting' };
    const cases: [typeof worker, string, string, Record<string, unknown>, string][] = [
      [worker, 'POST', `${p}/contacts`, { ...contact, note: NUL }, 'body.note'],
      [worker, 'POST', `${p}/contacts`, { ...contact, beyondRoutineNote: NUL }, 'body.beyondRoutineNote'],
      [stranger, 'POST', `${p}/break-glass`, { reason: NUL }, 'body.reason'],
      [person, 'PUT', `${p}/care-plan/sections/about_me`, { text: NUL, baseVersion: 0 }, 'body.text'],
      [person, 'POST', `${p}/care-plan/sections/about_me/messages`, { text: NUL }, 'body.text'],
      [person, 'POST', `${p}/care-plan/proposals/${world.person.id}/decline`, { note: NUL }, 'body.note'],
      [worker, 'POST', `${p}/reviews/hold`, { attendees: [{ kind: 'person' }], whatChanged: NUL }, 'body.whatChanged'],
      [
        worker,
        'POST',
        `${p}/reviews/hold`,
        { attendees: [{ kind: 'other', name: NUL }], whatChanged: 'x' },
        'body.attendees.0.name',
      ],
      [
        worker,
        'POST',
        `${p}/meetings`,
        { durationMinutes: 30, mode: 'home', areas: [{ areaId: 'mental_health', understanding: NUL }] },
        'body.areas.0.understanding',
      ],
      [
        worker,
        'POST',
        `${p}/meetings`,
        { durationMinutes: 30, mode: 'home', actions: [{ owner: 'person', description: NUL }] },
        'body.actions.0.description',
      ],
      [admin, 'POST', '/api/v1/admin/sites', { name: NUL }, 'body.name'],
      [
        admin,
        'POST',
        '/api/v1/admin/accounts',
        { username: NUL, password: 'long enough password', role: 'worker' },
        'body.username',
      ],
      [
        admin,
        'PUT',
        '/api/v1/admin/care-plan/template',
        { sections: [{ key: 'about_me', title: NUL, prompt: 'x' }] },
        'body.sections.0.title',
      ],
    ];
    for (const [client, method, url, payload, field] of cases) {
      const response = await client.request({ method: method as 'POST', url, payload });
      expectFieldRefused(response, field);
    }
    const contacts = await worker.request({ method: 'GET', url: `${p}/contacts` });
    expect(contacts.json().contacts).toEqual([]);
    const plan = await person.request({ method: 'GET', url: `${p}/care-plan` });
    expect(plan.json().version).toBe(0);
  });

  it('refuses a NUL in a path parameter with 400 rather than looking it up', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/calendar/abc%00def.ics' });
    expect(response.statusCode).toBe(400);
  });
});
