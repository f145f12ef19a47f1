import type { EnrolmentStatus } from '../../domain/college/college-rules';
import { carePlanGoalLines } from '../../domain/college/student-life';
import type { Repositories } from '../ports';
import { sectionDefinitionsFor } from '../care-plan/section-definitions';
import type { LearningGoalRecord } from './student-ports';

/** A course as a learning plan names it: its title and term, and the student's place on it, if any. */
export interface PlanCourse {
  courseId: string;
  title: string;
  termName: string;
  status: EnrolmentStatus | null;
  firstStartsAt: Date | null;
}

export interface LearningGoalView extends LearningGoalRecord {
  courses: PlanCourse[];
  carePlanSectionTitle: string | null;
}

/** A line of the person's care plan that a learning goal can link to. */
export interface CarePlanGoalOption {
  sectionKey: string;
  sectionTitle: string;
  text: string;
}

/** A place the student asked for on a course, whatever became of it: what other systems receive. */
export interface EnrolmentView {
  enrolmentId: string;
  courseId: string;
  title: string;
  termName: string;
  status: EnrolmentStatus;
  queuedAt: Date;
  endedAt: Date | null;
  /** When the enrolment was asked for or its status last changed. */
  updatedAt: Date;
  /** The course's first session's start and last session's end; null before it has sessions. */
  firstStartsAt: Date | null;
  lastEndsAt: Date | null;
}

export interface LearningPlanView {
  studentId: string;
  studentName: string;
  sharesWithCareTeam: boolean;
  goals: LearningGoalView[];
  /** The courses the student has joined (a place, the waiting list, an offer), newest first. */
  courses: PlanCourse[];
  /** Every place asked for, cancelled and lapsed ones too, in the order asked. */
  enrolments: EnrolmentView[];
}

/** Loads a student's learning plan with their courses. Access has been checked; the caller audits. */
export async function loadLearningPlan(
  repositories: Repositories,
  student: { id: string; name: string },
  personId: string | null,
): Promise<LearningPlanView> {
  const goals = await repositories.collegeStudents.listGoals(student.id);
  const enrolments = await repositories.college.listEnrolmentsForStudent(student.id);
  const courseIds = [...new Set([...enrolments.map((e) => e.courseId), ...goals.flatMap((g) => g.courseIds)])];
  const courses =
    courseIds.length === 0 ? [] : await repositories.college.listCourses({ publishedOnly: false, courseIds });
  const statusOf = new Map<string, EnrolmentStatus>();
  for (const e of enrolments) if (e.status !== 'cancelled' && e.status !== 'lapsed') statusOf.set(e.courseId, e.status);
  const planCourse = (id: string): PlanCourse[] => {
    const course = courses.find((c) => c.id === id);
    if (!course) return [];
    return [
      {
        courseId: id,
        title: course.title,
        termName: course.termName,
        status: statusOf.get(id) ?? null,
        firstStartsAt: course.sessions[0]?.startsAt ?? null,
      },
    ];
  };
  const titles = personId ? await carePlanSectionTitles(repositories, personId) : new Map<string, string>();
  return {
    studentId: student.id,
    studentName: student.name,
    sharesWithCareTeam: await repositories.collegeStudents.findSharing(student.id),
    goals: goals.map((goal) => ({
      ...goal,
      courses: goal.courseIds.flatMap(planCourse),
      carePlanSectionTitle: goal.carePlanSectionKey ? (titles.get(goal.carePlanSectionKey) ?? null) : null,
    })),
    courses: [
      ...new Set(
        [...enrolments]
          .reverse()
          .filter((e) => statusOf.has(e.courseId))
          .map((e) => e.courseId),
      ),
    ].flatMap(planCourse),
    enrolments: enrolments.flatMap((e) => {
      const course = courses.find((c) => c.id === e.courseId);
      if (!course) return [];
      return [
        {
          enrolmentId: e.id,
          courseId: e.courseId,
          title: course.title,
          termName: course.termName,
          status: e.status,
          queuedAt: e.queuedAt,
          endedAt: e.endedAt,
          updatedAt: e.updatedAt,
          firstStartsAt: course.sessions[0]?.startsAt ?? null,
          lastEndsAt: course.sessions.at(-1)?.endsAt ?? null,
        },
      ];
    }),
  };
}

async function carePlanSectionTitles(repositories: Repositories, personId: string): Promise<Map<string, string>> {
  const plan = await repositories.documents('care_plan').findPlan(personId);
  const definitions = await sectionDefinitionsFor(repositories, plan, 'care_plan');
  return new Map(definitions.map((d) => [d.key, d.title]));
}

/** The lines of the person's current care plan, section by section, that a learning goal can link to. */
export async function carePlanGoalOptions(repositories: Repositories, personId: string): Promise<CarePlanGoalOption[]> {
  const plan = await repositories.documents('care_plan').findPlan(personId);
  if (!plan || plan.currentVersion === 0) return [];
  const definitions = await sectionDefinitionsFor(repositories, plan, 'care_plan');
  const current = await repositories.documents('care_plan').sectionsAt(personId, plan.currentVersion);
  const textOf = new Map(current.map((r) => [r.sectionKey, r.text]));
  return definitions.flatMap((d) =>
    carePlanGoalLines(textOf.get(d.key) ?? '').map((text) => ({ sectionKey: d.key, sectionTitle: d.title, text })),
  );
}
