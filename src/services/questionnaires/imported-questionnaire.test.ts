import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { goodWeek, importedDefinition } from '../../../test/support/imported-questionnaire';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { Actor } from '../../domain/accounts/actor';
import type { InstrumentDefinition, ItemAnswer } from '../../domain/instruments';
import { getResponseForExport, listResponsesForExport } from '../instruments/get-response-for-export';
import { importInstrument } from '../instruments/import-instrument';
import { listInstrumentOffers, setInstrumentOffer } from '../instruments/set-instrument-offer';
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

/**
 * Imported as an administrator would (the HTTP tests send it as a FHIR Questionnaire), and offered to
 * people the first time: importing alone offers nothing (ADR 0053).
 */
async function importAs(admin: Actor, definition: InstrumentDefinition) {
  await importInstrument(t.deps, () => definition, admin);
  const offer = (await listInstrumentOffers(t.deps, admin)).find((o) => o.instrumentId === definition.id);
  if (offer && !offer.offered)
    await setInstrumentOffer(t.deps, { instrumentId: definition.id, offered: true, revision: offer.revision }, admin);
}

/** The person sends a good week's answers to an invitation they have not begun. */
const sendGoodWeek = (world: { personActor: Actor }, personId: string, invitationId: string) =>
  submitQuestionnaire(t.deps, { personId, invitationId, answers: goodWeek, revision: 0 }, world.personActor);

async function invited(definition: InstrumentDefinition) {
  const world = await createFactories(t).careTeamWorld();
  await importAs(world.admin, definition);
  const personId = world.person.id;
  await setQuestionnaireSchedule(
    t.deps,
    { personId, instrumentId: definition.id, everyDays: 28 },
    world.coordinatorActor,
  );
  const [open] = (await getQuestionnaires(t.deps, { personId }, world.personActor)).open;
  if (!open) throw new Error('expected an invitation');
  return { world, personId, open };
}

describe('imported questionnaires people fill in', () => {
  it('invites to an imported questionnaire, keeps a draft, and scores the answers by its own score rule', async () => {
    const { world, personId, open } = await invited(importedDefinition({ id: 'week-a' }));
    expect(open.definition).toMatchObject({ id: 'week-a', version: '1.0.0', title: 'Week check' });
    const draft = await saveQuestionnaireDraft(
      t.deps,
      { personId, invitationId: open.id, answers: goodWeek.slice(0, 2), revision: 0 },
      world.personActor,
    );
    const record = await submitQuestionnaire(
      t.deps,
      { personId, invitationId: open.id, answers: goodWeek, revision: draft.revision },
      world.personActor,
    );
    // calm 3 + out 2 + worried reversed (0 + 3 − 1 = 2): 7, which meets "a good week" (≥ 6).
    expect(record).toMatchObject({ instrumentId: 'week-a', version: '1.0.0', purpose: 'outcome_measure' });
    expect(record.scores).toEqual([
      expect.objectContaining({
        scoreId: 'week-total',
        value: 7,
        thresholdsMet: [expect.objectContaining({ value: 6 })],
      }),
    ]);

    const view = await getQuestionnaires(t.deps, { personId }, world.coordinatorActor);
    expect(view.trends).toEqual([
      expect.objectContaining({
        instrumentId: 'week-a',
        title: 'Week check',
        max: 9,
        points: [expect.objectContaining({ value: 7 })],
      }),
    ]);
    expect(view.open).toEqual([expect.objectContaining({ origin: 'care_team', dueOn: '2026-07-13' })]);
    const exported = await getResponseForExport(t.deps, { personId, responseId: record.id }, world.coordinatorActor);
    expect(exported.definition.canonicalUrl).toBe('https://measures.example.org/fhir/Questionnaire/week-a');
  });

  it('lets the person start an imported questionnaire themselves', async () => {
    const world = await createFactories(t).careTeamWorld();
    await importAs(world.admin, importedDefinition({ id: 'week-b' }));
    const view = await getQuestionnaires(t.deps, { personId: world.person.id }, world.personActor);
    expect(view.available).toContainEqual({ instrumentId: 'week-b', title: 'Week check' });
    const started = await startQuestionnaire(
      t.deps,
      { personId: world.person.id, instrumentId: 'week-b' },
      world.personActor,
    );
    expect(started).toMatchObject({ instrumentId: 'week-b', version: '1.0.0', origin: 'self' });
  });

  it('refuses answers that do not fit the imported items, naming the item, and stores nothing', async () => {
    const { world, personId, open } = await invited(importedDefinition({ id: 'week-c' }));
    const send = (answers: ItemAnswer[]) =>
      submitQuestionnaire(t.deps, { personId, invitationId: open.id, answers, revision: 0 }, world.personActor);
    const without = (itemId: string) => goodWeek.filter((answer) => answer.itemId !== itemId);
    const cases: [ItemAnswer[], RegExp][] = [
      [[...without('calm'), { itemId: 'calm', value: 4 }], /Item "calm": 4 is outside 0–3/],
      [[...without('sleep'), { itemId: 'sleep', value: 13 }], /Item "sleep": 13 is outside 0–12/],
      [[...without('talk'), { itemId: 'talk', value: 1 }], /Item "talk": expects yes or no/],
      [[...without('calm'), { itemId: 'calm', value: 'dont-know' }], /Item "calm": "dont-know" is not offered/],
      [[...goodWeek, { itemId: 'mood', value: 2 }], /No item "mood"/],
      [without('talk'), /Item "talk" \(I would like to talk about this with my worker\) needs an answer/],
    ];
    for (const [answers, message] of cases) {
      await expect(send(answers)).rejects.toMatchObject({
        code: 'bad_request',
        message: expect.stringMatching(message),
      });
    }
    // A draft may leave a required item for later, but not break a range.
    await expect(
      saveQuestionnaireDraft(
        t.deps,
        { personId, invitationId: open.id, answers: without('talk'), revision: 0 },
        world.personActor,
      ),
    ).resolves.toMatchObject({ revision: 1 });
    await expect(
      saveQuestionnaireDraft(
        t.deps,
        { personId, invitationId: open.id, answers: [{ itemId: 'out', value: -1 }], revision: 1 },
        world.personActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request' });

    const page = await listResponsesForExport(t.deps, { personId, limit: 10 }, world.coordinatorActor);
    expect(page.responses).toEqual([]);
    const view = await getQuestionnaires(t.deps, { personId }, world.personActor);
    expect(view.open).toEqual([expect.objectContaining({ id: open.id, revision: 1 })]);
  });

  it('refuses a worker outside the care team', async () => {
    const { world, personId, open } = await invited(importedDefinition({ id: 'week-d' }));
    const record = await sendGoodWeek(world, personId, open.id);
    await expect(getQuestionnaires(t.deps, { personId }, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      getResponseForExport(t.deps, { personId, responseId: record.id }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      setQuestionnaireSchedule(t.deps, { personId, instrumentId: 'week-d', everyDays: 28 }, world.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('keeps saved scores when a new version is imported, and asks the new version next', async () => {
    const { world, personId, open } = await invited(importedDefinition({ id: 'week-e' }));
    const first = await sendGoodWeek(world, personId, open.id);
    await importAs(world.admin, importedDefinition({ id: 'week-e', version: '2.0.0', method: 'mean' }));

    const read = await getResponseForExport(t.deps, { personId, responseId: first.id }, world.coordinatorActor);
    expect(read.definition.version).toBe('1.0.0');
    expect(read.scored.scores).toEqual([expect.objectContaining({ value: 7 })]);
    // The invitation already open was made for version 1 and is answered and scored as version 1.
    const [asked] = (await getQuestionnaires(t.deps, { personId }, world.personActor)).open;
    expect(asked?.definition.version).toBe('1.0.0');
    const second = await sendGoodWeek(world, personId, asked!.id);
    expect(second).toMatchObject({ version: '1.0.0', scores: [expect.objectContaining({ value: 7 })] });
    const [next] = (await getQuestionnaires(t.deps, { personId }, world.personActor)).open;
    expect(next?.definition.version).toBe('2.0.0');
    const third = await sendGoodWeek(world, personId, next!.id);
    // The second edition takes the mean: 7 / 3.
    expect(third).toMatchObject({ version: '2.0.0', scores: [expect.objectContaining({ value: 2.333333 })] });
    const again = await getResponseForExport(t.deps, { personId, responseId: first.id }, world.coordinatorActor);
    expect(again.scored.scores).toEqual(read.scored.scores);
  });

  it('keeps and shows the answers to an imported questionnaire that has no score', async () => {
    const { world, personId, open } = await invited(importedDefinition({ id: 'week-f', scored: false }));
    const record = await sendGoodWeek(world, personId, open.id);
    expect(record.scores).toEqual([]);
    const view = await getQuestionnaires(t.deps, { personId }, world.coordinatorActor);
    expect(view.trends).toEqual([]);
    expect(view.answeredWithoutScore).toEqual([
      {
        instrumentId: 'week-f',
        title: 'Week check',
        responses: [
          {
            responseId: record.id,
            completedOn: '2026-06-15',
            answers: [
              { itemId: 'calm', question: 'I felt calm', answer: '3: Most days' },
              { itemId: 'out', question: 'I went out and about', answer: '2' },
              { itemId: 'worried', question: 'I felt worried', answer: '1' },
              { itemId: 'sleep', question: 'Hours I slept most nights', answer: '7' },
              { itemId: 'talk', question: 'I would like to talk about this with my worker', answer: 'Yes' },
            ],
          },
        ],
      },
    ]);
  });
});
