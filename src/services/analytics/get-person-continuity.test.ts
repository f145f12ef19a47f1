import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { getPersonContinuity } from './get-person-continuity';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** A person who changed coordinator in the last year and saw the same worker at 8 of their last 10 contacts. */
async function personWithHistory() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const earlier = await f.worker({ teamId: world.team.id, name: 'Pat Earlier' });
  // The world's coordinator took over from Pat on 1 September 2025.
  const current = (await t.repositories.careTeams.findOpenCareCoordinator(world.person.id))!;
  await t.repositories.careTeams.end(current.id, {
    endsOn: current.startsOn,
    endReason: 'other',
    endNote: null,
    handoverNote: null,
  });
  await f.membership(world.person.id, earlier.id, { startsOn: '2024-01-01', endsOn: '2025-09-01' });
  await f.membership(world.person.id, world.coordinator.id, { startsOn: '2025-09-01' });
  const day = (n: number) => new Date(TEST_NOW.getTime() - n * 86_400_000);
  await t.repositories.contacts.createMany(
    Array.from({ length: 12 }, (_, n) => ({
      id: newId(),
      personId: world.person.id,
      occurredAt: day(n + 1),
      durationMinutes: 30,
      mode: 'home' as const,
      kind: 'meeting' as const,
      beyondRoutine: false,
      beyondRoutineNote: null,
      adminMinutes: 0,
      note: null,
      recordedByAccountId: null,
      workerIds: n === 3 || n === 6 ? [earlier.id] : [world.coordinator.id],
    })),
  );
  return { ...world, f };
}

describe('getPersonContinuity', () => {
  it('tells the person in plain words: 2 coordinators, the same worker at 8 of the last 10 contacts', async () => {
    const world = await personWithHistory();
    const result = await getPersonContinuity(t.deps, { personId: world.person.id }, world.personActor);
    expect(result).toMatchObject({
      window: { from: '2025-06-15', to: '2026-06-15' },
      careCoordinators: 2,
      careCoordinatorChanges: 1,
      daysWithoutCareCoordinator: 0,
      lastContacts: { contacts: 10, withSameWorker: 8 },
      basis: 'self',
    });
    expect(result.sentences).toEqual([
      '2 care coordinators in the last 12 months.',
      'You saw the same worker at 8 of your last 10 contacts.',
    ]);
  });

  it('speaks about the person to their care team, and refuses a stranger', async () => {
    const world = await personWithHistory();
    const seen = await getPersonContinuity(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(seen.sentences[1]).toBe('The same worker was at 8 of the last 10 contacts.');
    await expect(getPersonContinuity(t.deps, { personId: world.person.id }, world.strangerActor)).rejects.toMatchObject(
      { code: 'forbidden' },
    );
  });

  it('tells a carer about contacts only when the person shares contacts with them', async () => {
    const world = await personWithHistory();
    const quiet = await world.f.account('carer', { carerId: await world.f.carerFor(world.person.id, ['care_team']) });
    const sharing = await world.f.account('carer', { carerId: await world.f.carerFor(world.person.id, ['contacts']) });
    const toQuiet = await getPersonContinuity(t.deps, { personId: world.person.id }, quiet);
    expect(toQuiet.lastContacts).toBeNull();
    expect(toQuiet.sentences).toEqual(['2 care coordinators in the last 12 months.']);
    expect((await getPersonContinuity(t.deps, { personId: world.person.id }, sharing)).lastContacts).toEqual({
      contacts: 10,
      withSameWorker: 8,
    });
  });

  it('audits the read in the person’s own record', async () => {
    const world = await personWithHistory();
    await getPersonContinuity(t.deps, { personId: world.person.id }, world.coordinatorActor);
    const events = await t.repositories.audit.listForPerson(world.person.id, { limit: 5 });
    expect(events[0]).toMatchObject({ action: 'person.continuity.read', basis: 'care_team' });
  });
});
