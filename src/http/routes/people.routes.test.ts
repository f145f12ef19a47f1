import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('people API', () => {
  it('needs a session: 401 without one', async () => {
    const world = await createFactories(t).careTeamWorld();
    expect((await app.inject({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/caseload' })).statusCode).toBe(401);
  });

  it('shows the caseload and the person to their care coordinator', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const caseload = await client.request({ method: 'GET', url: '/api/v1/caseload' });
    expect(caseload.statusCode).toBe(200);
    expect(caseload.json().people).toEqual([
      expect.objectContaining({
        personId: world.person.id,
        name: 'Sam Taylor',
        role: 'care_coordinator',
        careCoordinatorsLast12Months: 1,
      }),
    ]);
    const person = await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` });
    expect(person.statusCode).toBe(200);
    expect(person.json().currentCareCoordinator).toMatchObject({ workerName: 'Alex Morgan', isActive: true });
  });

  it('answers 403 to a stranger, 404 for an unknown id and 400 for a malformed id', async () => {
    const world = await createFactories(t).careTeamWorld();
    const stranger = await signInAs(app, world.strangerActor.username);
    const forbidden = await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toMatchObject({ code: 'forbidden', details: { canBreakGlass: true } });
    expect(
      (await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` })).statusCode,
    ).toBe(403);
    expect(
      (await stranger.request({ method: 'GET', url: '/api/v1/people/0190e8b0-0000-7000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
    expect((await stranger.request({ method: 'GET', url: '/api/v1/people/not-an-id' })).statusCode).toBe(400);
  });

  it('does not let a service user record contacts or read another person’s record', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const other = await f.careTeamWorld();
    const client = await signInAs(app, world.personActor.username);
    expect((await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(200);
    expect((await client.request({ method: 'GET', url: `/api/v1/people/${other.person.id}` })).statusCode).toBe(403);
    const attempt = await client.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/contacts`,
      payload: { durationMinutes: 5, mode: 'phone', kind: 'brief_contact' },
    });
    expect(attempt.statusCode).toBe(403);
  });

  it('lets a stranger break glass with a reason, which the person then sees', async () => {
    const world = await createFactories(t).careTeamWorld();
    const stranger = await signInAs(app, world.strangerActor.username);
    const tooShort = await stranger.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/break-glass`,
      payload: { reason: 'x' },
    });
    expect(tooShort.statusCode).toBe(400);
    const granted = await stranger.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/break-glass`,
      payload: { reason: 'Out-of-hours call from the person’s GP' },
    });
    expect(granted.statusCode).toBe(201);
    expect((await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(200);
    const person = await signInAs(app, world.personActor.username);
    const log = await person.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/access-log` });
    expect(log.json().entries).toContainEqual(
      expect.objectContaining({
        action: 'record.break_glass',
        reason: 'Out-of-hours call from the person’s GP',
        isYou: false,
      }),
    );
    expect(
      (await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/access-log` })).statusCode,
    ).toBe(403);
  });

  it('shows a carer only what the person shares, without notes', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const sharing = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team', 'contacts']) });
    const notSharing = await f.account('carer', { carerId: await f.carerFor(world.person.id, []) });
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    await coordinator.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/contacts`,
      payload: { durationMinutes: 30, mode: 'home', kind: 'meeting', note: 'Private note' },
    });

    const sharedClient = await signInAs(app, sharing.username);
    const contacts = await sharedClient.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` });
    expect(contacts.statusCode).toBe(200);
    expect(contacts.json().contacts[0]).toMatchObject({ note: null });
    const quietClient = await signInAs(app, notSharing.username);
    expect(
      (await quietClient.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).json().careTeam,
    ).toBeNull();
    expect(
      (await quietClient.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` })).statusCode,
    ).toBe(403);
  });

  it('shows a team manager their team’s people and workers, and no clinical notes', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const managerWorker = await f.worker({ teamId: world.team.id, profession: 'Team manager' });
    const manager = await f.account('team_manager', { workerId: managerWorker.id });
    const client = await signInAs(app, manager.username);
    const team = (await client.request({ method: 'GET', url: '/api/v1/team' })).json();
    expect(team.people).toContainEqual(expect.objectContaining({ name: 'Sam Taylor', careCoordinator: 'Alex Morgan' }));
    expect(team.workers).toContainEqual(expect.objectContaining({ name: 'Alex Morgan', caseloadSize: 1 }));
    expect((await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).statusCode).toBe(200);
    expect(
      (await client.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/contacts` })).statusCode,
    ).toBe(403);
  });
});

describe('people API: search, details and discharge', () => {
  it('finds people for a worker, offering break glass outside the care team, and refuses a service user', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const namesake = await f.person({ name: 'Sam Taylor', localIdentifier: '4010232137' });
    const client = await signInAs(app, world.coordinatorActor.username);
    const found = await client.request({ method: 'GET', url: '/api/v1/people/search?q=Sam%20Taylor' });
    expect(found.statusCode).toBe(200);
    const results = found.json().results as {
      id: string;
      canOpen: boolean;
      canBreakGlass: boolean;
      identifier: string | null;
    }[];
    expect(found.json().identifierLabel).toBe('NHS number');
    expect(results.find((r) => r.id === namesake.id)).toMatchObject({
      canOpen: false,
      canBreakGlass: true,
      identifier: '401 023 2137',
    });
    expect(results.find((r) => r.id === world.person.id)).toMatchObject({ canOpen: true });
    expect((await client.request({ method: 'GET', url: '/api/v1/people/search?q=S' })).statusCode).toBe(400);
    const person = await signInAs(app, world.personActor.username);
    expect((await person.request({ method: 'GET', url: '/api/v1/people/search?q=Sam' })).statusCode).toBe(403);
  });

  it('edits details with the version read, then 409 on the old version; discharge makes the record read-only', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const url = `/api/v1/people/${world.person.id}`;
    const { person } = (await client.request({ method: 'GET', url })).json();
    const details = {
      version: person.version,
      name: 'Sam Taylor',
      preferredName: 'Sammy',
      dateOfBirth: '1990-04-02',
      localIdentifier: '9434765919',
    };
    const edited = await client.request({ method: 'PUT', url: `${url}/details`, payload: details });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      person: { preferredName: 'Sammy', version: 2 },
      identifier: { label: 'NHS number', value: '943 476 5919' },
    });
    expect(
      (await client.request({ method: 'PUT', url: `${url}/details`, payload: { ...details, preferredName: 'S' } }))
        .statusCode,
    ).toBe(409);

    const discharged = await client.request({
      method: 'POST',
      url: `${url}/discharge`,
      payload: { version: 2, reason: 'moved_to_primary_care' },
    });
    expect(discharged.statusCode).toBe(200);
    expect(discharged.json()).toMatchObject({ version: 3, discharge: { reason: 'moved_to_primary_care' } });
    const own = await signInAs(app, world.personActor.username);
    const record = (await own.request({ method: 'GET', url })).json();
    expect(record.person.discharge).toEqual({
      dischargedOn: '2026-06-15',
      reason: 'moved_to_primary_care',
      note: null,
    });
    expect(record.careTeam.every((m: { endReason: string }) => m.endReason === 'person_discharged')).toBe(true);
  });

  it('lets only the person leave research exports', async () => {
    const world = await createFactories(t).careTeamWorld();
    const url = `/api/v1/people/${world.person.id}/research-choice`;
    const worker = await signInAs(app, world.coordinatorActor.username);
    expect((await worker.request({ method: 'PUT', url, payload: { optOut: true } })).statusCode).toBe(403);
    const person = await signInAs(app, world.personActor.username);
    const chosen = await person.request({ method: 'PUT', url, payload: { optOut: true } });
    expect(chosen.statusCode).toBe(200);
    expect(
      (await person.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).json().person.researchOptOut,
    ).toBe(true);
  });
});

describe('people API: errors for people', () => {
  it('answers bad input with sentences naming each field as the form does, keeping the error shape', async () => {
    const world = await createFactories(t).careTeamWorld();
    const client = await signInAs(app, world.coordinatorActor.username);
    const response = await client.request({
      method: 'PUT',
      url: `/api/v1/people/${world.person.id}/details`,
      payload: { version: 1, name: 'x'.repeat(201), dateOfBirth: '2 April 1990' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('Name: at most 200 characters. Date of birth: use a date in the form YYYY-MM-DD.');
    expect(error.details.fields).toEqual([
      {
        field: 'body.name',
        label: 'Name',
        message: 'Name: at most 200 characters.',
        reason: 'At most 200 characters.',
      },
      {
        field: 'body.dateOfBirth',
        label: 'Date of birth',
        message: 'Date of birth: use a date in the form YYYY-MM-DD.',
        reason: 'Use a date in the form YYYY-MM-DD.',
      },
    ]);
    const badId = await client.request({ method: 'GET', url: '/api/v1/people/not-an-id' });
    expect(badId.json().error.message).not.toMatch(/params|id:/);
  });
});
