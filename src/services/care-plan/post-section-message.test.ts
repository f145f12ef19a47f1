import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getCarePlan } from './get-care-plan';
import { listSectionMessages } from './list-section-messages';
import { postSectionMessage } from './post-section-message';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('section discussions', () => {
  it('keeps a disagreement as a conversation, with who said what and when', async () => {
    const world = await createFactories(t).careTeamWorld();
    const post = (text: string, actor: typeof world.personActor) =>
      postSectionMessage(t.deps, { personId: world.person.id, sectionKey: 'agreed_support', text }, actor);
    await post('I do not want weekly visits any more.', world.personActor);
    t.setNow(new Date('2026-06-15T11:00:00Z'));
    try {
      await post('Could we try fortnightly, with a call in between?', world.coordinatorActor);
    } finally {
      t.setNow(new Date('2026-06-15T10:00:00Z'));
    }

    const thread = await listSectionMessages(
      t.deps,
      { personId: world.person.id, sectionKey: 'agreed_support' },
      world.personActor,
    );
    expect(thread.map((m) => [m.authorKind, m.text])).toEqual([
      ['person', 'I do not want weekly visits any more.'],
      ['worker', 'Could we try fortnightly, with a call in between?'],
    ]);
    expect(thread[1]).toMatchObject({
      authorName: world.coordinatorActor.displayName,
      authorRole: 'care_coordinator',
      createdAt: new Date('2026-06-15T11:00:00Z'),
    });
    expect(
      (await getCarePlan(t.deps, { personId: world.person.id }, world.personActor)).sections.find(
        (s) => s.key === 'agreed_support',
      )?.messages,
    ).toBe(2);
  });

  it('refuses an empty message, an unknown section and a carer', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_plan']) });
    await expect(
      postSectionMessage(t.deps, { personId: world.person.id, sectionKey: 'about_me', text: '  ' }, world.personActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      postSectionMessage(t.deps, { personId: world.person.id, sectionKey: 'nope', text: 'Hi' }, world.personActor),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      postSectionMessage(t.deps, { personId: world.person.id, sectionKey: 'about_me', text: 'Hi' }, carer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      listSectionMessages(t.deps, { personId: world.person.id, sectionKey: 'about_me' }, carer),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
