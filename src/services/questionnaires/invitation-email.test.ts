import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '../../../test/support/test-database';
import type { Actor } from '../../domain/accounts/actor';
import { qpr15 } from '../../domain/instruments';
import { loadWording } from '../instruments/load-wording';
import { getPerson } from '../people/get-person';
import { setEmailChoice } from '../people/set-email-choice';
import type { ServiceDeps } from '../ports';
import { getQuestionnaires } from './get-questionnaires';
import { setQuestionnaireSchedule } from './set-questionnaire-schedule';
import { stopQuestionnaireSchedule } from './stop-questionnaire-schedule';
import { submitQuestionnaire } from './submit-questionnaire';

let t: TestDatabase;
let withEmail: ServiceDeps;
beforeAll(async () => {
  t = await createTestDatabase();
  withEmail = { ...t.deps, emailEnabled: true };
});
afterAll(() => t.close());
beforeEach(async () => {
  t.setNow(TEST_NOW);
  await t.handle.db.execute(sql`delete from email_outbox`);
});

interface OutboxRow extends Record<string, unknown> {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  send_after: Date | string;
  abandoned_at: Date | string | null;
}
async function outbox(): Promise<OutboxRow[]> {
  const result = await t.handle.db.execute(sql`select * from email_outbox order by send_after, id`);
  return (result as unknown as { rows: OutboxRow[] }).rows;
}
const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

async function personWhoChoseEmail(wantsEmail = true) {
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
  await setEmailChoice(
    t.deps,
    { personId: world.person.id, emailAddress: ' jo.example@example.org ', wantsEmail },
    world.personActor,
  );
  return world;
}

const ask = (deps: ServiceDeps, personId: string, actor: Actor, firstDueOn?: string) =>
  setQuestionnaireSchedule(
    deps,
    { personId, instrumentId: 'qpr-15', everyDays: 28, ...(firstDueOn ? { firstDueOn } : {}) },
    actor,
  );

describe('a person’s email choice', () => {
  it('is theirs alone to set, is audited without the address, and nobody else sees it', async () => {
    const world = await personWhoChoseEmail();
    const input = { personId: world.person.id, emailAddress: 'other@example.org', wantsEmail: true };
    for (const actor of [world.coordinatorActor, world.strangerActor, world.admin]) {
      await expect(setEmailChoice(t.deps, input, actor)).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(setEmailChoice(t.deps, { ...input, emailAddress: null }, world.personActor)).rejects.toMatchObject({
      code: 'bad_request',
    });
    const own = await getPerson(t.deps, { personId: world.person.id }, world.personActor);
    expect(own.person).toMatchObject({ emailAddress: 'jo.example@example.org', wantsEmail: true });
    const seenByCoordinator = await getPerson(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(seenByCoordinator.person).toMatchObject({ emailAddress: null, wantsEmail: false });
    const [event] = (await t.repositories.audit.listForPerson(world.person.id, { limit: 20 })).filter(
      (e) => e.action === 'person.email_choice.set',
    );
    expect(event?.detail).toEqual({ wantsEmail: true, hasAddress: true });
    expect(JSON.stringify(event)).not.toContain('example.org');
  });
});

describe('questionnaire invitations by email', () => {
  it('queues a content-free email at once when the care team asks, only for a person who chose it', async () => {
    const world = await personWhoChoseEmail();
    await ask(withEmail, world.person.id, world.coordinatorActor);
    const [email] = await outbox();
    expect(email).toMatchObject({ to_address: 'jo.example@example.org', subject: 'You have something new in Tandem' });
    expect(instant(email!.send_after)).toBe(TEST_NOW.toISOString());
    for (const secret of [world.person.name, 'QPR', 'questionnaire', 'Recovery'])
      expect(`${email!.subject}\n${email!.body}`).not.toContain(secret);

    const declined = await personWhoChoseEmail(false);
    await ask(withEmail, declined.person.id, declined.coordinatorActor);
    expect(await outbox()).toHaveLength(1);
  });

  it('queues it at once when it is due today, even in the small hours before the morning announcement', async () => {
    const world = await personWhoChoseEmail();
    const smallHours = new Date(`${TEST_NOW.toISOString().slice(0, 10)}T03:05:00.000Z`);
    t.setNow(smallHours);
    await ask(withEmail, world.person.id, world.coordinatorActor);
    const [email] = await outbox();
    expect(instant(email!.send_after)).toBe(smallHours.toISOString());
  });

  it('sends nothing when email is not configured', async () => {
    const world = await personWhoChoseEmail();
    await ask(t.deps, world.person.id, world.coordinatorActor);
    expect(await outbox()).toEqual([]);
  });

  it('announces the next one on the morning it is due, and withdraws an unsent one answered early', async () => {
    const world = await personWhoChoseEmail();
    await ask(withEmail, world.person.id, world.coordinatorActor, '2026-06-20');
    const [first] = await outbox();
    expect(instant(first!.send_after)).toBe('2026-06-20T08:00:00.000Z');
    // The person fills it in early: that email has nothing left to announce.
    const [open] = (await getQuestionnaires(t.deps, { personId: world.person.id }, world.personActor)).open;
    await submitQuestionnaire(
      withEmail,
      {
        personId: world.person.id,
        invitationId: open!.id,
        answers: qpr15.items.map((item) => ({ itemId: item.id, value: 2 })),
        revision: open!.revision,
      },
      world.personActor,
    );
    const emails = await outbox();
    expect(emails.map((e) => [instant(e.send_after), e.abandoned_at !== null])).toEqual([
      ['2026-06-20T08:00:00.000Z', true],
      ['2026-07-13T08:00:00.000Z', false],
    ]);
  });

  it('withdraws the unsent email when the care team stops asking', async () => {
    const world = await personWhoChoseEmail();
    await ask(withEmail, world.person.id, world.coordinatorActor, '2026-06-30');
    await stopQuestionnaireSchedule(
      withEmail,
      { personId: world.person.id, instrumentId: 'qpr-15' },
      world.coordinatorActor,
    );
    expect((await outbox()).map((e) => e.abandoned_at !== null)).toEqual([true]);
    expect(await t.repositories.outbox.countWaiting()).toBe(0);
  });
});
