import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { breakGlass } from '../access/break-glass';
import { getCarePlan } from '../care-plan/get-care-plan';
import { getAccessLog } from './get-access-log';
import { getPerson } from './get-person';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('getPerson', () => {
  it('shows a care-team worker the person, their care team and the coordinator count, and audits the read', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const earlier = await f.worker({ teamId: world.team.id, name: 'Former Coordinator' });
    await f.membership(world.person.id, earlier.id, {
      startsOn: '2024-01-01',
      endsOn: '2025-01-01',
      endReason: 'worker_left_service',
    });

    const summary = await getPerson(t.deps, { personId: world.person.id }, world.coordinatorActor);

    expect(summary.person.name).toBe('Sam Taylor');
    expect(summary.currentCareCoordinator?.workerName).toBe('Alex Morgan');
    expect(summary.careTeam?.map((m) => m.workerName)).toEqual(['Alex Morgan', 'Former Coordinator']);
    // 12 months before 2026-06-15 is 2025-06-15: the former coordinator ended on 2025-01-01, outside the window.
    expect(summary.careCoordinatorsLast12Months).toBe(1);
    expect(summary.access).toEqual({
      basis: 'care_team',
      canReadContacts: true,
      canRecordContact: true,
      canEditDetails: true,
      canReadCarePlan: true,
      sharedWithCarer: null,
      canReadMessages: true,
      canReadSafetyPlan: true,
    });
    const log = await t.repositories.audit.listForPerson(world.person.id, { limit: 10 });
    expect(log[0]).toMatchObject({
      action: 'person.read',
      accountId: world.coordinatorActor.accountId,
      basis: 'care_team',
    });
  });

  it('refuses a stranger with 403, and 404 for an unknown id', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(getPerson(t.deps, { personId: world.person.id }, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      getPerson(t.deps, { personId: '0190e8b0-0000-7000-8000-000000000000' }, world.coordinatorActor),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lets a stranger in after breaking glass, and shows the reason to the person', async () => {
    const world = await createFactories(t).careTeamWorld();
    await breakGlass(
      t.deps,
      { personId: world.person.id, reason: 'Duty call: crisis line asked for the safety plan' },
      world.strangerActor,
    );

    const summary = await getPerson(t.deps, { personId: world.person.id }, world.strangerActor);
    expect(summary.access.basis).toBe('break_glass');

    const log = await getAccessLog(t.deps, { personId: world.person.id }, world.personActor);
    const glass = log.find((entry) => entry.action === 'record.break_glass');
    expect(glass).toMatchObject({
      who: world.strangerActor.displayName,
      reason: 'Duty call: crisis line asked for the safety plan',
    });
  });

  it('writes who opened the record in plain words, grouping one person’s looks at one thing on one day', async () => {
    const world = await createFactories(t).careTeamWorld();
    for (let i = 0; i < 6; i += 1) await getCarePlan(t.deps, { personId: world.person.id }, world.coordinatorActor);
    await breakGlass(
      t.deps,
      { personId: world.person.id, reason: 'Duty call: crisis line asked for the safety plan' },
      world.strangerActor,
    );

    const log = await getAccessLog(t.deps, { personId: world.person.id }, world.personActor);

    const coordinator = world.coordinatorActor.displayName;
    expect(log.filter((entry) => entry.action === 'care_plan.read')).toEqual([
      expect.objectContaining({
        times: 6,
        sentence: `${coordinator}, your care coordinator, looked at your care plan 6 times today.`,
      }),
    ]);
    expect(log.find((entry) => entry.isBreakGlass)).toMatchObject({
      sentence: `${world.strangerActor.displayName}, who is not in your care team, opened your record with a reason today.`,
      reason: 'Duty call: crisis line asked for the safety plan',
    });
    expect(log.every((entry) => !/[a-z]_[a-z]|\.read/.test(entry.sentence))).toBe(true);
  });

  it('refuses a break-glass reason that is too short and records nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      breakGlass(t.deps, { personId: world.person.id, reason: 'because' }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(getPerson(t.deps, { personId: world.person.id }, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('stops a break-glass grant working once it lapses', async () => {
    const world = await createFactories(t).careTeamWorld();
    await breakGlass(
      t.deps,
      { personId: world.person.id, reason: 'Covering for a colleague today' },
      world.strangerActor,
    );
    t.setNow(new Date('2026-06-15T19:00:00Z'));
    try {
      await expect(getPerson(t.deps, { personId: world.person.id }, world.strangerActor)).rejects.toMatchObject({
        code: 'forbidden',
      });
    } finally {
      t.setNow(new Date('2026-06-15T10:00:00Z'));
    }
  });

  it('leaves the handover and end notes (free text about the person) out for roles that may not read clinical notes', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const earlier = await f.worker({ teamId: world.team.id, name: 'Former Coordinator' });
    await f.membership(world.person.id, earlier.id, {
      startsOn: '2024-01-01',
      endsOn: '2025-01-01',
      endReason: 'other',
      endNote: 'Moved on after a hard winter',
      handoverNote: 'Sam finds mornings hard; call after noon',
    });
    const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId: world.team.id })).id });
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team']) });

    const notesSeenBy = async (actor: typeof manager) => {
      const summary = await getPerson(t.deps, { personId: world.person.id }, actor);
      return summary.careTeam
        ?.map((m) => [m.endNote, m.handoverNote])
        .flat()
        .filter((note) => note !== null);
    };
    expect(await notesSeenBy(world.coordinatorActor)).toEqual([
      'Moved on after a hard winter',
      'Sam finds mornings hard; call after noon',
    ]);
    expect(await notesSeenBy(world.personActor)).toHaveLength(2);
    expect(await notesSeenBy(manager)).toEqual([]);
    expect(await notesSeenBy(world.admin)).toEqual([]);
    expect(await notesSeenBy(carer)).toEqual([]);
  });

  it('offers the care plan only to those who may open it: not to a manager or an administrator', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const managerWorker = await f.worker({ teamId: world.team.id });
    const manager = await f.account('team_manager', { workerId: managerWorker.id });
    expect((await getPerson(t.deps, { personId: world.person.id }, manager)).access.canReadCarePlan).toBe(false);
    expect((await getPerson(t.deps, { personId: world.person.id }, world.admin)).access.canReadCarePlan).toBe(false);
    expect((await getPerson(t.deps, { personId: world.person.id }, world.personActor)).access.canReadCarePlan).toBe(
      true,
    );
    const sharing = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_plan']) });
    const notSharing = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team']) });
    expect((await getPerson(t.deps, { personId: world.person.id }, sharing)).access.canReadCarePlan).toBe(true);
    expect((await getPerson(t.deps, { personId: world.person.id }, notSharing)).access.canReadCarePlan).toBe(false);
  });

  it('offers the safety plan to the person, the care team and a carer the person chose; not to a manager', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId: world.team.id })).id });
    const canRead = async (actor: Parameters<typeof getPerson>[2]) =>
      (await getPerson(t.deps, { personId: world.person.id }, actor)).access.canReadSafetyPlan;
    expect(await canRead(world.personActor)).toBe(true);
    expect(await canRead(world.coordinatorActor)).toBe(true);
    expect(await canRead(manager)).toBe(false);
    expect(await canRead(world.admin)).toBe(false);
    expect(
      await canRead(await f.account('carer', { carerId: await f.carerFor(world.person.id, ['safety_plan']) })),
    ).toBe(true);
    expect(await canRead(await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_plan']) }))).toBe(
      false,
    );
  });
});
