import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '../../../test/support/test-database';
import { qpr15 } from '../../domain/instruments';
import { getCaseload } from '../caseload/get-caseload';
import { loadWording } from '../instruments/load-wording';
import { getQuestionnaires } from './get-questionnaires';
import { saveQuestionnaireDraft } from './save-questionnaire-draft';
import { setQuestionnaireSchedule } from './set-questionnaire-schedule';
import { stopQuestionnaireSchedule } from './stop-questionnaire-schedule';
import { submitQuestionnaire } from './submit-questionnaire';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const allAnswers = qpr15.items.map((item) => ({ itemId: item.id, value: 3 }));

async function askedForQpr() {
  const world = await createFactories(t).careTeamWorld();
  await loadWording(
    t.deps,
    {
      instrumentId: qpr15.id,
      version: qpr15.version,
      items: qpr15.items.map((item, i) => ({ id: item.id, text: `Statement ${i + 1}` })),
    },
    world.admin,
  );
  await setQuestionnaireSchedule(
    t.deps,
    { personId: world.person.id, instrumentId: 'qpr-15', everyDays: 91 },
    world.coordinatorActor,
  );
  const target = { personId: world.person.id, instrumentId: 'qpr-15' };
  return { world, target };
}

const openOf = async (personId: string, actor: Parameters<typeof getQuestionnaires>[2]) =>
  (await getQuestionnaires(t.deps, { personId }, actor)).open;

describe('stopping and restarting a questionnaire schedule', () => {
  it('stops asking: the untouched invitation goes, the schedule shows as stopped, and it is audited', async () => {
    const { world, target } = await askedForQpr();
    expect(await openOf(world.person.id, world.personActor)).toHaveLength(1);
    const stopped = await stopQuestionnaireSchedule(t.deps, target, world.coordinatorActor);
    expect(stopped).toMatchObject({ withdrawn: 1, stoppedAt: TEST_NOW });
    const view = await getQuestionnaires(t.deps, { personId: world.person.id }, world.personActor);
    expect(view.open).toEqual([]);
    expect(view.schedules).toMatchObject([{ instrumentId: 'qpr-15', stoppedAt: TEST_NOW }]);
    const events = await t.repositories.audit.listForPerson(world.person.id, { limit: 20 });
    expect(events.filter((e) => e.action === 'questionnaire.schedule.stop')).toMatchObject([
      { accountId: world.coordinatorActor.accountId, detail: { instrumentId: 'qpr-15', withdrawn: 1 } },
    ]);
  });

  it('keeps an invitation the person has begun, and sending it creates no next one', async () => {
    const { world, target } = await askedForQpr();
    const [open] = await openOf(world.person.id, world.personActor);
    const draft = await saveQuestionnaireDraft(
      t.deps,
      { ...target, invitationId: open!.id, answers: allAnswers.slice(0, 3), revision: open!.revision },
      world.personActor,
    );
    expect((await stopQuestionnaireSchedule(t.deps, target, world.coordinatorActor)).withdrawn).toBe(0);
    const [kept] = await openOf(world.person.id, world.personActor);
    expect(kept?.draft?.answers).toEqual(allAnswers.slice(0, 3));
    await submitQuestionnaire(
      t.deps,
      { personId: world.person.id, invitationId: open!.id, answers: allAnswers, revision: draft.revision },
      world.personActor,
    );
    expect(await openOf(world.person.id, world.personActor)).toEqual([]);
  });

  it('restarts when the care team sets it again: a new invitation, and each answer brings the next', async () => {
    const { world, target } = await askedForQpr();
    await stopQuestionnaireSchedule(t.deps, target, world.coordinatorActor);
    await setQuestionnaireSchedule(t.deps, { ...target, everyDays: 28 }, world.coordinatorActor);
    const view = await getQuestionnaires(t.deps, { personId: world.person.id }, world.personActor);
    expect(view.schedules).toMatchObject([{ everyDays: 28, stoppedAt: null }]);
    expect(view.open).toHaveLength(1);
    const [open] = view.open;
    await submitQuestionnaire(
      t.deps,
      { personId: world.person.id, invitationId: open!.id, answers: allAnswers, revision: open!.revision },
      world.personActor,
    );
    expect((await openOf(world.person.id, world.personActor)).map((o) => o.dueOn)).toEqual(['2026-07-13']);
  });

  it('answers 409 when it is already stopped and 404 when it was never set, and changes nothing', async () => {
    const { world, target } = await askedForQpr();
    await stopQuestionnaireSchedule(t.deps, target, world.coordinatorActor);
    await expect(stopQuestionnaireSchedule(t.deps, target, world.coordinatorActor)).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      stopQuestionnaireSchedule(t.deps, { ...target, instrumentId: 'srs' }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses the person and a stranger, and leaves the schedule and invitation as they were', async () => {
    const { world, target } = await askedForQpr();
    for (const actor of [world.personActor, world.strangerActor]) {
      await expect(stopQuestionnaireSchedule(t.deps, target, actor)).rejects.toMatchObject({ code: 'forbidden' });
    }
    const view = await getQuestionnaires(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(view.schedules).toMatchObject([{ stoppedAt: null }]);
    expect(view.open).toHaveLength(1);
  });
});

describe('overdue questionnaires on the caseload', () => {
  it('counts the care team’s unanswered questionnaires once past their day, and none once the schedule is stopped', async () => {
    const { world, target } = await askedForQpr();
    const worker = { ...world.coordinatorActor };
    const row = async () => (await getCaseload(t.deps, worker)).find((r) => r.personId === world.person.id);
    expect((await row())?.overdueQuestionnaires).toBe(0);
    t.setNow(new Date('2026-06-16T09:00:00Z'));
    try {
      expect((await row())?.overdueQuestionnaires).toBe(1);
      await stopQuestionnaireSchedule(t.deps, target, world.coordinatorActor);
      expect((await row())?.overdueQuestionnaires).toBe(0);
    } finally {
      t.setNow(TEST_NOW);
    }
  });
});
