import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getCarePlan } from './get-care-plan';
import { saveCarePlanSection } from './save-care-plan-section';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const ABOUT_ME = 'I grew up by the sea. I like long walks with my dog, Biscuit.';

describe('saveCarePlanSection', () => {
  it('saves the person’s own words as a new version marked as theirs, and audits it', async () => {
    const world = await createFactories(t).careTeamWorld();
    const saved = await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: `  ${ABOUT_ME}\r\n`, baseVersion: 0 },
      world.personActor,
    );

    expect(saved).toMatchObject({
      outcome: 'saved',
      planVersion: 1,
      section: { key: 'about_me', text: ABOUT_ME, version: 1, isPersonsOwnWords: true },
    });
    const plan = await getCarePlan(t.deps, { personId: world.person.id }, world.coordinatorActor);
    const aboutMe = plan.sections.find((s) => s.key === 'about_me');
    expect(aboutMe).toMatchObject({
      text: ABOUT_ME,
      writtenBy: { name: world.personActor.displayName, kind: 'person', role: 'service_user' },
    });
    expect(aboutMe?.writtenAt).toEqual(t.deps.now());
    expect(plan).toMatchObject({
      version: 1,
      currentVersion: 1,
      wordCount: 14,
      readingMinutes: 1,
      agreement: { state: 'not_signed' },
    });
    expect(plan.sections.map((s) => s.title)).toEqual([
      'About me',
      'What matters to me and my goals',
      'My strengths',
      'What helps and what does not',
      'Who supports me',
      'Agreed support',
      'My next review',
    ]);
    const log = await t.repositories.audit.listForPerson(world.person.id, { limit: 5 });
    expect(log.map((e) => e.action)).toEqual(['care_plan.read', 'care_plan.section.save']);
  });

  it('turns a worker’s direct edit of the person’s words into a proposal and leaves the words alone', async () => {
    const world = await createFactories(t).careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: ABOUT_ME, baseVersion: 0 },
      world.personActor,
    );
    const edit = await saveCarePlanSection(
      t.deps,
      {
        personId: world.person.id,
        sectionKey: 'about_me',
        text: 'I grew up by the sea in Whitby. I like long walks with my dog, Biscuit.',
        baseVersion: 1,
      },
      world.coordinatorActor,
    );

    expect(edit.outcome).toBe('proposed');
    if (edit.outcome !== 'proposed') return;
    expect(edit.proposal).toMatchObject({
      status: 'pending',
      baseVersion: 1,
      proposedBy: { kind: 'worker', role: 'care_coordinator' },
    });
    expect(edit.proposal.changes).toEqual([
      { kind: 'same', text: 'I grew up by the' },
      { kind: 'removed', text: ' sea.' },
      { kind: 'added', text: ' sea in Whitby.' },
      { kind: 'same', text: ' I like long walks with my dog, Biscuit.' },
    ]);
    const plan = await getCarePlan(t.deps, { personId: world.person.id }, world.personActor);
    expect(plan.currentVersion).toBe(1);
    expect(plan.sections[0]).toMatchObject({ text: ABOUT_ME, pendingProposals: 1, isHeldByPerson: true });
    expect(plan.pendingProposals).toHaveLength(1);
  });

  it('lets a worker write and change what workers wrote, directly', async () => {
    const world = await createFactories(t).careTeamWorld();
    const first = await saveCarePlanSection(
      t.deps,
      {
        personId: world.person.id,
        sectionKey: 'agreed_support',
        text: 'Alex visits every other Tuesday.',
        baseVersion: 0,
      },
      world.coordinatorActor,
    );
    const second = await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'agreed_support', text: 'Alex visits every Tuesday.', baseVersion: 1 },
      world.coordinatorActor,
    );
    expect([first.outcome, second.outcome]).toEqual(['saved', 'saved']);
    expect(second).toMatchObject({
      planVersion: 2,
      section: { version: 2, isPersonsOwnWords: false, writtenBy: { kind: 'worker', role: 'care_coordinator' } },
    });
  });

  it('refuses a stale save with 409 and the section as it now reads, and writes nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'what_matters', text: 'Getting back to work.', baseVersion: 0 },
      world.personActor,
    );
    // Another section changing in between does not make the next save stale.
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'strengths', text: 'Patient, funny.', baseVersion: 0 },
      world.personActor,
    );
    await saveCarePlanSection(
      t.deps,
      {
        personId: world.person.id,
        sectionKey: 'what_matters',
        text: 'Getting back to work, part time.',
        baseVersion: 2,
      },
      world.personActor,
    );

    const stale = saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'what_matters', text: 'Seeing my son.', baseVersion: 1 },
      world.personActor,
    );
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      details: {
        section: 'what_matters',
        currentText: 'Getting back to work, part time.',
        currentVersion: 3,
        planVersion: 3,
      },
    });
    const plan = await getCarePlan(t.deps, { personId: world.person.id }, world.personActor);
    expect(plan.currentVersion).toBe(3);
    expect(plan.sections.find((s) => s.key === 'what_matters')?.text).toBe('Getting back to work, part time.');
  });

  it('lets one of two saves made at the same moment win, and refuses the other as stale', async () => {
    const world = await createFactories(t).careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'Sam.', baseVersion: 0 },
      world.personActor,
    );
    const save = (text: string, actor: typeof world.personActor) =>
      saveCarePlanSection(
        t.deps,
        { personId: world.person.id, sectionKey: 'who_supports_me', text, baseVersion: 1 },
        actor,
      );
    // Open the pool's connections first, so that neither save waits for one and the two really overlap.
    await Promise.all(
      Array.from({ length: 4 }, () => getCarePlan(t.deps, { personId: world.person.id }, world.personActor)),
    );
    const results = await Promise.allSettled([
      save('My sister Jo.', world.personActor),
      save('Jo (sister), the day centre.', world.coordinatorActor),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });
    const plan = await getCarePlan(t.deps, { personId: world.person.id }, world.personActor);
    expect(plan.currentVersion).toBe(2);
  });

  it('refuses an unknown section with 404 and a section over 10,000 characters with 400, starting no plan', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      saveCarePlanSection(
        t.deps,
        { personId: world.person.id, sectionKey: 'my_diagnosis', text: 'x', baseVersion: 0 },
        world.personActor,
      ),
    ).rejects.toMatchObject({ code: 'not_found', details: { field: 'section' } });
    await expect(
      saveCarePlanSection(
        t.deps,
        { personId: world.person.id, sectionKey: 'about_me', text: 'a'.repeat(10_001), baseVersion: 0 },
        world.personActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'text', characters: 10_001 } });
    const exactly = await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: '😀'.repeat(10_000), baseVersion: 0 },
      world.personActor,
    );
    expect(exactly.planVersion).toBe(1);
  });

  it('saves nothing new when the text is unchanged', async () => {
    const world = await createFactories(t).careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: ABOUT_ME, baseVersion: 0 },
      world.personActor,
    );
    const again = await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: `${ABOUT_ME}\n`, baseVersion: 1 },
      world.coordinatorActor,
    );
    expect(again).toMatchObject({ outcome: 'unchanged', planVersion: 1 });
  });

  it('refuses a worker outside the care team, and a worker who broke glass may read but not write', async () => {
    const world = await createFactories(t).careTeamWorld();
    const save = () =>
      saveCarePlanSection(
        t.deps,
        { personId: world.person.id, sectionKey: 'about_me', text: 'x', baseVersion: 0 },
        world.strangerActor,
      );
    await expect(save()).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getCarePlan(t.deps, { personId: world.person.id }, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await t.repositories.breakGlass.create({
      id: '0190e8b0-0000-7000-8000-0000000000aa',
      personId: world.person.id,
      accountId: world.strangerActor.accountId,
      reason: 'Crisis call overnight',
      createdAt: t.deps.now(),
      expiresAt: new Date(t.deps.now().getTime() + 3_600_000),
    });
    expect((await getCarePlan(t.deps, { personId: world.person.id }, world.strangerActor)).access).toMatchObject({
      basis: 'break_glass',
      canWrite: false,
    });
    await expect(save()).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('shows a carer the plan only when the person shares it, read-only and without the discussions', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: ABOUT_ME, baseVersion: 0 },
      world.personActor,
    );
    const notShared = await f.account('carer', {
      carerId: await f.carerFor(world.person.id, ['care_team', 'contacts']),
    });
    const shared = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_plan']) });

    await expect(getCarePlan(t.deps, { personId: world.person.id }, notShared)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const plan = await getCarePlan(t.deps, { personId: world.person.id }, shared);
    expect(plan).toMatchObject({
      access: { basis: 'carer_consent', canWrite: false, signAs: null },
      pendingProposals: null,
    });
    expect(plan.sections[0]?.text).toBe(ABOUT_ME);
    await expect(
      saveCarePlanSection(
        t.deps,
        { personId: world.person.id, sectionKey: 'who_supports_me', text: 'Me!', baseVersion: 1 },
        shared,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('answers a save sent twice (a double click) with the words saved, not a conflict with oneself', async () => {
    const world = await createFactories(t).careTeamWorld();
    const input = { personId: world.person.id, sectionKey: 'about_me', text: ABOUT_ME, baseVersion: 0 };
    const first = await saveCarePlanSection(t.deps, input, world.personActor);
    const again = await saveCarePlanSection(t.deps, input, world.personActor);

    expect(first.outcome).toBe('saved');
    expect(again).toMatchObject({ outcome: 'unchanged', planVersion: 1, section: { text: ABOUT_ME, version: 1 } });
    const plan = await getCarePlan(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(plan.currentVersion).toBe(1);
  });

  it('makes one proposal of a worker’s change sent twice, and a second when the words differ', async () => {
    const world = await createFactories(t).careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: ABOUT_ME, baseVersion: 0 },
      world.personActor,
    );
    const change = {
      personId: world.person.id,
      sectionKey: 'about_me',
      text: `${ABOUT_ME} And the sea.`,
      baseVersion: 1,
    };
    const first = await saveCarePlanSection(t.deps, change, world.coordinatorActor);
    const again = await saveCarePlanSection(t.deps, change, world.coordinatorActor);
    const other = await saveCarePlanSection(
      t.deps,
      { ...change, text: `${ABOUT_ME} And the hills.` },
      world.coordinatorActor,
    );

    if (first.outcome !== 'proposed' || again.outcome !== 'proposed' || other.outcome !== 'proposed')
      throw new Error('expected proposals');
    expect(again.proposal.id).toBe(first.proposal.id);
    expect(other.proposal.id).not.toBe(first.proposal.id);
    const pending = await t.repositories.documents('care_plan').listProposals(world.person.id, 'pending');
    expect(pending).toHaveLength(2);
  });
});
