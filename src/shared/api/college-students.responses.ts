// What the students' side of the Recovery College answers: learning plans, certificates, feedback.

export interface PlanCourseDto {
  courseId: string;
  title: string;
  termName: string;
  /** The student's place on it: enrolled, waiting or offered; null when the goal names a course they have not joined. */
  status: 'enrolled' | 'waiting' | 'offered' | 'cancelled' | 'lapsed' | null;
  firstStartsAt: string | null;
}

export interface LearningGoalDto {
  id: string;
  text: string;
  version: number;
  updatedAt: string;
  courses: PlanCourseDto[];
  carePlanLink: { sectionKey: string; sectionTitle: string | null; goal: string } | null;
}

export interface CarePlanGoalOptionDto {
  sectionKey: string;
  sectionTitle: string;
  text: string;
}

export interface LearningPlanDto {
  studentName: string;
  sharesWithCareTeam: boolean;
  goals: LearningGoalDto[];
  courses: PlanCourseDto[];
}

export interface MyLearningPlanResponse extends LearningPlanDto {
  isServiceUser: boolean;
  carePlanGoals: CarePlanGoalOptionDto[];
}

/** A person's college life on their record: null when they do not share it (or are not a student). */
export interface SharedCollegeLifeResponse {
  learningPlan: LearningPlanDto | null;
}

/** A course the student took, with their attendance and what they can do next. */
export interface AttendedCourseDto {
  courseId: string;
  title: string;
  termName: string;
  sessions: number;
  attended: number;
  hasAttended: boolean;
  hasGivenFeedback: boolean;
}

export interface CourseFeedbackSummaryDto {
  courseId: string;
  title: string;
  termName: string;
  named: { rating: number; comment: string; studentName: string; givenAt: string }[];
  anonymous: { rating: number; comment: string }[];
  anonymousMean: { mean: number; count: number } | null;
  anonymousWaiting: number;
}

export interface CourseFeedbackListResponse {
  courses: { courseId: string; title: string; termName: string; responses: number }[];
}
