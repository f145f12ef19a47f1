import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { qpr15 } from '../../domain/instruments';
import { getResponseForExport } from '../instruments/get-response-for-export';
import { loadWording } from '../instruments/load-wording';
import { getQuestionnaires } from './get-questionnaires';
import { saveQuestionnaireDraft } from './save-questionnaire-draft';
import { setQuestionnaireSchedule } from './set-questionnaire-schedule';
import { startQuestionnaire } from './start-questionnaire';
import { submitQuestionnaire } from './submit-questionnaire';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const qprWording = {
  instrumentId: qpr15.id,
  version: qpr15.version,
  items: qpr15.items.map((item, i) => ({ id: item.id, text: `Statement ${i + 1}` })),
};
/** Answers 0–4 for items 1…count: item i gets value (i mod 5). */
const answers = (count: number, value = (i: number) => i % 5) =>
  qpr15.items.slice(0, count).map((item, i) => ({ itemId: item.id, value: value(i) }));

async function worldWithQpr() {
  const world = await createFactories(t).careTeamWorld();
  await loadWording(t.deps, qprWording, world.admin);
  return world;
}

describe('questionnaires the person fills in', () => {
  it('refuses to ask for a questionnaire that is not turned on, and lets only the care team ask', async () => {
    const world = await createFactories(t).careTeamWorld();
    const input = { personId: world.person.id, instrumentId: 'qpr-15', everyDays: 91 };
    // Wording files are per instrument for the whole service, so QPR-15 may already be on from another test;
    // SRS is not turned on in this file.
    await expect(
      setQuestionnaireSchedule(t.deps, { ...input, instrumentId: 'srs' }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      setQuestionnaireSchedule(t.deps, { ...input, instrumentId: 'dialog-ratings' }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      setQuestionnaireSchedule(t.deps, { ...input, everyDays: 3 }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await loadWording(t.deps, qprWording, world.admin);
    await expect(setQuestionnaireSchedule(t.deps, input, world.personActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(setQuestionnaireSchedule(t.deps, input, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(setQuestionnaireSchedule(t.deps, input, world.coordinatorActor)).resolves.toMatchObject({
      everyDays: 91,
    });
  });

  it('invites, keeps a draft that can be changed, scores the answers, and invites again after the chosen gap', async () => {
    const world = await worldWithQpr();
    const personId = world.person.id;
    await setQuestionnaireSchedule(t.deps, { personId, instrumentId: 'qpr-15', everyDays: 91 }, world.coordinatorActor);

    const waiting = await getQuestionnaires(t.deps, { personId }, world.personActor);
    expect(waiting.open).toHaveLength(1);
    const [invitation] = waiting.open;
    expect(invitation).toMatchObject({ dueOn: '2026-06-15', origin: 'care_team', revision: 0, draft: { answers: [] } });
    expect(invitation!.definition.items[0]?.text).toBe('Statement 1');

    const first = await saveQuestionnaireDraft(
      t.deps,
      { personId, invitationId: invitation!.id, answers: answers(5), revision: 0 },
      world.personActor,
    );
    expect(first.revision).toBe(1);
    const changed = answers(5, () => 4);
    const second = await saveQuestionnaireDraft(
      t.deps,
      { personId, invitationId: invitation!.id, answers: changed, revision: 1 },
      world.personActor,
    );
    expect(second.revision).toBe(2);
    // Another tab still at revision 1 would overwrite the change: refused.
    await expect(
      saveQuestionnaireDraft(
        t.deps,
        { personId, invitationId: invitation!.id, answers: answers(2), revision: 1 },
        world.personActor,
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await getQuestionnaires(t.deps, { personId }, world.personActor)).open[0]?.draft?.answers).toEqual(changed);
    // The care team sees that it is waiting, not the unfinished answers.
    expect((await getQuestionnaires(t.deps, { personId }, world.coordinatorActor)).open[0]?.draft).toBeNull();

    await expect(
      submitQuestionnaire(
        t.deps,
        { personId, invitationId: invitation!.id, answers: answers(10), revision: 2 },
        world.personActor,
      ),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringContaining('10 of 15 are answered'),
    });
    // 15 answers 0, 1, 2, 3, 4 three times over: total 30.
    const response = await submitQuestionnaire(
      t.deps,
      { personId, invitationId: invitation!.id, answers: answers(15), revision: 2 },
      world.personActor,
    );
    expect(response).toMatchObject({ purpose: 'outcome_measure', instrumentId: 'qpr-15' });
    expect(response.scores[0]).toMatchObject({ scoreId: 'total', value: 30 });
    await expect(
      submitQuestionnaire(
        t.deps,
        { personId, invitationId: invitation!.id, answers: answers(15), revision: 3 },
        world.personActor,
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
    });

    const after = await getQuestionnaires(t.deps, { personId }, world.coordinatorActor);
    expect(after.open.map((o) => o.dueOn)).toEqual(['2026-09-14']);
    expect(after.trends[0]).toMatchObject({
      instrumentId: 'qpr-15',
      max: 60,
      points: [{ responseId: response.id, completedOn: '2026-06-15', value: 30 }],
    });
    expect(after.trends[0]?.inWords).toContain('Your latest score is 30 out of 60');
    const log = await t.repositories.audit.listForPerson(personId, { limit: 20 });
    expect(log.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        'questionnaire.schedule',
        'questionnaire.draft',
        'questionnaire.submit',
        'questionnaire.read',
      ]),
    );
  });

  it('lets the person fill one in when they choose, once however often they tap, and feeds the recovery figures', async () => {
    const world = await worldWithQpr();
    const personId = world.person.id;
    const started = await startQuestionnaire(t.deps, { personId, instrumentId: 'qpr-15' }, world.personActor);
    expect(await startQuestionnaire(t.deps, { personId, instrumentId: 'qpr-15' }, world.personActor)).toMatchObject({
      id: started.id,
      origin: 'self',
    });
    await submitQuestionnaire(
      t.deps,
      { personId, invitationId: started.id, answers: answers(15, () => 3), revision: 0 },
      world.personActor,
    );
    expect((await getQuestionnaires(t.deps, { personId }, world.personActor)).open).toEqual([]);
    const figures = await t.deps.analytics!.personRelationshipFigures({ from: '2026-04-01', to: '2026-06-30' }, {});
    expect(figures.find((p) => p.personId === personId)?.recovery).toBe(45);
  });

  it('exports a sent questionnaire as FHIR to the person and the care team, and keeps strangers out', async () => {
    const world = await worldWithQpr();
    const personId = world.person.id;
    const started = await startQuestionnaire(t.deps, { personId, instrumentId: 'qpr-15' }, world.personActor);
    const response = await submitQuestionnaire(
      t.deps,
      { personId, invitationId: started.id, answers: answers(15), revision: 0 },
      world.personActor,
    );
    const exported = await getResponseForExport(t.deps, { personId, responseId: response.id }, world.coordinatorActor);
    expect(exported.scored.scores[0]).toMatchObject({ value: 30 });
    await expect(
      getResponseForExport(t.deps, { personId, responseId: response.id }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getQuestionnaires(t.deps, { personId }, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      startQuestionnaire(t.deps, { personId, instrumentId: 'qpr-15' }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const again = await startQuestionnaire(t.deps, { personId, instrumentId: 'qpr-15' }, world.personActor);
    await expect(
      saveQuestionnaireDraft(
        t.deps,
        { personId, invitationId: again.id, answers: answers(3), revision: 0 },
        world.strangerActor,
      ),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      saveQuestionnaireDraft(
        t.deps,
        { personId, invitationId: again.id, answers: [{ itemId: 'item-1', value: 9 }], revision: 0 },
        world.personActor,
      ),
    ).rejects.toMatchObject({
      code: 'bad_request',
    });
  });
});
