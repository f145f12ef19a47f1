import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { goodWeek, importedDefinition } from '../../../test/support/imported-questionnaire';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { getQuestionnaires } from '../questionnaires/get-questionnaires';
import { setQuestionnaireSchedule } from '../questionnaires/set-questionnaire-schedule';
import { startQuestionnaire } from '../questionnaires/start-questionnaire';
import { submitQuestionnaire } from '../questionnaires/submit-questionnaire';
import { importInstrument } from './import-instrument';
import { listInstrumentOffers, setInstrumentOffer } from './set-instrument-offer';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

async function imported(id: string) {
  const world = await createFactories(t).careTeamWorld();
  await importInstrument(t.deps, () => importedDefinition({ id }), world.admin);
  const schedule = () =>
    setQuestionnaireSchedule(
      t.deps,
      { personId: world.person.id, instrumentId: id, everyDays: 28 },
      world.coordinatorActor,
    );
  const offer = (offered: boolean, revision: number) =>
    setInstrumentOffer(t.deps, { instrumentId: id, offered, revision }, world.admin);
  return { world, personId: world.person.id, schedule, offer };
}

describe('offering an imported questionnaire to people', () => {
  it('offers nothing an administrator only imported, until they turn it on', async () => {
    const { world, personId, schedule, offer } = await imported('offer-a');
    expect(await listInstrumentOffers(t.deps, world.admin)).toContainEqual(
      expect.objectContaining({ instrumentId: 'offer-a', version: '1.0.0', offered: false, revision: 0 }),
    );
    await expect(schedule()).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('not offered to people'),
    });
    await expect(
      startQuestionnaire(t.deps, { personId, instrumentId: 'offer-a' }, world.personActor),
    ).rejects.toMatchObject({ code: 'conflict' });
    const view = await getQuestionnaires(t.deps, { personId }, world.personActor);
    expect(view.available.map((a) => a.instrumentId)).not.toContain('offer-a');

    expect(await offer(true, 0)).toMatchObject({ offered: true, revision: 1 });
    await schedule();
    const after = await getQuestionnaires(t.deps, { personId }, world.personActor);
    expect(after.available.map((a) => a.instrumentId)).toContain('offer-a');
    expect(after.open).toEqual([expect.objectContaining({ definition: expect.objectContaining({ id: 'offer-a' }) })]);
  });

  it('keeps an open invitation answerable once turned off, but invites no more', async () => {
    const { world, personId, schedule, offer } = await imported('offer-b');
    await offer(true, 0);
    await schedule();
    const [open] = (await getQuestionnaires(t.deps, { personId }, world.personActor)).open;
    await offer(false, 1);

    await expect(schedule()).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      startQuestionnaire(t.deps, { personId, instrumentId: 'offer-b' }, world.personActor),
    ).rejects.toMatchObject({ code: 'conflict' });
    const record = await submitQuestionnaire(
      t.deps,
      { personId, invitationId: open!.id, answers: goodWeek, revision: 0 },
      world.personActor,
    );
    expect(record).toMatchObject({ instrumentId: 'offer-b', scores: [expect.objectContaining({ value: 7 })] });
    // The schedule asks nothing more while the questionnaire is not offered.
    expect((await getQuestionnaires(t.deps, { personId }, world.personActor)).open).toEqual([]);
  });

  it('refuses a switch made from an out-of-date page and keeps the other', async () => {
    const { world, offer } = await imported('offer-c');
    await offer(true, 0);
    await expect(offer(false, 0)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Reload'),
    });
    const held = (await listInstrumentOffers(t.deps, world.admin)).find((o) => o.instrumentId === 'offer-c');
    expect(held).toMatchObject({ offered: true, revision: 1 });
  });

  it('lets only administrators switch or list, and audits each switch', async () => {
    const { world } = await imported('offer-d');
    for (const actor of [world.coordinatorActor, world.personActor, world.strangerActor]) {
      await expect(
        setInstrumentOffer(t.deps, { instrumentId: 'offer-d', offered: true, revision: 0 }, actor),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(listInstrumentOffers(t.deps, actor)).rejects.toMatchObject({ code: 'forbidden' });
    }
    await setInstrumentOffer(t.deps, { instrumentId: 'offer-d', offered: true, revision: 0 }, world.admin);
    await setInstrumentOffer(t.deps, { instrumentId: 'offer-d', offered: false, revision: 1 }, world.admin);
    const events = (await t.repositories.audit.listChain(`account:${world.admin.accountId}`)).filter(
      (e) => (e.detail as { instrumentId?: string }).instrumentId === 'offer-d',
    );
    expect(events.map((e) => e.action)).toEqual(['instrument.import', 'instrument.offer', 'instrument.withdraw_offer']);
  });

  it('refuses a shipped or unknown instrument', async () => {
    const { world } = await imported('offer-e');
    await expect(
      setInstrumentOffer(t.deps, { instrumentId: 'qpr-15', offered: true, revision: 0 }, world.admin),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      setInstrumentOffer(t.deps, { instrumentId: 'no-such-thing', offered: true, revision: 0 }, world.admin),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
