import { createHash } from 'node:crypto';
import { hasAttended } from '../domain/college/student-life';
import { carePlanGoalOptions } from '../services/college/learning-plan-view';
import type { ServiceDeps } from '../services/ports';
import { createRandom } from './seeded-random';

// The students' side of the demo college: learning goals for some students, the demo person's goal
// linked to their care plan and shared with their care team, and feedback on last term's courses,
// some of it anonymous. Written after the college itself, deterministically from the seed.

const STUDENTS_STREAM = 0xc012;

const GOALS = [
  'Feel confident speaking in a group',
  'Understand what helps me sleep',
  'Learn ways to manage stress at work',
  'Meet people who have been through something similar',
  'Support my son without burning out',
  'Get back into learning after a long time away',
  'Write my own wellbeing plan',
  'Find out about volunteering',
] as const;

const COMMENTS = [
  'The trainers shared their own stories and that made it feel safe.',
  'I liked the small groups. More time for questions would help.',
  'Useful and kind. The handouts were easy to read.',
  'Hearing both trainers’ views changed how I think about recovery.',
  'Some sessions felt rushed, but I would recommend it.',
  '',
] as const;

/** A stable id for the n-th record of a family, from the seed. */
function demoId(seed: number, family: string, n: number): string {
  const hex = createHash('sha256').update(`college-students:${seed}:${family}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Writes learning goals, the demo person's shared plan, and course feedback; returns the numbers written. */
export async function loadDemoCollegeStudents(
  deps: ServiceDeps,
  input: { seed: number; today: Date; personId: string | null },
): Promise<{ goals: number; feedback: number }> {
  const random = createRandom(input.seed, STUDENTS_STREAM);
  const id = (family: string, n: number) => demoId(input.seed, family, n);
  let goals = 0;
  let feedback = 0;
  await deps.uow.run(async (r) => {
    const courses = await r.college.listCourses({ publishedOnly: true });
    const goalWritten = new Set<string>();
    for (const course of courses) {
      const enrolled = await r.college.listEnrolmentsForCourse(course.id, ['enrolled']);
      for (const enrolment of enrolled) {
        if (!goalWritten.has(enrolment.studentId) && random.chance(0.3)) {
          goalWritten.add(enrolment.studentId);
          await r.collegeStudents.createGoal({
            id: id('goal', goals),
            studentId: enrolment.studentId,
            text: random.pick(GOALS),
            courseIds: [course.id],
            carePlanSectionKey: null,
            carePlanGoal: null,
            version: 1,
            updatedAt: input.today,
          });
          goals += 1;
        }
        const marks = await r.collegeStudents.listAttendance(course.id, enrolment.studentId);
        const counts = { sessions: marks.length, attended: marks.filter((m) => m.attended === true).length };
        if (!hasAttended(counts) || !random.chance(0.6)) continue;
        await r.collegeStudents.createFeedback({
          id: id('feedback', feedback),
          courseId: course.id,
          studentId: enrolment.studentId,
          rating: random.pick([3, 4, 4, 5, 5]),
          comment: random.pick(COMMENTS),
          isAnonymous: random.chance(0.6),
          createdAt: new Date(input.today.getTime() - random.int(1, 20) * 86_400_000),
        });
        feedback += 1;
      }
    }
    if (input.personId) {
      const student = await r.collegeStudents.findStudentOfPerson(input.personId);
      const [option] = await carePlanGoalOptions(r, input.personId);
      if (student) {
        const courseIds = (await r.college.listEnrolmentsForStudent(student.id)).map((e) => e.courseId).slice(0, 1);
        await r.collegeStudents.createGoal({
          id: id('person-goal', 0),
          studentId: student.id,
          text: 'Learn more about what helps me stay well, with other people',
          courseIds,
          carePlanSectionKey: option?.sectionKey ?? null,
          carePlanGoal: option?.text ?? null,
          version: 1,
          updatedAt: input.today,
        });
        await r.collegeStudents.setSharing(student.id, true, input.today);
        goals += 1;
      }
    }
  });
  return { goals, feedback };
}
