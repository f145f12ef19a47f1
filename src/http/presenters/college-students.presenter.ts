import type { CourseFeedbackSummary } from '../../domain/college/student-life';
import type { AttendedCourse } from '../../services/college/attended-courses';
import type { MyLearningPlan } from '../../services/college/get-learning-plan';
import type { LearningGoalView, LearningPlanView, PlanCourse } from '../../services/college/learning-plan-view';
import type { CourseView } from '../../services/college/ports';
import type {
  AttendedCourseDto,
  CourseFeedbackSummaryDto,
  LearningGoalDto,
  LearningPlanDto,
  MyLearningPlanResponse,
  PlanCourseDto,
} from '../../shared/api/college-students.responses';

// The students' side of the Recovery College to the JSON the API promises (college-students.responses.ts).

const presentPlanCourse = (c: PlanCourse): PlanCourseDto => ({
  courseId: c.courseId,
  title: c.title,
  termName: c.termName,
  status: c.status,
  firstStartsAt: c.firstStartsAt?.toISOString() ?? null,
});

export const presentLearningGoal = (g: LearningGoalView): LearningGoalDto => ({
  id: g.id,
  text: g.text,
  version: g.version,
  updatedAt: g.updatedAt.toISOString(),
  courses: g.courses.map(presentPlanCourse),
  carePlanLink:
    g.carePlanSectionKey && g.carePlanGoal
      ? { sectionKey: g.carePlanSectionKey, sectionTitle: g.carePlanSectionTitle, goal: g.carePlanGoal }
      : null,
});

export const presentLearningPlan = (p: LearningPlanView): LearningPlanDto => ({
  studentName: p.studentName,
  sharesWithCareTeam: p.sharesWithCareTeam,
  goals: p.goals.map(presentLearningGoal),
  courses: p.courses.map(presentPlanCourse),
});

export const presentMyLearningPlan = (p: MyLearningPlan): MyLearningPlanResponse => ({
  ...presentLearningPlan(p),
  isServiceUser: p.isServiceUser,
  carePlanGoals: p.carePlanGoals,
});

export const presentAttendedCourse = (a: AttendedCourse): AttendedCourseDto => ({
  courseId: a.course.id,
  title: a.course.title,
  termName: a.course.termName,
  sessions: a.sessions,
  attended: a.attended,
  hasAttended: a.hasAttended,
  hasGivenFeedback: a.hasGivenFeedback,
});

export const presentCourseFeedback = (course: CourseView, s: CourseFeedbackSummary): CourseFeedbackSummaryDto => ({
  courseId: course.id,
  title: course.title,
  termName: course.termName,
  named: s.named.map((n) => ({ ...n, givenAt: n.givenAt.toISOString() })),
  anonymous: s.anonymous,
  anonymousMean: s.anonymousMean,
  anonymousWaiting: s.anonymousWaiting,
});
