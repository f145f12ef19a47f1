import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { recordContact } from './record-contact';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const visit = (personId: string) => ({
  personId,
  durationMinutes: 30,
  mode: 'home' as const,
  kind: 'brief_contact' as const,
});
const contactsOf = (personId: string) => t.repositories.contacts.listForPerson(personId, { limit: 50 });
const auditOf = (personId: string) => t.repositories.audit.listForPerson(personId, { limit: 50 });

describe('recordContact', () => {
  it('records who was there, the note beyond routine and the admin minutes, and audits the write', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const nurse = await f.worker({ teamId: world.team.id, name: 'Nia Hughes' });

    const saved = await recordContact(
      t.deps,
      {
        ...visit(world.person.id),
        beyondRoutineNote: '  Walked to the library together  ',
        adminMinutes: 10,
        otherWorkerIds: [nurse.id, world.coordinator.id],
      },
      world.coordinatorActor,
    );

    expect(saved).toMatchObject({
      beyondRoutine: true,
      beyondRoutineNote: 'Walked to the library together',
      adminMinutes: 10,
      occurredAt: t.deps.now(),
    });
    expect(saved.workers.map((w) => w.name).sort()).toEqual(['Alex Morgan', 'Nia Hughes']);
    expect((await contactsOf(world.person.id)).map((c) => c.id)).toEqual([saved.id]);
    expect(await auditOf(world.person.id)).toContainEqual(
      expect.objectContaining({ action: 'contact.create', accountId: world.coordinatorActor.accountId }),
    );
  });

  it('refuses an unknown other worker with a message saying so, and writes nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const unknown = newId();

    await expect(
      recordContact(t.deps, { ...visit(world.person.id), otherWorkerIds: [unknown] }, world.coordinatorActor),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message: 'One of the workers present is not known to Tandem.',
      details: { field: 'otherWorkerIds', workerId: unknown },
    });
    expect(await contactsOf(world.person.id)).toEqual([]);
    expect((await auditOf(world.person.id)).filter((e) => e.action === 'contact.create')).toEqual([]);
  });

  it('refuses a worker outside the care team and a service user, and writes nothing', async () => {
    const world = await createFactories(t).careTeamWorld();

    await expect(recordContact(t.deps, visit(world.person.id), world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(recordContact(t.deps, visit(world.person.id), world.personActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await contactsOf(world.person.id)).toEqual([]);
  });

  it('refuses a time in the future and one too long ago', async () => {
    const world = await createFactories(t).careTeamWorld();
    const now = t.deps.now().getTime();

    await expect(
      recordContact(
        t.deps,
        { ...visit(world.person.id), occurredAt: new Date(now + 24 * 3_600_000) },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'occurredAt' } });
    await expect(
      recordContact(
        t.deps,
        { ...visit(world.person.id), occurredAt: new Date(now - 400 * 86_400_000) },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'occurredAt' } });
    expect(await contactsOf(world.person.id)).toEqual([]);
  });

  it('refuses a contact dated before the person joined the service, and records nothing', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const newcomer = await f.person({ teamId: world.team.id, joinedOn: '2026-06-10' });
    await f.membership(newcomer.id, world.coordinator.id, { startsOn: '2026-06-10' });

    await expect(
      recordContact(
        t.deps,
        { ...visit(newcomer.id), occurredAt: new Date('2026-06-09T15:00:00Z') },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({
      code: 'bad_request',
      details: { field: 'occurredAt' },
      message: 'A contact cannot be before the person joined the service (2026-06-10).',
    });
    expect(await contactsOf(newcomer.id)).toEqual([]);
    await expect(
      recordContact(
        t.deps,
        { ...visit(newcomer.id), occurredAt: new Date('2026-06-10T09:00:00Z') },
        world.coordinatorActor,
      ),
    ).resolves.toMatchObject({
      personId: newcomer.id,
    });
  });
});
