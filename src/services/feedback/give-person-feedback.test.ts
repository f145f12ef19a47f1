import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { feedbackResponse, simpleMeeting } from '../../../test/support/meeting-fixtures';
import { recordMeeting } from '../meetings/record-meeting';
import { getRelationshipFeedback } from './get-relationship-feedback';
import { givePersonFeedback } from './give-person-feedback';
import { giveWorkerFeedback } from './give-worker-feedback';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const good = feedbackResponse('person', [5, 4, 4, 5, 4]); // (5 + 4 + 4 + 5 + 4) / 5 = 4.4

describe('givePersonFeedback', () => {
  it('takes the person’s feedback later from their own account, and stops inviting it', async () => {
    const world = await createFactories(t).careTeamWorld();
    const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, '2026-06-12'), world.coordinatorActor);
    const before = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.personActor);
    expect(before.invitations).toEqual([
      expect.objectContaining({
        meetingId: meeting.meeting.id,
        workerId: world.coordinator.id,
        workerName: 'Alex Morgan',
      }),
    ]);

    const receipt = await givePersonFeedback(
      t.deps,
      { personId: world.person.id, meetingId: meeting.meeting.id, response: good, visibility: 'individual' },
      world.personActor,
    );

    expect(receipt).toMatchObject({
      respondent: 'person',
      workerId: world.coordinator.id,
      visibility: 'individual',
      score: 4.4,
    });
    const after = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.personActor);
    expect(after.invitations).toEqual([]);
    expect(after.relationships[0]?.trend.points[0]?.person).toEqual({ status: 'given', score: 4.4 });
    const seen = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(seen.relationships[0]?.trend.points[0]?.person).toEqual({ status: 'given', score: 4.4 });
    await expect(
      givePersonFeedback(
        t.deps,
        { personId: world.person.id, meetingId: meeting.meeting.id, response: good },
        world.personActor,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('lets a worker at the meeting hand the form over, without showing them the score', async () => {
    const world = await createFactories(t).careTeamWorld();
    const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, '2026-06-15'), world.coordinatorActor);
    const receipt = await givePersonFeedback(
      t.deps,
      { personId: world.person.id, meetingId: meeting.meeting.id, response: good },
      world.coordinatorActor,
    );
    // No choice made: the answer is for the aggregate only, and the worker who sent it is not shown it.
    expect(receipt).toMatchObject({ visibility: 'aggregate', score: null });
  });

  it('refuses the worker’s form in place of the person’s, and a worker who was not at the meeting', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, '2026-06-15'), world.coordinatorActor);
    const input = { personId: world.person.id, meetingId: meeting.meeting.id };
    await expect(
      givePersonFeedback(
        t.deps,
        { ...input, response: feedbackResponse('worker', [4, 4, 4, 4, 4]) },
        world.personActor,
      ),
    ).rejects.toMatchObject({
      code: 'bad_request',
      details: { issues: [{ code: 'wrong-instrument' }] },
    });
    await expect(
      givePersonFeedback(t.deps, { ...input, response: good, workerId: world.stranger.id }, world.personActor),
    ).rejects.toMatchObject({
      code: 'bad_request',
      details: { field: 'workerId' },
    });
  });

  it('refuses a stranger worker and a carer with 403, on giving and on reading feedback', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team', 'contacts']) });
    const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, '2026-06-15'), world.coordinatorActor);
    const input = { personId: world.person.id, meetingId: meeting.meeting.id };
    for (const actor of [world.strangerActor, carer]) {
      await expect(givePersonFeedback(t.deps, { ...input, response: good }, actor)).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(getRelationshipFeedback(t.deps, { personId: world.person.id }, actor)).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    await expect(
      giveWorkerFeedback(
        t.deps,
        { ...input, response: feedbackResponse('worker', [4, 4, 4, 4, 4]) },
        world.strangerActor,
      ),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
