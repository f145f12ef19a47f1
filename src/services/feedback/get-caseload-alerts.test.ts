import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { feedbackAlertThresholds } from '../../domain/feedback/alert-thresholds';
import { NEEDS_ATTENTION_MESSAGE } from '../../domain/feedback/feedback-alerts';
import { feedbackResponse, simpleMeeting } from '../../../test/support/meeting-fixtures';
import { recordMeeting } from '../meetings/record-meeting';
import { acknowledgeFeedbackAlert } from './acknowledge-feedback-alert';
import { getCaseloadAlerts } from './get-caseload-alerts';
import { getRelationshipFeedback } from './get-relationship-feedback';
import { givePersonFeedback } from './give-person-feedback';
import { giveWorkerFeedback } from './give-worker-feedback';
import { setFeedbackVisibility } from './set-feedback-visibility';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

async function oneMeeting(
  world: Awaited<ReturnType<ReturnType<typeof createFactories>['careTeamWorld']>>,
  day: string,
  person: Parameters<typeof feedbackResponse>[1],
) {
  const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, day), world.coordinatorActor);
  const input = { personId: world.person.id, meetingId: meeting.meeting.id };
  await givePersonFeedback(t.deps, { ...input, response: feedbackResponse('person', person) }, world.personActor);
  // The worker thinks it went well: [4, 5, 4, 4, 5] → 22 / 5 = 4.4.
  await giveWorkerFeedback(
    t.deps,
    { ...input, response: feedbackResponse('worker', [4, 5, 4, 4, 5]) },
    world.coordinatorActor,
  );
  return meeting.meeting.id;
}

describe('getCaseloadAlerts', () => {
  it('gives one alert for a meeting shared individually, naming every reason, on the caseload and the record', async () => {
    const world = await createFactories(t).careTeamWorld();
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    await oneMeeting(world, '2026-05-20', [4, 4, 4, 4, 4]);
    // [3, 3, 2, 3, 2] → 13 / 5 = 2.6: a drop of 1.4 from 4, below 3, and 1.8 from the worker's 4.4.
    const meetingId = await oneMeeting(world, '2026-06-10', [3, 3, 2, 3, 2]);

    const alerts = await getCaseloadAlerts(t.deps, world.coordinatorActor);

    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      personId: world.person.id,
      personName: 'Sam Taylor',
      meetingId,
      kind: 'meeting',
      acknowledged: null,
      values: { score: 2.6, previousScore: 4, workerScore: 4.4 },
    });
    expect(alerts[0]?.reasons.map((r) => r.reason)).toEqual(['dropped', 'low', 'views_differ']);
    expect(alerts[0]?.message).toContain('Feedback was 2.6, below 3.');
    // The same one alert shows on the person's record for that worker.
    const onRecord = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(onRecord.alerts.map((alert) => alert.key)).toEqual([`meeting:${meetingId}`]);
  });

  it('never names or dates the meeting of an answer kept for the average, with one meeting in the period', async () => {
    const world = await createFactories(t).careTeamWorld();
    const meetingId = await oneMeeting(world, '2026-06-10', [1, 1, 1, 1, 1]);

    const alerts = await getCaseloadAlerts(t.deps, world.coordinatorActor);
    const onRecord = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);

    // One answer, kept for the average: any alert now would point at this meeting.
    expect(alerts).toEqual([]);
    expect(onRecord.alerts).toEqual([]);
    expect(JSON.stringify({ alerts, onRecord: onRecord.alerts })).not.toContain(meetingId);
  });

  it('says only "needs attention", with no meeting, date or score, once three private answers average low', async () => {
    const world = await createFactories(t).careTeamWorld();
    const meetingIds = [
      await oneMeeting(world, '2026-05-01', [2, 2, 2, 2, 2]),
      await oneMeeting(world, '2026-05-20', [3, 2, 2, 2, 2]),
      await oneMeeting(world, '2026-06-10', [2, 2, 2, 3, 2]),
    ];

    const alerts = await getCaseloadAlerts(t.deps, world.coordinatorActor);

    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'needs_attention',
        message: NEEDS_ATTENTION_MESSAGE,
        meetingId: null,
        occurredAt: null,
        values: null,
      }),
    ]);
    const shown = JSON.stringify(alerts);
    for (const id of meetingIds) expect(shown).not.toContain(id);
    expect(shown).not.toMatch(/2026-0[56]/);
  });

  it('lets the worker acknowledge an alert: it leaves the caseload, and the record says who and when; audited', async () => {
    const world = await createFactories(t).careTeamWorld();
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    const meetingId = await oneMeeting(world, '2026-06-10', [2, 2, 2, 2, 2]);
    const key = `meeting:${meetingId}`;

    await expect(
      acknowledgeFeedbackAlert(t.deps, { personId: world.person.id, alertKey: key }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      acknowledgeFeedbackAlert(
        t.deps,
        { personId: world.person.id, alertKey: 'meeting:other' },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    const acknowledged = await acknowledgeFeedbackAlert(
      t.deps,
      { personId: world.person.id, alertKey: key },
      world.coordinatorActor,
    );

    expect(acknowledged.acknowledged).toEqual({ name: world.coordinatorActor.displayName, at: t.deps.now() });
    expect(await getCaseloadAlerts(t.deps, world.coordinatorActor)).toEqual([]);
    const onRecord = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(onRecord.alerts).toEqual([
      expect.objectContaining({ key, acknowledged: { name: world.coordinatorActor.displayName, at: t.deps.now() } }),
    ]);
    const audit = await t.repositories.audit.listForPerson(world.person.id, { limit: 50 });
    expect(audit.filter((event) => event.action === 'feedback.alert.acknowledge')).toEqual([
      expect.objectContaining({ accountId: world.coordinatorActor.accountId, detail: { alert: key } }),
    ]);

    // A newer meeting's alert is new, and needs acknowledging in its turn.
    const newer = await oneMeeting(world, '2026-06-12', [1, 1, 1, 1, 1]);
    expect((await getCaseloadAlerts(t.deps, world.coordinatorActor)).map((alert) => alert.meetingId)).toEqual([newer]);
  });

  it('uses the service’s own thresholds from its dependencies', async () => {
    const world = await createFactories(t).careTeamWorld();
    await setFeedbackVisibility(t.deps, { personId: world.person.id, visibility: 'individual' }, world.personActor);
    // [4, 4, 4, 4, 3] → 19 / 5 = 3.8: good by the defaults (below 3), low for a service that says below 4.
    await oneMeeting(world, '2026-06-10', [4, 4, 4, 4, 3]);

    expect(await getCaseloadAlerts(t.deps, world.coordinatorActor)).toEqual([]);
    const strict = { ...t.deps, feedbackAlertThresholds: feedbackAlertThresholds({ below: 4 }) };
    expect((await getCaseloadAlerts(strict, world.coordinatorActor)).map((alert) => alert.message)).toEqual([
      'Feedback was 3.8, below 4.',
    ]);
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
