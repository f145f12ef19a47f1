import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { saveCarePlanSection } from '../care-plan/save-care-plan-section';
import { signCarePlan } from '../care-plan/sign-care-plan';
import { listRiskDiscussions } from './list-risk-discussions';
import { recordRiskDiscussion } from './record-risk-discussion';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const kind = 'risk_formulation' as const;
const TODAY = '2026-06-15';

async function worldWithFormulation() {
  const world = await createFactories(t).careTeamWorld();
  await saveCarePlanSection(
    t.deps,
    { personId: world.person.id, kind, sectionKey: 'what_helps_person', text: 'Music, and my sister.', baseVersion: 0 },
    world.personActor,
  );
  return world;
}

describe('recordRiskDiscussion', () => {
  it('records the discussion against the version discussed, after which both sides can agree it', async () => {
    const world = await worldWithFormulation();
    const personId = world.person.id;
    await expect(signCarePlan(t.deps, { personId, kind, version: 1 }, world.personActor)).rejects.toMatchObject({
      code: 'conflict',
    });
    const recorded = await recordRiskDiscussion(
      t.deps,
      { personId, discussedOn: TODAY, mode: 'in_person', response: 'It is fair, mostly.', isDeclined: false },
      world.coordinatorActor,
    );
    expect(recorded).toMatchObject({ formulationVersion: 1, mode: 'in_person', response: 'It is fair, mostly.' });
    await signCarePlan(t.deps, { personId, kind, version: 1 }, world.personActor);
    const signed = await signCarePlan(t.deps, { personId, kind, version: 1 }, world.coordinatorActor);
    expect(signed.state).toBe('agreed');

    const seen = await listRiskDiscussions(t.deps, { personId }, world.personActor);
    expect(seen.map((d) => d.id)).toEqual([recorded.id]);
    const log = await t.repositories.audit.listForPerson(personId, { limit: 10 });
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['risk_formulation.discussion.record', 'risk_formulation.discussions.read']),
    );
  });

  it('keeps a formulation the person chose not to discuss from being agreed', async () => {
    const world = await worldWithFormulation();
    const personId = world.person.id;
    await recordRiskDiscussion(
      t.deps,
      { personId, discussedOn: TODAY, mode: 'phone', response: null, isDeclined: true },
      world.coordinatorActor,
    );
    await expect(signCarePlan(t.deps, { personId, kind, version: 1 }, world.coordinatorActor)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses a future day, a missing response, a response with a refusal, the person and a stranger, recording nothing', async () => {
    const world = await worldWithFormulation();
    const personId = world.person.id;
    const base = { personId, discussedOn: TODAY, mode: 'video' as const, response: 'Fine.', isDeclined: false };
    const refusals: [Parameters<typeof recordRiskDiscussion>[1], typeof world.coordinatorActor, string][] = [
      [{ ...base, discussedOn: '2026-06-16' }, world.coordinatorActor, 'bad_request'],
      // Before the person joined the service (2024-01-01): a typing slip, not a discussion.
      [{ ...base, discussedOn: '2023-12-31' }, world.coordinatorActor, 'bad_request'],
      [{ ...base, response: '  ' }, world.coordinatorActor, 'bad_request'],
      [{ ...base, isDeclined: true }, world.coordinatorActor, 'bad_request'],
      [{ ...base, response: 'x'.repeat(2_001) }, world.coordinatorActor, 'bad_request'],
      [base, world.personActor, 'forbidden'],
      [base, world.strangerActor, 'forbidden'],
    ];
    for (const [input, actor, code] of refusals)
      await expect(recordRiskDiscussion(t.deps, input, actor)).rejects.toMatchObject({ code });
    expect(await t.repositories.risk.listDiscussions(personId)).toEqual([]);
    await expect(listRiskDiscussions(t.deps, { personId }, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
