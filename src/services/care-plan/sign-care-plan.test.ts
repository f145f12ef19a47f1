import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { changeCareCoordinator } from '../care-team/change-care-coordinator';
import { getCarePlan } from './get-care-plan';
import { listCarePlanVersions } from './list-care-plan-versions';
import { saveCarePlanSection } from './save-care-plan-section';
import { signCarePlan } from './sign-care-plan';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('signCarePlan', () => {
  it('makes a version agreed once the person and their care coordinator have both signed it', async () => {
    const world = await createFactories(t).careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'I am Sam.', baseVersion: 0 },
      world.personActor,
    );

    expect(await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.personActor)).toMatchObject({
      state: 'signed_by_person',
    });
    const agreed = await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.coordinatorActor);
    expect(agreed).toMatchObject({ version: 1, state: 'agreed' });
    expect(agreed.signatures.map((s) => s.signerKind)).toEqual(['person', 'care_coordinator']);
    // Signing twice changes nothing.
    expect(
      (await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.personActor)).signatures,
    ).toHaveLength(2);
    expect(await getCarePlan(t.deps, { personId: world.person.id }, world.personActor)).toMatchObject({
      latestAgreedVersion: 1,
      agreement: { state: 'agreed' },
      access: { signAs: 'person', canDecideProposals: true },
    });
  });

  it('says who signed, and lets a new care coordinator sign a version the previous one signed', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'I am Sam.', baseVersion: 0 },
      world.personActor,
    );
    await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.coordinatorActor);
    const next = await f.worker({ teamId: world.team.id, name: 'Robin Fairley' });
    const nextActor = await f.account('worker', { workerId: next.id });
    await changeCareCoordinator(
      t.deps,
      { personId: world.person.id, newWorkerId: next.id, reason: 'worker_changed_team', handoverNote: null },
      world.admin,
    );

    const seen = await getCarePlan(t.deps, { personId: world.person.id }, nextActor);
    expect(seen.access.signAs).toBe('care_coordinator');
    expect(seen.agreement.signatures).toEqual([
      expect.objectContaining({
        signerKind: 'care_coordinator',
        name: world.coordinatorActor.displayName,
        isYours: false,
      }),
    ]);
    const signed = await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, nextActor);
    expect(signed.signatures.map((s) => [s.name, s.isYours])).toEqual([
      [world.coordinatorActor.displayName, false],
      [nextActor.displayName, true],
    ]);
    // Signing again changes nothing; the person's signature then makes the version agreed.
    expect((await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, nextActor)).signatures).toHaveLength(
      2,
    );
    expect(await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.personActor)).toMatchObject({
      state: 'agreed',
    });
  });

  it('makes a later edit a new version that is not agreed, while the agreed one is kept', async () => {
    const world = await createFactories(t).careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'I am Sam.', baseVersion: 0 },
      world.personActor,
    );
    await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.personActor);
    await signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.coordinatorActor);
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'I am Sam, and I like to draw.', baseVersion: 1 },
      world.personActor,
    );

    const current = await getCarePlan(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(current).toMatchObject({
      version: 2,
      latestAgreedVersion: 1,
      agreement: { state: 'not_signed', signatures: [] },
    });
    const agreed = await getCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.coordinatorActor);
    expect(agreed).toMatchObject({ version: 1, currentVersion: 2, agreement: { state: 'agreed' } });
    expect(agreed.sections[0]?.text).toBe('I am Sam.');
    const history = await listCarePlanVersions(t.deps, { personId: world.person.id }, world.personActor);
    expect(history.map((v) => [v.version, v.agreement])).toEqual([
      [2, 'not_signed'],
      [1, 'agreed'],
    ]);
  });

  it('refuses to sign a version that has changed since, or a plan with nothing in it', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      signCarePlan(t.deps, { personId: world.person.id, version: 0 }, world.personActor),
    ).rejects.toMatchObject({ code: 'conflict' });
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'One.', baseVersion: 0 },
      world.personActor,
    );
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'Two.', baseVersion: 1 },
      world.personActor,
    );
    await expect(
      signCarePlan(t.deps, { personId: world.person.id, version: 1 }, world.coordinatorActor),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { currentVersion: 2 },
    });
  });

  it('is signed by the care coordinator, not by other workers in the care team', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const peer = await f.worker({ teamId: world.team.id });
    await f.membership(world.person.id, peer.id, { role: 'peer_worker' });
    const peerActor = await f.account('worker', { workerId: peer.id });
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'about_me', text: 'One.', baseVersion: 0 },
      world.personActor,
    );

    await expect(signCarePlan(t.deps, { personId: world.person.id, version: 1 }, peerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await getCarePlan(t.deps, { personId: world.person.id }, peerActor)).access).toMatchObject({
      canWrite: true,
      signAs: null,
    });
  });
});
