import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getResponseForExport } from '../instruments/get-response-for-export';
import { feedbackResponse, simpleMeeting } from '../../../test/support/meeting-fixtures';
import { recordMeeting } from '../meetings/record-meeting';
import { getRelationshipFeedback } from './get-relationship-feedback';
import { givePersonFeedback } from './give-person-feedback';
import { giveWorkerFeedback } from './give-worker-feedback';
import { setFeedbackVisibility } from './set-feedback-visibility';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

type Scores = Parameters<typeof feedbackResponse>[1];

async function meetingsWithFeedback(
  world: Awaited<ReturnType<ReturnType<typeof createFactories>['careTeamWorld']>>,
  answers: Scores[],
) {
  const receipts = [];
  for (const [index, scored] of answers.entries()) {
    const meeting = await recordMeeting(
      t.deps,
      simpleMeeting(world.person.id, `2026-05-0${index + 1}`),
      world.coordinatorActor,
    );
    const input = { personId: world.person.id, meetingId: meeting.meeting.id };
    receipts.push(
      await givePersonFeedback(t.deps, { ...input, response: feedbackResponse('person', scored) }, world.personActor),
    );
    await giveWorkerFeedback(
      t.deps,
      { ...input, response: feedbackResponse('worker', [4, 4, 4, 4, 4]) },
      world.coordinatorActor,
    );
  }
  return receipts;
}

describe('getRelationshipFeedback', () => {
  it('never shows the worker an aggregate-only answer on its own, only a mean once there are three', async () => {
    const world = await createFactories(t).careTeamWorld();
    // Means: [3, 3, 2, 3, 2] → 2.6; [4, 4, 4, 4, 4] → 4.
    await meetingsWithFeedback(world, [
      [3, 3, 2, 3, 2],
      [4, 4, 4, 4, 4],
    ]);

    const two = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    const [relationship] = two.relationships;
    expect(relationship?.trend.points.map((point) => [point.person, point.worker])).toEqual([
      [
        { status: 'private', score: null },
        { status: 'given', score: 4 },
      ],
      [
        { status: 'private', score: null },
        { status: 'given', score: 4 },
      ],
    ]);
    expect(relationship?.trend.personAggregate).toBeNull();
    expect(JSON.stringify(two)).not.toMatch(/2\.6/);

    // A third answer, [5, 5, 4, 5, 5] → 4.8; the mean of the three = (2.6 + 4 + 4.8) / 3 = 11.4 / 3 = 3.8.
    await meetingsWithFeedback(world, [[5, 5, 4, 5, 5]]);
    const three = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(three.relationships[0]?.trend.personAggregate).toEqual({ mean: 3.8, count: 3 });
  });

  it('does not export an aggregate-only answer to the worker, but does to the person', async () => {
    const world = await createFactories(t).careTeamWorld();
    const [receipt] = await meetingsWithFeedback(world, [[3, 3, 3, 3, 3]]);
    const record = await t.repositories.feedback.find(
      world.person.id,
      receipt!.meetingId,
      world.coordinator.id,
      'person',
    );
    const input = { personId: world.person.id, responseId: record!.responseId };
    await expect(getResponseForExport(t.deps, input, world.coordinatorActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await getResponseForExport(t.deps, input, world.personActor)).scored.scores[0]).toMatchObject({ value: 3 });
  });

  it('lets only the person choose who sees their answers, from the next answer on', async () => {
    const world = await createFactories(t).careTeamWorld();
    await meetingsWithFeedback(world, [[3, 3, 3, 3, 3]]);
    await expect(
      setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.coordinatorActor),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    await meetingsWithFeedback(world, [[4, 4, 4, 4, 4]]);

    const worker = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(worker.relationships[0]?.trend.points.map((point) => point.person)).toEqual([
      { status: 'private', score: null },
      { status: 'given', score: 4 },
    ]);
    const person = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.personActor);
    expect(person.preference).toEqual({ visibility: 'individual', isDefault: false });
    // The person sees their own answers, not the worker's reflections.
    expect(person.relationships[0]?.trend.points.map((point) => [point.person.score, point.worker])).toEqual([
      [3, null],
      [4, null],
    ]);
  });

  it('invites the worker to give their own view of recent meetings they were at, until they have', async () => {
    const world = await createFactories(t).careTeamWorld();
    const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, '2026-06-12'), world.coordinatorActor);
    const input = { personId: world.person.id, meetingId: meeting.meeting.id };
    const before = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(before.invitations).toEqual([
      expect.objectContaining({ meetingId: meeting.meeting.id, workerId: world.coordinator.id }),
    ]);
    // The person's answer does not stand in for the worker's own view.
    await givePersonFeedback(
      t.deps,
      { ...input, response: feedbackResponse('person', [4, 4, 4, 4, 4]) },
      world.personActor,
    );
    expect(
      (await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor)).invitations,
    ).toHaveLength(1);
    await giveWorkerFeedback(
      t.deps,
      { ...input, response: feedbackResponse('worker', [3, 4, 3, 4, 3]) },
      world.coordinatorActor,
    );
    const after = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(after.invitations).toEqual([]);
    expect(after.relationships[0]?.trend.points[0]?.worker).toEqual({ status: 'given', score: 3.4 });
  });

  it('shows a worker only their own relationship with the person', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const nurse = await f.worker({ teamId: world.team.id, name: 'Nico Nurse' });
    await f.membership(world.person.id, nurse.id, { role: 'nurse' });
    const nurseActor = await f.account('worker', { workerId: nurse.id });
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    await meetingsWithFeedback(world, [[2, 2, 2, 2, 2]]);

    const view = await getRelationshipFeedback(t.deps, { personId: world.person.id }, nurseActor);
    expect(view).toMatchObject({ viewer: 'worker', relationships: [], alerts: [] });
  });
});
