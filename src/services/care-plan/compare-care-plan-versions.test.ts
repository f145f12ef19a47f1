import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { compareCarePlanVersions } from './compare-care-plan-versions';
import { saveCarePlanSection } from './save-care-plan-section';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('compareCarePlanVersions', () => {
  it('shows, section by section, what changed between two versions', async () => {
    const world = await createFactories(t).careTeamWorld();
    const save = (sectionKey: string, text: string, baseVersion: number) =>
      saveCarePlanSection(t.deps, { personId: world.person.id, sectionKey, text, baseVersion }, world.personActor);
    await save('what_matters', 'Getting a job in a garden centre.', 0);
    await save('strengths', 'I am good with plants.', 0);
    await save('what_matters', 'Getting a part-time job in a garden centre by the spring.', 1);

    const comparison = await compareCarePlanVersions(
      t.deps,
      { personId: world.person.id, from: 1, to: 3 },
      world.coordinatorActor,
    );
    const whatMatters = comparison.sections.find((s) => s.key === 'what_matters');
    expect(whatMatters).toMatchObject({
      isChanged: true,
      from: { text: 'Getting a job in a garden centre.', version: 1 },
      to: { text: 'Getting a part-time job in a garden centre by the spring.', version: 3 },
    });
    expect(whatMatters?.segments).toEqual([
      { kind: 'same', text: 'Getting a' },
      { kind: 'added', text: ' part-time' },
      { kind: 'same', text: ' job in a garden' },
      { kind: 'removed', text: ' centre.' },
      { kind: 'added', text: ' centre by the spring.' },
    ]);
    expect(comparison.sections.find((s) => s.key === 'strengths')).toMatchObject({
      isChanged: true,
      segments: [{ kind: 'added', text: 'I am good with plants.' }],
    });
    expect(comparison.sections.find((s) => s.key === 'about_me')).toMatchObject({ isChanged: false, segments: [] });
  });

  it('answers 404 for a version the plan has not reached', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(
      compareCarePlanVersions(t.deps, { personId: world.person.id, from: 0, to: 1 }, world.personActor),
    ).rejects.toMatchObject({
      code: 'not_found',
      details: { currentVersion: 0 },
    });
  });
});
