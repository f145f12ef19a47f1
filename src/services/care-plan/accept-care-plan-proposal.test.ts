import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import type { Actor } from '../../domain/accounts/actor';
import { acceptCarePlanProposal } from './accept-care-plan-proposal';
import { byline } from './care-plan-document';
import { declineCarePlanProposal } from './decline-care-plan-proposal';
import { getCarePlan } from './get-care-plan';
import { listCarePlanProposals } from './list-care-plan-proposals';
import { saveCarePlanSection } from './save-care-plan-section';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const MINE = 'When I am low I stay in bed and do not answer the phone.';
const THEIRS = 'When I am low I withdraw and do not answer the phone; a text works better than a call.';

async function worldWithProposal() {
  const world = await createFactories(t).careTeamWorld();
  await saveCarePlanSection(
    t.deps,
    { personId: world.person.id, sectionKey: 'what_helps', text: MINE, baseVersion: 0 },
    world.personActor,
  );
  const edit = await saveCarePlanSection(
    t.deps,
    { personId: world.person.id, sectionKey: 'what_helps', text: THEIRS, baseVersion: 1 },
    world.coordinatorActor,
  );
  if (edit.outcome !== 'proposed') throw new Error('expected a proposal');
  return { ...world, proposalId: edit.proposal.id };
}

const whatHelps = async (personId: string, actor: Actor) =>
  (await getCarePlan(t.deps, { personId }, actor)).sections.find((s) => s.key === 'what_helps');

describe('deciding on a proposed change', () => {
  it('keeps the person’s words when they decline, and keeps the proposal on record with their reason', async () => {
    const world = await worldWithProposal();
    const declined = await declineCarePlanProposal(
      t.deps,
      { personId: world.person.id, proposalId: world.proposalId, note: 'I do stay in bed. That is what it is like.' },
      world.personActor,
    );

    expect(declined).toMatchObject({
      status: 'declined',
      decisionNote: 'I do stay in bed. That is what it is like.',
      appliedVersion: null,
    });
    expect(await whatHelps(world.person.id, world.coordinatorActor)).toMatchObject({
      text: MINE,
      version: 1,
      isPersonsOwnWords: true,
      pendingProposals: 0,
    });
    const history = await listCarePlanProposals(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(history).toEqual([
      expect.objectContaining({
        id: world.proposalId,
        text: THEIRS,
        status: 'declined',
        decidedBy: expect.objectContaining({ name: world.personActor.displayName }),
      }),
    ]);
  });

  it('keeps a section in the person’s own words theirs when they accept a change to it, crediting the worker within it', async () => {
    const world = await worldWithProposal();
    const accepted = await acceptCarePlanProposal(
      t.deps,
      { personId: world.person.id, proposalId: world.proposalId },
      world.personActor,
    );

    expect(accepted).toMatchObject({
      planVersion: 2,
      section: {
        text: THEIRS,
        version: 2,
        isPersonsOwnWords: true,
        isHeldByPerson: true,
        writtenBy: { name: world.personActor.displayName, kind: 'person', role: 'service_user' },
        includesChangeBy: { name: world.coordinatorActor.displayName, kind: 'worker', role: 'care_coordinator' },
      },
    });
    // As the plan reads afterwards, for both sides, and in the printed plan (the person's words first).
    for (const actor of [world.personActor, world.coordinatorActor]) {
      expect(await whatHelps(world.person.id, actor)).toMatchObject({
        isPersonsOwnWords: true,
        includesChangeBy: { name: world.coordinatorActor.displayName },
      });
    }
    const plan = await getCarePlan(t.deps, { personId: world.person.id }, world.personActor);
    expect(byline(plan.sections.find((s) => s.key === 'what_helps')!)).toBe(
      `Written by ${world.personActor.displayName}, in their own words, on 15 June 2026. It includes a change proposed by ${world.coordinatorActor.displayName} (care coordinator), which ${world.personActor.displayName} accepted.`,
    );
    const [proposal] = await listCarePlanProposals(t.deps, { personId: world.person.id }, world.personActor);
    expect(proposal).toMatchObject({ status: 'accepted', appliedVersion: 2 });
    // Text the person accepted is theirs too: the next change from a worker is a proposal again.
    const next = await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'what_helps', text: 'Text me.', baseVersion: 2 },
      world.coordinatorActor,
    );
    expect(next.outcome).toBe('proposed');
  });

  it('lets only the person decide, and only once', async () => {
    const world = await worldWithProposal();
    const input = { personId: world.person.id, proposalId: world.proposalId };
    await expect(acceptCarePlanProposal(t.deps, input, world.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(declineCarePlanProposal(t.deps, input, world.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await declineCarePlanProposal(t.deps, input, world.personActor);
    await expect(acceptCarePlanProposal(t.deps, input, world.personActor)).rejects.toMatchObject({
      code: 'conflict',
      details: { status: 'declined' },
    });
    await expect(
      acceptCarePlanProposal(
        t.deps,
        { ...input, proposalId: '0190e8b0-0000-7000-8000-000000000000' },
        world.personActor,
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await whatHelps(world.person.id, world.personActor))?.text).toBe(MINE);
  });
});
