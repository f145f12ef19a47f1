import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { recordContact } from './record-contact';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('recordContact', () => {
  it('refuses a contact dated before the person joined the service, and records nothing', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const newcomer = await f.person({ teamId: world.team.id, joinedOn: '2026-06-10' });
    await f.membership(newcomer.id, world.coordinator.id, { startsOn: '2026-06-10' });
    const contact = { personId: newcomer.id, durationMinutes: 30, mode: 'clinic' as const, kind: 'meeting' as const };

    await expect(recordContact(t.deps, { ...contact, occurredAt: new Date('2026-06-09T15:00:00Z') }, world.coordinatorActor)).rejects.toMatchObject({
      code: 'bad_request', details: { field: 'occurredAt' }, message: 'A contact cannot be before the person joined the service (2026-06-10).',
    });
    expect(await t.repositories.contacts.listForPerson(newcomer.id, { limit: 5 })).toEqual([]);
    await expect(recordContact(t.deps, { ...contact, occurredAt: new Date('2026-06-10T09:00:00Z') }, world.coordinatorActor)).resolves.toMatchObject({
      personId: newcomer.id,
    });
  });
});
