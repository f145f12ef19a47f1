import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { getPerson } from './get-person';
import { searchPeople } from './search-people';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('searchPeople', () => {
  it('tells two people of the same name apart by identifier, and opens only the one in the worker’s care team', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    await t.repositories.organisation.updatePersonDetails(world.person.id, 1, {
      name: 'Sam Taylor',
      preferredName: null,
      dateOfBirth: '1990-04-02',
      localIdentifier: '9434765919',
    });
    const namesake = await f.person({ name: 'Sam Taylor', dateOfBirth: '1971-11-30', localIdentifier: '4010232137' });

    const { results } = await searchPeople(t.deps, { query: 'sam tay' }, world.coordinatorActor);

    const byId = new Map(results.map((r) => [r.id, r]));
    expect(byId.get(world.person.id)).toMatchObject({
      localIdentifier: '9434765919',
      canOpen: true,
      canBreakGlass: false,
    });
    expect(byId.get(namesake.id)).toMatchObject({
      localIdentifier: '4010232137',
      dateOfBirth: '1971-11-30',
      canOpen: false,
      canBreakGlass: true,
    });
    // Finding someone is not opening their record.
    await expect(getPerson(t.deps, { personId: namesake.id }, world.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('finds a person by their NHS number typed with spaces', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const someone = await f.person({ name: 'Ana Lopes', localIdentifier: '9990000018' });
    const { results } = await searchPeople(t.deps, { query: '999 000 0018' }, world.strangerActor);
    expect(results.map((r) => r.id)).toEqual([someone.id]);
  });

  it('treats % and _ in a search as letters, not wildcards', async () => {
    const world = await createFactories(t).careTeamWorld();
    const { results } = await searchPeople(t.deps, { query: '%_' }, world.coordinatorActor);
    expect(results).toEqual([]);
  });

  it('is for staff only: refuses a service user and a carer', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    await expect(searchPeople(t.deps, { query: 'Sam' }, world.personActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team']) });
    await expect(searchPeople(t.deps, { query: 'Sam' }, carer)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('audits each search with what was asked and who was found', async () => {
    const world = await createFactories(t).careTeamWorld();
    await searchPeople(t.deps, { query: 'Sam Taylor' }, world.strangerActor);
    const events = await t.repositories.audit.listChain(`account:${world.strangerActor.accountId}`);
    expect(
      events.find((e) => e.action === 'person.search' && e.accountId === world.strangerActor.accountId),
    ).toMatchObject({
      detail: { query: 'Sam Taylor', found: expect.arrayContaining([world.person.id]) },
    });
  });
});
