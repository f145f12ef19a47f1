import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getPerson } from '../people/get-person';
import { addMembership } from './add-membership';
import { changeCareCoordinator } from './change-care-coordinator';
import { endMembership } from './end-membership';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('care-team changes', () => {
  it('hands over from one care coordinator to the next on the same day, keeping the reason and handover note', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const next = await f.worker({ teamId: world.team.id, name: 'Priya Shah' });

    const { ended, started } = await changeCareCoordinator(
      t.deps,
      {
        personId: world.person.id,
        newWorkerId: next.id,
        reason: 'worker_changed_team',
        handoverNote: 'Prefers morning visits',
      },
      world.admin,
    );

    expect(ended).toMatchObject({
      workerId: world.coordinator.id,
      endsOn: '2026-06-15',
      endReason: 'worker_changed_team',
    });
    expect(started).toMatchObject({
      workerId: next.id,
      startsOn: '2026-06-15',
      handoverNote: 'Prefers morning visits',
    });
    const newCoordinator = await f.account('worker', { workerId: next.id });
    const summary = await getPerson(t.deps, { personId: world.person.id }, newCoordinator);
    expect(summary.currentCareCoordinator?.workerName).toBe('Priya Shah');
    expect(summary.careCoordinatorsLast12Months).toBe(2);
    // The outgoing coordinator no longer sees the person.
    await expect(getPerson(t.deps, { personId: world.person.id }, world.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses a second open care coordinator', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const other = await f.worker({ teamId: world.team.id });
    await expect(
      addMembership(t.deps, { personId: world.person.id, workerId: other.id, role: 'care_coordinator' }, world.admin),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    const team = await t.repositories.careTeams.listForPerson(world.person.id);
    expect(team).toHaveLength(1);
  });

  it('needs a written reason when a membership ends for "other", and refuses non-administrators', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const peer = await f.worker({ teamId: world.team.id, profession: 'Peer worker' });
    const membership = await addMembership(
      t.deps,
      { personId: world.person.id, workerId: peer.id, role: 'peer_worker' },
      world.admin,
    );
    await expect(
      endMembership(t.deps, { membershipId: membership.id, endReason: 'other' }, world.admin),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      endMembership(
        t.deps,
        { membershipId: membership.id, endReason: 'role_no_longer_needed' },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const ended = await endMembership(
      t.deps,
      { membershipId: membership.id, endReason: 'other', endNote: 'Moved to the peer support group' },
      world.admin,
    );
    expect(ended.endsOn).toBe('2026-06-15');
    await expect(
      endMembership(t.deps, { membershipId: membership.id, endReason: 'role_no_longer_needed' }, world.admin),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses to end a membership before it started', async () => {
    const world = await createFactories(t).careTeamWorld();
    const [membership] = await t.repositories.careTeams.listForPerson(world.person.id);
    await expect(
      endMembership(
        t.deps,
        { membershipId: membership!.id, endsOn: '2024-12-31', endReason: 'caseload_rebalanced' },
        world.admin,
      ),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });
});
