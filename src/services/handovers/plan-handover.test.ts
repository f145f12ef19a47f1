import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { addToHandoverNote } from './add-to-handover-note';
import { getHandovers } from './get-handovers';
import { planHandover } from './plan-handover';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

async function world() {
  const f = createFactories(t);
  const base = await f.careTeamWorld();
  const next = await f.worker({ teamId: base.team.id, name: 'Priya Shah' });
  return { ...base, f, next };
}

describe('planning a handover', () => {
  it('plans ahead with the reason, day, new worker and note, offers a joint meeting, and leaves the coordinator as is', async () => {
    const w = await world();
    const planned = await planHandover(
      t.deps,
      {
        personId: w.person.id,
        toWorkerId: w.next.id,
        handoverOn: '2026-07-01',
        reason: 'worker_left_service',
        workerNote: 'Sam likes a walk rather than the clinic.',
      },
      w.coordinatorActor,
    );
    expect(planned).toMatchObject({
      fromWorkerId: w.coordinator.id,
      toWorkerId: w.next.id,
      status: 'planned',
      jointMeeting: 'offered',
      version: 1,
    });
    expect((await t.repositories.careTeams.findOpenCareCoordinator(w.person.id))?.workerId).toBe(w.coordinator.id);

    const seen = await getHandovers(t.deps, { personId: w.person.id }, w.personActor);
    expect(seen.handovers).toEqual([
      expect.objectContaining({ toWorkerName: 'Priya Shah', workerNote: 'Sam likes a walk rather than the clinic.' }),
    ]);
    expect(seen).toMatchObject({ canAddNote: true, canPlan: false, candidates: [] });
    const audit = await t.repositories.audit.listForPerson(w.person.id, { limit: 5 });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['handover.plan', 'handovers.read']));
  });

  it('refuses a day in the past, a worker who will have left, the current coordinator and a second plan, writing nothing', async () => {
    const w = await world();
    const input = { personId: w.person.id, toWorkerId: w.next.id, reason: 'caseload_rebalanced' as const };
    await expect(planHandover(t.deps, { ...input, handoverOn: '2026-06-14' }, w.admin)).rejects.toMatchObject({
      code: 'bad_request',
      details: { field: 'handoverOn' },
    });
    const leaving = await w.f.worker({ teamId: w.team.id, leftOn: '2026-06-20' });
    await expect(
      planHandover(t.deps, { ...input, toWorkerId: leaving.id, handoverOn: '2026-06-25' }, w.admin),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'toWorkerId' } });
    await expect(
      planHandover(t.deps, { ...input, toWorkerId: w.coordinator.id, handoverOn: '2026-06-25' }, w.admin),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect(await t.repositories.handovers.listForPerson(w.person.id)).toEqual([]);

    await planHandover(t.deps, { ...input, handoverOn: '2026-06-25' }, w.admin);
    await expect(planHandover(t.deps, { ...input, handoverOn: '2026-06-26' }, w.admin)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await t.repositories.handovers.listForPerson(w.person.id)).toHaveLength(1);
  });

  it('refuses a stranger, a carer and the person', async () => {
    const w = await world();
    const carer = await w.f.account('carer', { carerId: await w.f.carerFor(w.person.id, ['care_team']) });
    const input = {
      personId: w.person.id,
      toWorkerId: w.next.id,
      reason: 'caseload_rebalanced' as const,
      handoverOn: '2026-07-01',
    };
    for (const actor of [w.strangerActor, carer, w.personActor]) {
      await expect(planHandover(t.deps, input, actor)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        getHandovers(t.deps, { personId: w.person.id }, actor === w.personActor ? w.strangerActor : actor),
      ).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await t.repositories.handovers.listForPerson(w.person.id)).toEqual([]);
  });

  it('keeps the person’s words for their new worker, and answers a stale save with 409 and the current words', async () => {
    const w = await world();
    const planned = await planHandover(
      t.deps,
      { personId: w.person.id, toWorkerId: w.next.id, handoverOn: '2026-07-01', reason: 'worker_left_service' },
      w.coordinatorActor,
    );
    const first = await addToHandoverNote(
      t.deps,
      { handoverId: planned.id, version: 1, personNote: 'Please text before you visit.' },
      w.personActor,
    );
    expect(first).toMatchObject({ personNote: 'Please text before you visit.', version: 2 });
    await expect(
      addToHandoverNote(t.deps, { handoverId: planned.id, version: 1, personNote: 'Something else' }, w.personActor),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { current: expect.objectContaining({ personNote: 'Please text before you visit.' }) },
    });
    await expect(
      addToHandoverNote(t.deps, { handoverId: planned.id, version: 2, personNote: 'x' }, w.coordinatorActor),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      addToHandoverNote(t.deps, { handoverId: planned.id, version: 2, personNote: 'x'.repeat(4_001) }, w.personActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect((await t.repositories.handovers.findById(planned.id))?.personNote).toBe('Please text before you visit.');
  });
});
