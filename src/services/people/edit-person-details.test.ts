import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { editPersonDetails } from './edit-person-details';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const details = {
  name: 'Sam Taylor-Reid',
  preferredName: 'Sam',
  dateOfBirth: '1990-04-02',
  localIdentifier: '943 476 5919',
};

describe('editPersonDetails', () => {
  it('lets the care coordinator change the details, stores the NHS number as digits, and audits which fields changed', async () => {
    const world = await createFactories(t).careTeamWorld();
    const saved = await editPersonDetails(
      t.deps,
      { personId: world.person.id, version: 1, ...details },
      world.coordinatorActor,
    );
    expect(saved).toMatchObject({ name: 'Sam Taylor-Reid', localIdentifier: '9434765919', version: 2 });
    expect(await t.repositories.organisation.findPerson(world.person.id)).toMatchObject({
      name: 'Sam Taylor-Reid',
      dateOfBirth: '1990-04-02',
      version: 2,
    });
    const [event] = await t.repositories.audit.listForPerson(world.person.id, { limit: 1 });
    expect(event).toMatchObject({
      action: 'person.details.edit',
      basis: 'care_team',
      detail: { changed: ['name', 'preferredName', 'dateOfBirth', 'localIdentifier'] },
    });
  });

  it('refuses an edit made from an older version with 409 and keeps the other change', async () => {
    const world = await createFactories(t).careTeamWorld();
    await editPersonDetails(
      t.deps,
      { personId: world.person.id, version: 1, ...details, localIdentifier: null },
      world.admin,
    );
    await expect(
      editPersonDetails(
        t.deps,
        { personId: world.person.id, version: 1, ...details, localIdentifier: null, name: 'Sam T' },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await t.repositories.organisation.findPerson(world.person.id))?.name).toBe('Sam Taylor-Reid');
  });

  it('refuses a worker outside the care team, and the person themselves', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      editPersonDetails(t.deps, { personId: world.person.id, version: 1, ...details }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      editPersonDetails(t.deps, { personId: world.person.id, version: 1, ...details }, world.personActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await t.repositories.organisation.findPerson(world.person.id))?.name).toBe('Sam Taylor');
  });

  it('refuses an NHS number whose check digit is wrong, and one another person already has', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    await expect(
      editPersonDetails(
        t.deps,
        { personId: world.person.id, version: 1, ...details, localIdentifier: '943 476 5918' },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'localIdentifier' } });
    await f.person({ name: 'Someone Else', localIdentifier: '4010232137' });
    await expect(
      editPersonDetails(
        t.deps,
        { personId: world.person.id, version: 1, ...details, localIdentifier: '401 023 2137' },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'conflict', details: { field: 'localIdentifier' } });
  });

  it('refuses a date of birth in the future', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      editPersonDetails(
        t.deps,
        { personId: world.person.id, version: 1, ...details, dateOfBirth: '2026-06-16' },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request', message: 'A date of birth cannot be in the future.' });
  });
});
