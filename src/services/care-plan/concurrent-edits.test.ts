import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { Actor } from '../../domain/accounts/actor';
import { newId } from '../new-id';
import { holdReview } from '../reviews/hold-review';
import { acceptCarePlanProposal } from './accept-care-plan-proposal';
import { declineCarePlanProposal } from './decline-care-plan-proposal';
import { getCarePlan } from './get-care-plan';
import { saveCarePlanSection } from './save-care-plan-section';

// Twenty clients at once against one record. On PostgreSQL they run on separate connections, so
// this is real concurrency; PGlite has one connection and interleaves them between statements.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const CLIENTS = 20;

/** "applied" or the AppError code; anything else (a 500) fails the test. */
async function outcomeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'applied';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'conflict') return 'conflict';
    throw error;
  }
}

async function sectionNow(personId: string, actor: Actor) {
  const plan = await getCarePlan(t.deps, { personId }, actor);
  return plan.sections.find((s) => s.key === 'about_me')!;
}

describe('twenty clients editing one record at once', () => {
  it('saves each change to a section or answers 409, loses none when clients retry, and numbers versions consecutively', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    const conflicts: number[] = [];
    const client = async (n: number): Promise<void> => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const current = await sectionNow(personId, world.personActor);
        const text = [current.text, `line ${n}`].filter(Boolean).join('\n');
        const outcome = await outcomeOf(
          saveCarePlanSection(
            t.deps,
            { personId, sectionKey: 'about_me', text, baseVersion: current.version },
            world.personActor,
          ),
        );
        if (outcome === 'applied') return;
        conflicts.push(n);
      }
      throw new Error(`client ${n} never saved`);
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

    const final = await sectionNow(personId, world.personActor);
    expect(final.text.split('\n').sort()).toEqual(Array.from({ length: CLIENTS }, (_, n) => `line ${n}`).sort());
    const versions = (await t.repositories.carePlans.listVersions(personId)).map((v) => v.version);
    expect(versions).toEqual(Array.from({ length: CLIENTS }, (_, i) => CLIENTS - i));
    if (t.engine === 'postgres') expect(conflicts.length).toBeGreaterThan(0);
  });

  it('answers every save from the same starting version with exactly one saved and the rest 409', async () => {
    const world = await createFactories(t).careTeamWorld();
    const saves = Array.from({ length: CLIENTS }, (_, n) =>
      outcomeOf(
        saveCarePlanSection(
          t.deps,
          { personId: world.person.id, sectionKey: 'about_me', text: `Only one of us: ${n}`, baseVersion: 0 },
          world.personActor,
        ),
      ),
    );
    const outcomes = await Promise.all(saves);
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(CLIENTS - 1);
    expect((await t.repositories.carePlans.listVersions(world.person.id)).map((v) => v.version)).toEqual([1]);
  });

  it('decides a proposal once: of twenty accepts and declines at once, one applies and the rest are 409', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    await saveCarePlanSection(
      t.deps,
      { personId, sectionKey: 'about_me', text: 'I like the sea.', baseVersion: 0 },
      world.personActor,
    );
    const proposed = await saveCarePlanSection(
      t.deps,
      { personId, sectionKey: 'about_me', text: 'I like the sea and swimming.', baseVersion: 1 },
      world.coordinatorActor,
    );
    if (proposed.outcome !== 'proposed') throw new Error('expected a proposal');
    const proposalId = proposed.proposal.id;
    const decisions = Array.from({ length: CLIENTS }, (_, n) =>
      outcomeOf(
        n % 2 === 0
          ? acceptCarePlanProposal(t.deps, { personId, proposalId }, world.personActor)
          : declineCarePlanProposal(t.deps, { personId, proposalId, note: `no ${n}` }, world.personActor),
      ),
    );
    const outcomes = await Promise.all(decisions);
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(CLIENTS - 1);
    const proposal = await t.repositories.carePlans.findProposal(personId, proposalId);
    const versions = (await t.repositories.carePlans.listVersions(personId)).map((v) => v.version);
    expect(versions).toEqual(proposal?.status === 'accepted' ? [2, 1] : [1]);
  });

  it('holds a review once: of twenty records at once, one is applied, the rest are 409, and one next review is scheduled', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    const review = { id: newId(), personId, dueOn: '2026-06-20', heldOn: null };
    await t.repositories.reviews.create(review);
    const holds = Array.from({ length: CLIENTS }, (_, n) =>
      outcomeOf(
        holdReview(
          t.deps,
          { personId, reviewId: review.id, attendees: [{ kind: 'person' }], whatChanged: `Agreed plan ${n}` },
          world.coordinatorActor,
        ),
      ),
    );
    const outcomes = await Promise.all(holds);
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(CLIENTS - 1);
    const reviews = await t.repositories.reviews.listForPerson(personId);
    expect(reviews.filter((r) => r.heldOn === null)).toHaveLength(1);
    expect(reviews.filter((r) => r.heldOn !== null)).toHaveLength(1);
  });
});
