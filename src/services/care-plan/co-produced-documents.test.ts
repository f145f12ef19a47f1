import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { acceptCarePlanProposal } from './accept-care-plan-proposal';
import { compareCarePlanVersions } from './compare-care-plan-versions';
import { getCarePlan } from './get-care-plan';
import { saveCarePlanSection } from './save-care-plan-section';
import { signCarePlan } from './sign-care-plan';

// The care plan's machinery serves every kind of co-produced document: each kind is a document of
// its own, with its own versions, and the same protection of the person's words.

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('co-produced documents of other kinds', () => {
  it('keeps a risk formulation apart from the care plan, with versions of its own', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    await saveCarePlanSection(
      t.deps,
      { personId, sectionKey: 'about_me', text: 'I like the sea.', baseVersion: 0 },
      world.personActor,
    );
    const saved = await saveCarePlanSection(
      t.deps,
      { personId, kind: 'risk_formulation', sectionKey: 'what_helps_person', text: 'Walking Biscuit.', baseVersion: 0 },
      world.personActor,
    );
    expect(saved).toMatchObject({ outcome: 'saved', planVersion: 1 });

    const formulation = await getCarePlan(t.deps, { personId, kind: 'risk_formulation' }, world.coordinatorActor);
    expect(formulation).toMatchObject({ kind: 'risk_formulation', version: 1 });
    expect(formulation.sections.map((s) => [s.key, s.voice])).toContainEqual(['what_helps_team', 'team']);
    expect(formulation.sections.find((s) => s.key === 'what_helps_person')?.text).toBe('Walking Biscuit.');
    const plan = await getCarePlan(t.deps, { personId }, world.coordinatorActor);
    expect(plan).toMatchObject({ kind: 'care_plan', version: 1 });
    expect(plan.sections.find((s) => s.key === 'about_me')?.text).toBe('I like the sea.');
    const log = await t.repositories.audit.listForPerson(personId, { limit: 10 });
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['risk_formulation.section.save', 'risk_formulation.read', 'care_plan.read']),
    );
  });

  it('makes a worker’s words in the person’s own section a proposal, even before the person has written there', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    const input = { personId, kind: 'risk_formulation' as const, sectionKey: 'early_signs_person', baseVersion: 0 };
    const edit = await saveCarePlanSection(t.deps, { ...input, text: 'Sleeps little.' }, world.coordinatorActor);
    expect(edit.outcome).toBe('proposed');
    const before = await getCarePlan(t.deps, { personId, kind: 'risk_formulation' }, world.personActor);
    expect(before.version).toBe(0);
    expect(before.sections.find((s) => s.key === 'early_signs_person')).toMatchObject({ isHeldByPerson: true });

    const proposalId = edit.outcome === 'proposed' ? edit.proposal.id : '';
    const accepted = await acceptCarePlanProposal(
      t.deps,
      { personId, kind: 'risk_formulation', proposalId },
      world.personActor,
    );
    expect(accepted.section).toMatchObject({ text: 'Sleeps little.', isPersonsOwnWords: true });
    // The care plan has no such proposal: a proposal belongs to its document.
    await expect(acceptCarePlanProposal(t.deps, { personId, proposalId }, world.personActor)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lets workers write the team’s words directly and refuses the person there, changing nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    const input = { personId, kind: 'risk_formulation' as const, sectionKey: 'early_signs_team', baseVersion: 0 };
    expect(
      (await saveCarePlanSection(t.deps, { ...input, text: 'Misses visits.' }, world.coordinatorActor)).outcome,
    ).toBe('saved');
    await expect(
      saveCarePlanSection(t.deps, { ...input, baseVersion: 1, text: 'Not true.' }, world.personActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const formulation = await getCarePlan(t.deps, { personId, kind: 'risk_formulation' }, world.personActor);
    expect(formulation.sections.find((s) => s.key === 'early_signs_team')?.text).toBe('Misses visits.');
  });

  it('refuses a formulation section longer than a short text, and writes nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    const input = { personId: world.person.id, kind: 'risk_formulation' as const, sectionKey: 'what_helps_person' };
    await expect(
      saveCarePlanSection(t.deps, { ...input, baseVersion: 0, text: 'x'.repeat(2_001) }, world.personActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect(await t.repositories.documents('risk_formulation').findPlan(world.person.id)).toBeNull();
  });

  it('signs and compares a positive risk-taking plan like the care plan', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    const kind = 'positive_risk_plan' as const;
    await saveCarePlanSection(
      t.deps,
      { personId, kind, sectionKey: 'what_i_want_to_do', text: 'Take the train alone.', baseVersion: 0 },
      world.personActor,
    );
    await signCarePlan(t.deps, { personId, kind, version: 1 }, world.personActor);
    const signed = await signCarePlan(t.deps, { personId, kind, version: 1 }, world.coordinatorActor);
    expect(signed.state).toBe('agreed');
    const carePlan = await getCarePlan(t.deps, { personId }, world.personActor);
    expect(carePlan.agreement.state).toBe('not_signed');
    const compared = await compareCarePlanVersions(t.deps, { personId, kind, from: 0, to: 1 }, world.personActor);
    expect(compared.sections.find((s) => s.key === 'what_i_want_to_do')?.isChanged).toBe(true);
  });

  it('refuses a stranger the formulation', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      getCarePlan(t.deps, { personId: world.person.id, kind: 'risk_formulation' }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
