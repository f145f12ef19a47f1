import { describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { useTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { saveCarePlanSection } from '../care-plan/save-care-plan-section';
import { enrolOnCourse } from './enrol-on-course';
import { getLearningPlan } from './get-learning-plan';
import { getSharedCollegeLife } from './get-shared-college-life';
import { joinCollege } from './register-student';
import { addLearningGoal, removeLearningGoal, updateLearningGoal } from './save-learning-goal';
import { setCollegeSharing } from './set-college-sharing';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** A service user with a care coordinator, a care plan with goals, and a college with a course they joined. */
async function serviceUserStudent() {
  const f = createCollegeFixtures(t);
  const world = await f.careTeamWorld();
  await saveCarePlanSection(
    t.deps,
    {
      personId: world.person.id,
      sectionKey: 'what_matters',
      text: 'Get back to painting\nFeel less alone',
      baseVersion: 0,
    },
    world.personActor,
  );
  await joinCollege(t.deps, { name: 'Sam Taylor', email: 'sam@example.org', kind: 'service_user' }, world.personActor);
  const c = await f.college();
  const { course } = await f.publishedCourse(c, { title: 'Art for Wellbeing' });
  await enrolOnCourse(t.deps, course.id, world.personActor);
  return { f, world, course };
}

describe('a learning plan', () => {
  it('links a goal to the person’s care plan, and the care coordinator sees it only while the person shares it', async () => {
    const { world, course } = await serviceUserStudent();
    const mine = await getLearningPlan(t.deps, world.personActor);
    expect(mine.isServiceUser).toBe(true);
    expect(mine.carePlanGoals).toContainEqual({
      sectionKey: 'what_matters',
      sectionTitle: 'What matters to me and my goals',
      text: 'Get back to painting',
    });
    await addLearningGoal(
      t.deps,
      {
        text: 'Paint with other people',
        courseIds: [course.id],
        carePlanLink: { sectionKey: 'what_matters', goal: 'Get back to painting' },
      },
      world.personActor,
    );

    expect(await getSharedCollegeLife(t.deps, world.person.id, world.coordinatorActor)).toBeNull();

    await setCollegeSharing(t.deps, true, world.personActor);
    const shared = await getSharedCollegeLife(t.deps, world.person.id, world.coordinatorActor);
    expect(shared?.goals).toEqual([
      expect.objectContaining({
        text: 'Paint with other people',
        carePlanGoal: 'Get back to painting',
        carePlanSectionTitle: 'What matters to me and my goals',
        courses: [expect.objectContaining({ title: 'Art for Wellbeing', status: 'enrolled' })],
      }),
    ]);
    expect(shared?.courses.map((c) => c.title)).toEqual(['Art for Wellbeing']);

    await setCollegeSharing(t.deps, false, world.personActor);
    expect(await getSharedCollegeLife(t.deps, world.person.id, world.coordinatorActor)).toBeNull();

    const log = await t.repositories.audit.listForPerson(world.person.id, { limit: 50 });
    const actions = log.map((e) => e.action);
    expect(actions).toContain('college.sharing.start');
    expect(actions).toContain('college.sharing.stop');
    expect(log.filter((e) => e.action === 'college_life.read').map((e) => e.detail)).toEqual([
      { shown: false },
      { shown: true },
      { shown: false },
    ]);
  });

  it('refuses a worker outside the care team, a carer and an administrator, even while shared', async () => {
    const { f, world } = await serviceUserStudent();
    await setCollegeSharing(t.deps, true, world.personActor);
    const carerId = await f.carerFor(world.person.id, [
      'care_team',
      'contacts',
      'care_plan',
      'messages',
      'ips',
      'safety_plan',
    ]);
    const carer = await f.account('carer', { carerId });
    for (const outsider of [world.strangerActor, carer, world.admin]) {
      await expect(getSharedCollegeLife(t.deps, world.person.id, outsider)).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
  });

  it('answers the care team the same for a person who is no student as for one who does not share', async () => {
    const world = await createCollegeFixtures(t).careTeamWorld();
    expect(await getSharedCollegeLife(t.deps, world.person.id, world.coordinatorActor)).toBeNull();
  });

  it('refuses an edit made from an older copy with the saved goal, changing nothing', async () => {
    const { world } = await serviceUserStudent();
    const goal = await addLearningGoal(
      t.deps,
      { text: 'Learn about sleep', courseIds: [], carePlanLink: null },
      world.personActor,
    );
    await updateLearningGoal(
      t.deps,
      {
        goalId: goal.id,
        version: 1,
        fields: { text: 'Learn about sleep, on my phone', courseIds: [], carePlanLink: null },
      },
      world.personActor,
    );
    await expect(
      updateLearningGoal(
        t.deps,
        { goalId: goal.id, version: 1, fields: { text: 'An older edit', courseIds: [], carePlanLink: null } },
        world.personActor,
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { current: expect.objectContaining({ text: 'Learn about sleep, on my phone', version: 2 }) },
    });
    await expect(removeLearningGoal(t.deps, { goalId: goal.id, version: 1 }, world.personActor)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(
      (
        await t.repositories.collegeStudents.listGoals((await getLearningPlan(t.deps, world.personActor)).studentId)
      ).map((g) => g.text),
    ).toEqual(['Learn about sleep, on my phone']);
    await removeLearningGoal(t.deps, { goalId: goal.id, version: 2 }, world.personActor);
    expect((await getLearningPlan(t.deps, world.personActor)).goals).toEqual([]);
  });

  it('refuses a link to words not in the care plan, an unknown course, and another student’s goal, changing nothing', async () => {
    const { f, world } = await serviceUserStudent();
    await expect(
      addLearningGoal(
        t.deps,
        { text: 'Paint', courseIds: [], carePlanLink: { sectionKey: 'what_matters', goal: 'Something I never wrote' } },
        world.personActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'carePlanLink' } });
    await expect(
      addLearningGoal(
        t.deps,
        { text: 'Paint', courseIds: ['01900000-0000-7000-8000-000000000000'], carePlanLink: null },
        world.personActor,
      ),
    ).rejects.toMatchObject({ code: 'bad_request', details: { field: 'courseIds' } });
    const goal = await addLearningGoal(t.deps, { text: 'Mine', courseIds: [], carePlanLink: null }, world.personActor);
    const other = await f.student();
    await expect(
      updateLearningGoal(
        t.deps,
        { goalId: goal.id, version: 1, fields: { text: 'Theirs', courseIds: [], carePlanLink: null } },
        other,
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await getLearningPlan(t.deps, world.personActor)).goals.map((g) => g.text)).toEqual(['Mine']);
  });

  it('lets a carer or a member of the public keep a learning plan without a service-user record, but not link or share it', async () => {
    const f = createCollegeFixtures(t);
    for (const student of [await f.student('carer', 'carer'), await f.student('other', 'student')]) {
      await addLearningGoal(t.deps, { text: 'Understand recovery', courseIds: [], carePlanLink: null }, student);
      const plan = await getLearningPlan(t.deps, student);
      expect(plan).toMatchObject({
        isServiceUser: false,
        carePlanGoals: [],
        goals: [expect.objectContaining({ text: 'Understand recovery' })],
      });
      await expect(
        addLearningGoal(
          t.deps,
          { text: 'x', courseIds: [], carePlanLink: { sectionKey: 'what_matters', goal: 'x' } },
          student,
        ),
      ).rejects.toMatchObject({ code: 'bad_request' });
      await expect(setCollegeSharing(t.deps, true, student)).rejects.toMatchObject({ code: 'bad_request' });
    }
  });
});
