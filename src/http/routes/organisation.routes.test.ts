import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const post = (client: SignedInClient, url: string, payload: object) => client.request({ method: 'POST', url, payload });

describe('administration API', () => {
  it('lets an administrator build an organisation and a care team, then hand over the care coordinator', async () => {
    const admin = await createFactories(t).account('admin', {}, 'org.admin');
    const client = await signInAs(app, admin.username);
    const site = (await post(client, '/api/v1/admin/sites', { name: 'Northgate' })).json();
    const team = (
      await post(client, '/api/v1/admin/teams', { siteId: site.id, name: 'Recovery North', reviewCadenceMonths: 6 })
    ).json();
    const first = (
      await post(client, '/api/v1/admin/workers', { name: 'Dana Reid', profession: 'Social worker', teamId: team.id })
    ).json();
    const second = (
      await post(client, '/api/v1/admin/workers', { name: 'Eli Brook', profession: 'Nurse', teamId: team.id })
    ).json();
    const personResponse = await post(client, '/api/v1/admin/people', { name: 'Frankie Lowe', teamId: team.id });
    expect(personResponse.statusCode).toBe(201);
    const person = personResponse.json();
    expect(
      (await post(client, `/api/v1/people/${person.id}/care-team`, { workerId: first.id, role: 'care_coordinator' }))
        .statusCode,
    ).toBe(201);
    const account = await post(client, '/api/v1/admin/accounts', {
      username: 'frankie',
      password: 'a long password',
      role: 'service_user',
      linkedId: person.id,
    });
    expect(account.statusCode).toBe(201);

    const handover = await post(client, `/api/v1/people/${person.id}/care-coordinator`, {
      newWorkerId: second.id,
      reason: 'person_asked_for_change',
      handoverNote: 'Frankie would like a worker who can visit on Fridays',
    });
    expect(handover.statusCode).toBe(200);
    const frankie = await signInAs(app, 'frankie', 'a long password');
    const record = (await frankie.request({ method: 'GET', url: `/api/v1/people/${person.id}` })).json();
    expect(record.currentCareCoordinator).toMatchObject({ workerName: 'Eli Brook' });
    expect(
      record.careTeam.map((m: { workerName: string; endReason: string | null }) => [m.workerName, m.endReason]),
    ).toEqual([
      ['Eli Brook', null],
      ['Dana Reid', 'person_asked_for_change'],
    ]);
    // The first review is due one cadence (6 months) after the person was added.
    expect(record.nextReview).toEqual({ dueOn: '2026-12-15' });
  });

  it('refuses non-administrators with 403 and changes nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const worker = await signInAs(app, world.coordinatorActor.username);
    expect((await post(worker, '/api/v1/admin/sites', { name: 'Rogue site' })).statusCode).toBe(403);
    expect((await worker.request({ method: 'GET', url: '/api/v1/admin/organisation' })).statusCode).toBe(403);
    const sites = await t.repositories.organisation.listSites();
    expect(sites.map((s) => s.name)).not.toContain('Rogue site');
  });

  it('answers bad input with 400 or 409 and a message saying what was wrong', async () => {
    const admin = await createFactories(t).account('admin', {}, 'second.admin');
    const client = await signInAs(app, admin.username);
    const noName = await post(client, '/api/v1/admin/sites', { name: '   ' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.message).toMatch(/^Site name: this is required\.$/);
    const unknownTeam = await post(client, '/api/v1/admin/people', {
      name: 'Gale',
      teamId: '0190e8b0-0000-7000-8000-000000000000',
    });
    expect(unknownTeam.statusCode).toBe(400);
    expect(unknownTeam.json().error.message).toMatch(/no team/);
    const shortPassword = await post(client, '/api/v1/admin/accounts', {
      username: 'newadmin',
      password: 'short',
      role: 'admin',
    });
    expect(shortPassword.statusCode).toBe(400);
    const taken = await post(client, '/api/v1/admin/accounts', {
      username: 'SECOND.ADMIN',
      password: 'a long password',
      role: 'admin',
    });
    expect(taken.statusCode).toBe(409);
    const badRole = await post(client, '/api/v1/admin/accounts', {
      username: 'x-user',
      password: 'a long password',
      role: 'patient',
    });
    expect(badRole.statusCode).toBe(400);
  });
});

describe('administration API: details after the first day', () => {
  it('refuses a person born in the future, and a mistyped NHS number, saying which field is wrong', async () => {
    const f = createFactories(t);
    const team = await f.team();
    const client = await signInAs(app, (await f.account('admin')).username);
    const future = await post(client, '/api/v1/admin/people', {
      name: 'Kit Moss',
      teamId: team.id,
      dateOfBirth: '2030-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({
      message: 'A date of birth cannot be in the future.',
      details: { field: 'dateOfBirth' },
    });
    const mistyped = await post(client, '/api/v1/admin/people', {
      name: 'Kit Moss',
      teamId: team.id,
      localIdentifier: '943 476 5918',
    });
    expect(mistyped.statusCode).toBe(400);
    expect((await t.repositories.organisation.listPeople({ teamId: team.id })).length).toBe(0);
    const created = await post(client, '/api/v1/admin/people', {
      name: 'Kit Moss',
      teamId: team.id,
      localIdentifier: '943 476 5919',
    });
    expect(created.json()).toMatchObject({ localIdentifier: '9434765919', joinedOn: '2026-06-15' });
  });

  it('edits a worker and a carer, refusing a stale version with 409', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carerId = await f.carerFor(world.person.id, ['care_team']);
    const client = await signInAs(app, world.admin.username);
    const worker = {
      name: 'Alex Morgan-Hale',
      profession: 'Nurse',
      teamId: world.team.id,
      email: 'alex@example.org',
      phone: null,
      version: 1,
    };
    const edited = await client.request({
      method: 'PUT',
      url: `/api/v1/admin/workers/${world.coordinator.id}`,
      payload: worker,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Alex Morgan-Hale', version: 2 });
    const stale = await client.request({
      method: 'PUT',
      url: `/api/v1/admin/workers/${world.coordinator.id}`,
      payload: { ...worker, name: 'A. Morgan' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await t.repositories.organisation.findWorker(world.coordinator.id))?.name).toBe('Alex Morgan-Hale');

    const carer = await client.request({
      method: 'PUT',
      url: `/api/v1/admin/carers/${carerId}`,
      payload: {
        version: 1,
        name: 'Pat Taylor',
        phone: '01632 960000',
        relationships: [{ personId: world.person.id, relationship: 'Partner' }],
      },
    });
    expect(carer.statusCode).toBe(200);
    expect(await t.repositories.organisation.findCarerLink(world.person.id, carerId)).toMatchObject({
      relationship: 'Partner',
      sharedScopes: ['care_team'],
    });
    const [event] = await t.repositories.audit.listForPerson(world.person.id, { limit: 1 });
    expect(event).toMatchObject({ action: 'carer.edit', detail: { carerId } });
  });

  it('lists each carer’s relationships for the form, and refuses a stale change of one with the current details', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carerId = await f.carerFor(world.person.id, ['care_team']);
    const first = await signInAs(app, world.admin.username);
    const listed = (await first.request({ method: 'GET', url: '/api/v1/admin/organisation' })).json();
    const carer = listed.carers.find((c: { id: string }) => c.id === carerId);
    expect(carer.relationships).toEqual([{ personId: world.person.id, relationship: expect.any(String) }]);

    const url = `/api/v1/admin/carers/${carerId}`;
    const saved = await first.request({
      method: 'PUT',
      url,
      payload: {
        version: carer.version,
        name: carer.name,
        phone: null,
        relationships: [{ personId: world.person.id, relationship: 'Brother' }],
      },
    });
    expect(saved.statusCode).toBe(200);
    const stale = await first.request({
      method: 'PUT',
      url,
      payload: {
        version: carer.version,
        name: carer.name,
        phone: null,
        relationships: [{ personId: world.person.id, relationship: 'Cousin' }],
      },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({
      version: carer.version + 1,
      relationships: [{ personId: world.person.id, relationship: 'Brother' }],
    });
    expect((await t.repositories.organisation.findCarerLink(world.person.id, carerId))?.relationship).toBe('Brother');
    const other = await f.careTeamWorld();
    const unlinked = await first.request({
      method: 'PUT',
      url,
      payload: {
        version: carer.version + 1,
        name: carer.name,
        relationships: [{ personId: other.person.id, relationship: 'Friend' }],
      },
    });
    expect(unlinked.statusCode).toBe(400);
    const worker = await signInAs(app, world.coordinatorActor.username);
    expect((await worker.request({ method: 'GET', url: '/api/v1/admin/organisation' })).statusCode).toBe(403);
    expect(
      (
        await worker.request({
          method: 'PUT',
          url,
          payload: { version: carer.version + 1, name: 'X', relationships: [] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('shows the person their team’s phone and hours and the service’s crisis contacts', async () => {
    const world = await createFactories(t).careTeamWorld();
    const admin = await signInAs(app, world.admin.username);
    const contact = await admin.request({
      method: 'PUT',
      url: `/api/v1/admin/teams/${world.team.id}/contact`,
      payload: { version: 1, phone: '01632 960123', serviceHours: 'Monday to Friday, 9am to 5pm' },
    });
    expect(contact.statusCode).toBe(200);
    const crisis = await admin.request({
      method: 'PUT',
      url: '/api/v1/admin/crisis-contacts',
      payload: {
        version: 0,
        contacts: [
          { name: 'Crisis team', phone: '0800 000 0000', hours: 'Any time, day or night' },
          { name: 'Emergency', phone: '999' },
        ],
      },
    });
    expect(crisis.statusCode).toBe(200);
    const person = await signInAs(app, world.personActor.username);
    const record = (await person.request({ method: 'GET', url: `/api/v1/people/${world.person.id}` })).json();
    expect(record.teamContact).toEqual({ phone: '01632 960123', serviceHours: 'Monday to Friday, 9am to 5pm' });
    expect(record.crisisContacts.map((c: { name: string }) => c.name)).toEqual(['Crisis team', 'Emergency']);
    const worker = await signInAs(app, world.coordinatorActor.username);
    expect(
      (
        await worker.request({
          method: 'PUT',
          url: '/api/v1/admin/crisis-contacts',
          payload: { version: 1, contacts: [] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses a change to a team’s phone and hours made from an older version, with the current values, and keeps the first', async () => {
    const world = await createFactories(t).careTeamWorld();
    const first = await signInAs(app, world.admin.username);
    const second = await signInAs(app, world.admin.username);
    const url = `/api/v1/admin/teams/${world.team.id}/contact`;
    const saved = await first.request({
      method: 'PUT',
      url,
      payload: { version: 1, phone: '01632 960111', serviceHours: 'Weekdays, 9 to 5' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, phone: '01632 960111' });
    const stale = await second.request({
      method: 'PUT',
      url,
      payload: { version: 1, phone: '01632 960222', serviceHours: 'Weekdays, 8 to 6' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toEqual({
      phone: '01632 960111',
      serviceHours: 'Weekdays, 9 to 5',
      version: 2,
    });
    expect(await t.repositories.organisation.findTeam(world.team.id)).toMatchObject({
      phone: '01632 960111',
      serviceHours: 'Weekdays, 9 to 5',
      version: 2,
    });
    const organisation = (await second.request({ method: 'GET', url: '/api/v1/admin/organisation' })).json();
    expect(organisation.teams.find((team: { id: string }) => team.id === world.team.id).version).toBe(2);
    const missing = await second.request({ method: 'PUT', url, payload: { phone: '01632 960333' } });
    expect(missing.statusCode).toBe(400);
  });

  it('refuses crisis contacts saved from an older list, with the current list, and keeps the first', async () => {
    const world = await createFactories(t).careTeamWorld();
    const admin = await signInAs(app, world.admin.username);
    const url = '/api/v1/admin/crisis-contacts';
    const { crisisContactsVersion: start } = (
      await admin.request({ method: 'GET', url: '/api/v1/admin/organisation' })
    ).json();
    const first = await admin.request({
      method: 'PUT',
      url,
      payload: { version: start, contacts: [{ name: 'Crisis line', phone: '0800 000 0001' }] },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(start + 1);
    const stale = await admin.request({
      method: 'PUT',
      url,
      payload: { version: start, contacts: [{ name: 'Helpline', phone: '0800 000 0002' }] },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toEqual({
      version: start + 1,
      contacts: [{ name: 'Crisis line', phone: '0800 000 0001', hours: null, note: null }],
    });
    const organisation = (await admin.request({ method: 'GET', url: '/api/v1/admin/organisation' })).json();
    expect(organisation.crisisContacts.map((c: { name: string }) => c.name)).toEqual(['Crisis line']);
    expect(organisation.crisisContactsVersion).toBe(start + 1);
    const next = await admin.request({ method: 'PUT', url, payload: { version: start + 1, contacts: [] } });
    expect(next.statusCode).toBe(200);
    const cleared = (await admin.request({ method: 'GET', url: '/api/v1/admin/organisation' })).json();
    expect(cleared.crisisContacts).toEqual([]);
    // Emptied, the list keeps its version: a form still holding the first version cannot save over it.
    expect((await admin.request({ method: 'PUT', url, payload: { version: start, contacts: [] } })).statusCode).toBe(
      409,
    );
  });
});
