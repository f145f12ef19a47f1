import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { breakGlass } from '../access/break-glass';
import { saveCarePlanSection } from '../care-plan/save-care-plan-section';
import { recordContact } from '../contacts/record-contact';
import { dischargePerson } from './discharge-person';
import { editPersonDetails } from './edit-person-details';
import { getPerson } from './get-person';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('dischargePerson', () => {
  it('ends every open care-team membership with the reason, keeps the history, and audits it', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const nurse = await f.worker({ teamId: world.team.id });
    await f.membership(world.person.id, nurse.id, { role: 'nurse', startsOn: '2025-02-01' });

    const discharged = await dischargePerson(
      t.deps,
      { personId: world.person.id, version: 1, reason: 'recovered', dischargedOn: '2026-06-10' },
      world.coordinatorActor,
    );

    expect(discharged).toMatchObject({ dischargedOn: '2026-06-10', dischargeReason: 'recovered', version: 2 });
    const memberships = await t.repositories.careTeams.listForPerson(world.person.id);
    expect(memberships.map((m) => [m.endsOn, m.endReason])).toEqual([
      ['2026-06-10', 'person_discharged'],
      ['2026-06-10', 'person_discharged'],
    ]);
    const [event] = await t.repositories.audit.listForPerson(world.person.id, { limit: 1 });
    expect(event).toMatchObject({ action: 'person.discharge', detail: { reason: 'recovered', endedMemberships: 2 } });
  });

  it('keeps the record readable by the person and read-only for everyone', async () => {
    const world = await createFactories(t).careTeamWorld();
    await dischargePerson(t.deps, { personId: world.person.id, version: 1, reason: 'moved_away' }, world.admin);

    const own = await getPerson(t.deps, { personId: world.person.id }, world.personActor);
    expect(own.person.dischargedOn).toBe('2026-06-15');
    expect(own.nextReview).toBeNull();
    await expect(
      saveCarePlanSection(
        t.deps,
        { personId: world.person.id, sectionKey: 'about_me', text: 'Still me', baseVersion: 0 },
        world.personActor,
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      editPersonDetails(
        t.deps,
        {
          personId: world.person.id,
          version: 2,
          name: 'New name',
          preferredName: null,
          dateOfBirth: null,
          localIdentifier: null,
        },
        world.admin,
      ),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('discharged') });
    await expect(
      dischargePerson(t.deps, { personId: world.person.id, version: 2, reason: 'recovered' }, world.admin),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('stops contacts being recorded after discharge, even after breaking glass, with a message that says why', async () => {
    const world = await createFactories(t).careTeamWorld();
    await dischargePerson(
      t.deps,
      { personId: world.person.id, version: 1, reason: 'recovered' },
      world.coordinatorActor,
    );
    await breakGlass(
      t.deps,
      { personId: world.person.id, reason: 'Their GP rang about a letter sent after discharge' },
      world.strangerActor,
    );
    expect((await getPerson(t.deps, { personId: world.person.id }, world.strangerActor)).access.canRecordContact).toBe(
      false,
    );
    await expect(
      recordContact(
        t.deps,
        { personId: world.person.id, durationMinutes: 10, mode: 'phone', kind: 'brief_contact' },
        world.strangerActor,
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('was discharged from the service on 2026-06-15'),
    });
  });

  it('needs a written reason for "other", and refuses a stranger and a day still to come', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      dischargePerson(t.deps, { personId: world.person.id, version: 1, reason: 'other' }, world.admin),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'note' } });
    await expect(
      dischargePerson(t.deps, { personId: world.person.id, version: 1, reason: 'recovered' }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      dischargePerson(
        t.deps,
        { personId: world.person.id, version: 1, reason: 'recovered', dischargedOn: '2026-06-16' },
        world.admin,
      ),
    ).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect((await t.repositories.organisation.findPerson(world.person.id))?.dischargedOn).toBeNull();
  });
});
