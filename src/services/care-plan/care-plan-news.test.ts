import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getCaseload } from '../caseload/get-caseload';
import { declineCarePlanProposal } from './decline-care-plan-proposal';
import { getCarePlan } from './get-care-plan';
import { listSectionMessages } from './list-section-messages';
import { postSectionMessage } from './post-section-message';
import { saveCarePlanSection } from './save-care-plan-section';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** Runs `step` a minute after the one before, so "since you last looked" has an order to go by. */
let minute = 0;
async function later<T>(step: () => Promise<T>): Promise<T> {
  minute += 1;
  t.setNow(new Date(Date.UTC(2026, 5, 15, 10, minute)));
  return step();
}

describe('what is new in a care plan, until it is seen', () => {
  it('shows the worker a declined change and a message from the person, each until they look at it', async () => {
    const world = await createFactories(t).careTeamWorld();
    const { person, personActor, coordinatorActor } = world;
    await later(() =>
      saveCarePlanSection(
        t.deps,
        { personId: person.id, sectionKey: 'what_helps', text: 'A text, not a call.', baseVersion: 0 },
        personActor,
      ),
    );
    const edit = await later(() =>
      saveCarePlanSection(
        t.deps,
        { personId: person.id, sectionKey: 'what_helps', text: 'A call on Mondays.', baseVersion: 1 },
        coordinatorActor,
      ),
    );
    if (edit.outcome !== 'proposed') throw new Error('expected a proposal');
    await later(() =>
      declineCarePlanProposal(t.deps, { personId: person.id, proposalId: edit.proposal.id }, personActor),
    );
    await later(() =>
      postSectionMessage(
        t.deps,
        { personId: person.id, sectionKey: 'what_helps', text: 'Calls make me anxious.' },
        personActor,
      ),
    );
    const newsOnCaseload = async () =>
      (await later(() => getCaseload(t.deps, coordinatorActor))).find((row) => row.personId === person.id)
        ?.carePlanNews ?? null;

    expect(await newsOnCaseload()).toMatchObject({ declinedChanges: 1, messagesFromPerson: 1 });
    // The plan tells the worker what is new the first time they open it …
    const plan = await later(() => getCarePlan(t.deps, { personId: person.id }, coordinatorActor));
    expect(plan.news.map((item) => [item.kind, item.sectionTitle, item.latestByName])).toEqual([
      ['message', 'What helps and what does not', personActor.displayName],
      ['declined', 'What helps and what does not', personActor.displayName],
    ]);
    // … after which the declined change is seen; the message waits until its discussion is read.
    expect(await newsOnCaseload()).toMatchObject({ declinedChanges: 0, messagesFromPerson: 1 });
    await later(() => listSectionMessages(t.deps, { personId: person.id, sectionKey: 'what_helps' }, coordinatorActor));
    expect(await newsOnCaseload()).toBeNull();
  });

  it('tells the person a message from their care team is waiting, until they read the discussion', async () => {
    const world = await createFactories(t).careTeamWorld();
    const { person, personActor, coordinatorActor, strangerActor } = world;
    await later(() =>
      postSectionMessage(
        t.deps,
        { personId: person.id, sectionKey: 'about_me', text: 'Shall we add your allotment here?' },
        coordinatorActor,
      ),
    );
    const waiting = async () => (await later(() => getCarePlan(t.deps, { personId: person.id }, personActor))).news;

    expect(await waiting()).toMatchObject([
      { kind: 'message', sectionKey: 'about_me', count: 1, latestByName: coordinatorActor.displayName },
    ]);
    // Opening the plan is not reading the discussion: it still waits.
    expect(await waiting()).toHaveLength(1);
    await later(() => listSectionMessages(t.deps, { personId: person.id, sectionKey: 'about_me' }, personActor));
    expect(await waiting()).toEqual([]);
    // The worker's own message is not news to them, and a stranger cannot open the plan at all.
    expect((await later(() => getCarePlan(t.deps, { personId: person.id }, coordinatorActor))).news).toEqual([]);
    await expect(getCarePlan(t.deps, { personId: person.id }, strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
