import type { Actor } from '../../src/domain/accounts/actor';
import type { StudentKind } from '../../src/domain/college/college-rules';
import { addSession } from '../../src/services/college/add-session';
import { createCourse, type CourseFields } from '../../src/services/college/create-course';
import { createTerm, createTrainer } from '../../src/services/college/manage-college';
import { publishCourse } from '../../src/services/college/publish-course';
import { joinCollege } from '../../src/services/college/register-student';
import { createFactories } from './factories';
import type { TestDatabase } from './test-database';

/** Builders for the Recovery College: a term, a peer and a practitioner trainer, courses and students. */
export function createCollegeFixtures(t: TestDatabase) {
  const factories = createFactories(t);
  let counter = 0;
  const next = () => (counter += 1);

  /** A term, two trainers of both kinds (the practitioner signs in), and an administrator to run it. */
  const college = async () => {
    const admin = await factories.account('admin');
    const term = await createTerm(
      t.deps,
      { name: `Term ${next()}`, startsOn: '2026-09-01', endsOn: '2026-12-18' },
      admin,
    );
    const trainerActor = await factories.account('worker', { workerId: (await factories.worker()).id });
    const peer = await createTrainer(t.deps, { firstName: 'Amira', lastName: 'Peer', experience: 'peer' }, admin);
    const practitioner = await createTrainer(
      t.deps,
      { firstName: 'Tom', lastName: 'Practitioner', experience: 'practitioner', username: trainerActor.username },
      admin,
    );
    return { admin, term, peer, practitioner, trainerActor };
  };

  type College = Awaited<ReturnType<typeof college>>;

  /** A published course with one co-delivered session a week from the tests' now. */
  const publishedCourse = async (c: College, over: Partial<CourseFields> = {}) => {
    const course = await createCourse(
      t.deps,
      {
        termId: c.term.id,
        title: `Understanding Anxiety ${next()}`,
        summary: 'What anxiety is, and ways of living with it.',
        audience: 'Anyone',
        accessibility: 'Step-free access; hearing loop.',
        designedBy: 'Amira and Tom, with two students',
        capacity: 12,
        ...over,
      },
      c.admin,
    );
    const startsAt = new Date(t.deps.now().getTime() + 7 * 86_400_000);
    const session = await addSession(
      t.deps,
      {
        courseId: course.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        place: 'Room 2, The Hub',
        isOnline: false,
        trainerIds: [c.peer.id, c.practitioner.id],
      },
      c.admin,
    );
    await publishCourse(t.deps, course.id, c.admin);
    return { course, session };
  };

  /** A student account (role student) with its student record. */
  const student = async (kind: StudentKind = 'other', role: Actor['role'] = 'student'): Promise<Actor> => {
    const actor = await factories.account(role);
    await joinCollege(t.deps, { name: `Student ${next()}`, email: `student${counter}@example.org`, kind }, actor);
    return actor;
  };

  /** A worker who leads the college as a peer trainer (Lena Lead): the account they sign in with. */
  const collegeLead = async (c: College): Promise<Actor> => {
    const actor = await factories.account('worker', { workerId: (await factories.worker()).id });
    await createTrainer(
      t.deps,
      { firstName: 'Lena', lastName: 'Lead', experience: 'peer', username: actor.username, isLead: true },
      c.admin,
    );
    return actor;
  };

  return { ...factories, college, publishedCourse, student, collegeLead };
}
