import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { exportResearchData } from '../analytics/export-research-data';
import { recordContact } from '../contacts/record-contact';
import { getPerson } from './get-person';
import { setResearchChoice } from './set-research-choice';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('setResearchChoice', () => {
  it('leaves everything of the person out of research exports once they opt out, and puts it back when they opt in', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const other = await f.person({ teamId: world.team.id });
    await f.membership(other.id, world.coordinator.id);
    for (const personId of [world.person.id, other.id]) {
      await recordContact(
        t.deps,
        { personId, durationMinutes: 30, mode: 'home', kind: 'meeting' },
        world.coordinatorActor,
      );
    }
    const researcher = await f.account('researcher');
    const exported = async (dataset: 'contacts' | 'care-team-periods') =>
      (await exportResearchData(t.deps, { dataset, from: '2026-01-01', to: '2026-06-30' }, researcher)).rows.length;
    expect([await exported('contacts'), await exported('care-team-periods')]).toEqual([2, 2]);

    await setResearchChoice(t.deps, { personId: world.person.id, optOut: true }, world.personActor);
    expect([await exported('contacts'), await exported('care-team-periods')]).toEqual([1, 1]);

    await setResearchChoice(t.deps, { personId: world.person.id, optOut: false }, world.personActor);
    expect(await exported('contacts')).toBe(2);
  });

  it('is the person’s choice alone, and shown only to them', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      setResearchChoice(t.deps, { personId: world.person.id, optOut: true }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await setResearchChoice(t.deps, { personId: world.person.id, optOut: true }, world.personActor);
    expect((await getPerson(t.deps, { personId: world.person.id }, world.personActor)).person.researchOptOut).toBe(
      true,
    );
    expect((await getPerson(t.deps, { personId: world.person.id }, world.coordinatorActor)).person.researchOptOut).toBe(
      false,
    );
  });
});
