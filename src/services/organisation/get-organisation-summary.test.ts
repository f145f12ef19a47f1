import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import type { ContactRecord } from '../contacts/ports';
import { getOrganisationSummary } from './get-organisation-summary';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const daysAgo = (days: number) => new Date(TEST_NOW.getTime() - days * 86_400_000);

describe('getOrganisationSummary', () => {
  it('counts the organisation and the last 12 months’ contacts, without naming anyone, and audits the read', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const contact = (occurredAt: Date, beyondRoutine: boolean): ContactRecord => ({
      id: newId(),
      personId: world.person.id,
      occurredAt,
      durationMinutes: 30,
      mode: 'clinic',
      kind: 'brief_contact',
      beyondRoutine,
      beyondRoutineNote: beyondRoutine ? 'Went with them to the housing office' : null,
      adminMinutes: 5,
      note: null,
      recordedByAccountId: null,
      workerIds: [world.coordinator.id],
    });
    await t.repositories.contacts.createMany([
      contact(daysAgo(10), true),
      contact(daysAgo(200), false),
      contact(daysAgo(400), true),
    ]);
    const researcher = await f.account('researcher');

    const summary = await getOrganisationSummary(t.deps, researcher);

    // careTeamWorld makes two teams on two sites, with a coordinator and a stranger.
    expect(summary).toEqual({
      sites: 2,
      teams: 2,
      workers: 2,
      people: 1,
      contactsSince: 2,
      beyondRoutineSince: 1,
      since: '2025-06-15T10:00:00.000Z',
    });
    const [event] = (await t.repositories.audit.listChain(`account:${researcher.accountId}`)).slice(-1);
    expect(event).toMatchObject({ action: 'organisation.summary', personId: null });
    await expect(getOrganisationSummary(t.deps, world.coordinatorActor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
