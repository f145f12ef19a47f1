import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../domain/accounts/actor';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getPerson } from '../people/get-person';
import { addToHandoverNote } from './add-to-handover-note';
import { cancelHandover } from './cancel-handover';
import { completeDueHandovers, completeHandover } from './complete-handover';
import { getWorkerHandovers } from './get-worker-handovers';
import { planHandover } from './plan-handover';
import { recordJointMeeting } from './record-joint-meeting';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

async function plannedWorld(handoverOn = '2026-07-01') {
  const f = createFactories(t);
  const w = await f.careTeamWorld();
  const next = await f.worker({ teamId: w.team.id, name: 'Priya Shah' });
  const planned = await planHandover(
    t.deps,
    {
      personId: w.person.id,
      toWorkerId: next.id,
      handoverOn,
      reason: 'worker_left_service',
      workerNote: 'Walks, not clinic.',
    },
    w.coordinatorActor,
  );
  return { ...w, f, next, planned };
}

describe('completing a handover', () => {
  it('changes the coordinator through the care team when confirmed early, carrying both notes to the new worker', async () => {
    const w = await plannedWorld();
    await addToHandoverNote(t.deps, { handoverId: w.planned.id, version: 1, personNote: 'Text first.' }, w.personActor);
    const met = await recordJointMeeting(
      t.deps,
      { handoverId: w.planned.id, version: 2, jointMeeting: 'held', jointMeetingOn: '2026-06-15' },
      w.coordinatorActor,
    );
    expect(met).toMatchObject({ jointMeeting: 'held', jointMeetingOn: '2026-06-15', version: 3 });

    const done = await completeHandover(t.deps, { handoverId: w.planned.id, version: 3 }, w.coordinatorActor);
    expect(done).toMatchObject({ status: 'completed', handoverOn: '2026-06-15' });
    const coordinator = await t.repositories.careTeams.findOpenCareCoordinator(w.person.id);
    expect(coordinator).toMatchObject({ workerId: w.next.id, startsOn: '2026-06-15', id: done.startedMembershipId });
    expect(coordinator?.handoverNote).toContain('Walks, not clinic.');
    expect(coordinator?.handoverNote).toContain('Text first.');
    await expect(getPerson(t.deps, { personId: w.person.id }, w.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(completeHandover(t.deps, { handoverId: w.planned.id, version: 4 }, w.admin)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses a stale version and a joint meeting held in the future, changing nothing', async () => {
    const w = await plannedWorld();
    await expect(
      recordJointMeeting(
        t.deps,
        { handoverId: w.planned.id, version: 1, jointMeeting: 'held', jointMeetingOn: '2026-06-20' },
        w.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await addToHandoverNote(t.deps, { handoverId: w.planned.id, version: 1, personNote: 'Hello' }, w.personActor);
    await expect(completeHandover(t.deps, { handoverId: w.planned.id, version: 1 }, w.admin)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await t.repositories.careTeams.findOpenCareCoordinator(w.person.id))?.workerId).toBe(w.coordinator.id);
    await expect(
      completeHandover(t.deps, { handoverId: w.planned.id, version: 2 }, w.strangerActor),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('completes handovers on their day, and leaves cancelled ones alone', async () => {
    const w = await plannedWorld('2026-06-20');
    const other = await w.f.person({ teamId: w.team.id });
    await w.f.membership(other.id, w.coordinator.id);
    const cancelled = await planHandover(
      t.deps,
      { personId: other.id, toWorkerId: w.next.id, handoverOn: '2026-06-20', reason: 'worker_left_service' },
      w.admin,
    );
    await cancelHandover(t.deps, { handoverId: cancelled.id, version: 1 }, w.admin);

    expect(await completeDueHandovers(t.deps, SYSTEM_ACTOR)).toBe(0);
    t.setNow(new Date('2026-06-21T06:00:00Z'));
    try {
      expect(await completeDueHandovers(t.deps, SYSTEM_ACTOR)).toBe(1);
    } finally {
      t.setNow(new Date('2026-06-15T10:00:00Z'));
    }
    expect(await t.repositories.careTeams.findOpenCareCoordinator(w.person.id)).toMatchObject({
      workerId: w.next.id,
      startsOn: '2026-06-20',
    });
    expect((await t.repositories.careTeams.findOpenCareCoordinator(other.id))?.workerId).toBe(w.coordinator.id);
  });

  it('lists a leaving worker’s people with each one’s handover, for them, their manager and administrators only', async () => {
    const w = await plannedWorld();
    const other = await w.f.person({ teamId: w.team.id, name: 'Kit Lane' });
    await w.f.membership(other.id, w.coordinator.id);
    const list = await getWorkerHandovers(t.deps, { workerId: w.coordinator.id }, w.coordinatorActor);
    expect(list.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Sam Taylor',
          handover: expect.objectContaining({ toWorkerName: 'Priya Shah' }),
        }),
        expect.objectContaining({ name: 'Kit Lane', handover: null }),
      ]),
    );
    const manager = await w.f.account('team_manager', { workerId: (await w.f.worker({ teamId: w.team.id })).id });
    expect((await getWorkerHandovers(t.deps, { workerId: w.coordinator.id }, manager)).people).toHaveLength(2);
    expect((await getWorkerHandovers(t.deps, { workerId: w.coordinator.id }, w.admin)).people).toHaveLength(2);
    await expect(getWorkerHandovers(t.deps, { workerId: w.coordinator.id }, w.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
