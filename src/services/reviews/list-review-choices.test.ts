import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { listReviewChoices } from './list-review-choices';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('listReviewChoices', () => {
  it('lists the person, their care team today and their carers for the care team, and audits the read', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carerId = await f.carerFor(world.person.id, []);
    const choices = await listReviewChoices(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(choices.person.name).toBe('Sam Taylor');
    expect(choices.workers).toEqual([
      expect.objectContaining({ id: world.coordinator.id, name: 'Alex Morgan', role: 'care_coordinator' }),
    ]);
    expect(choices.carers).toEqual([expect.objectContaining({ id: carerId, relationship: 'Sister' })]);
    const [entry] = await t.repositories.audit.listForPerson(world.person.id, { limit: 1 });
    expect(entry?.action).toBe('review.choices.read');
  });

  it('refuses a stranger, the person and a carer, and records nothing for them', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carer = await f.account('carer', {
      carerId: await f.carerFor(world.person.id, ['care_team', 'contacts', 'care_plan']),
    });
    for (const actor of [world.strangerActor, world.personActor, carer]) {
      await expect(listReviewChoices(t.deps, { personId: world.person.id }, actor)).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    expect(await t.repositories.audit.listForPerson(world.person.id, { limit: 5 })).toEqual([]);
  });
});
