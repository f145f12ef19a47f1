import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { feedbackAlertThresholds } from '../../domain/feedback/alert-thresholds';
import { NEEDS_ATTENTION_MESSAGE } from '../../domain/feedback/feedback-alerts';
import { feedbackResponse, simpleMeeting } from '../../../test/support/meeting-fixtures';
import { recordMeeting } from '../meetings/record-meeting';
import { getCaseloadAlerts } from './get-caseload-alerts';
import { getRelationshipFeedback } from './get-relationship-feedback';
import { givePersonFeedback } from './give-person-feedback';
import { giveWorkerFeedback } from './give-worker-feedback';
import { setFeedbackVisibility } from './set-feedback-visibility';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

async function oneMeeting(world: Awaited<ReturnType<ReturnType<typeof createFactories>['careTeamWorld']>>, day: string, person: Parameters<typeof feedbackResponse>[1]) {
  const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, day), world.coordinatorActor);
  const input = { personId: world.person.id, meetingId: meeting.meeting.id };
  await givePersonFeedback(t.deps, { ...input, response: feedbackResponse('person', person) }, world.personActor);
  // The worker thinks it went well: [4, 5, 4, 4, 5] → 22 / 5 = 4.4.
  await giveWorkerFeedback(t.deps, { ...input, response: feedbackResponse('worker', [4, 5, 4, 4, 5]) }, world.coordinatorActor);
  return meeting.meeting.id;
}

describe('getCaseloadAlerts', () => {
  it('raises a low score shared individually on the worker’s caseload, with the figures', async () => {
    const world = await createFactories(t).careTeamWorld();
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    await oneMeeting(world, '2026-05-20', [4, 4, 4, 4, 4]);
    // [3, 3, 2, 3, 2] → 13 / 5 = 2.6: a drop of 1.4 from 4, below 3, and 1.8 from the worker's 4.4.
    const meetingId = await oneMeeting(world, '2026-06-10', [3, 3, 2, 3, 2]);

    const alerts = await getCaseloadAlerts(t.deps, world.coordinatorActor);

    expect(alerts.map((alert) => alert.kind)).toEqual(['dropped', 'low', 'views_differ']);
    expect(alerts[1]).toMatchObject({
      personId: world.person.id, personName: 'Sam Taylor', meetingId, message: 'Feedback was 2.6, below 3.',
      values: { score: 2.6, previousScore: 4, workerScore: 4.4 },
    });
    // The same alerts show on the person's record for that worker.
    const onRecord = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(onRecord.alerts.map((alert) => alert.kind)).toEqual(['dropped', 'low', 'views_differ']);
  });

  it('uses the service’s own thresholds from its dependencies', async () => {
    const world = await createFactories(t).careTeamWorld();
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    // [4, 4, 4, 4, 3] → 19 / 5 = 3.8: good by the defaults (below 3), low for a service that says below 4.
    await oneMeeting(world, '2026-06-10', [4, 4, 4, 4, 3]);

    expect(await getCaseloadAlerts(t.deps, world.coordinatorActor)).toEqual([]);
    const strict = { ...t.deps, feedbackAlertThresholds: feedbackAlertThresholds({ below: 4 }) };
    expect((await getCaseloadAlerts(strict, world.coordinatorActor)).map((alert) => alert.message)).toEqual(['Feedback was 3.8, below 4.']);
  });

  it('says only "needs attention" for an aggregate-only low score, without the score', async () => {
    const world = await createFactories(t).careTeamWorld();
    await oneMeeting(world, '2026-06-10', [2, 2, 2, 2, 2]);

    const alerts = await getCaseloadAlerts(t.deps, world.coordinatorActor);

    expect(alerts).toEqual([expect.objectContaining({ kind: 'needs_attention', message: NEEDS_ATTENTION_MESSAGE, values: null })]);
  });

  it('raises nothing when feedback is steady and good, and only for the worker’s own people', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    await oneMeeting(world, '2026-06-10', [5, 4, 4, 5, 4]);
    expect(await getCaseloadAlerts(t.deps, world.coordinatorActor)).toEqual([]);
    expect(await getCaseloadAlerts(t.deps, world.strangerActor)).toEqual([]);
    await expect(getCaseloadAlerts(t.deps, world.personActor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
