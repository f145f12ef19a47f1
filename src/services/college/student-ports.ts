/** A learning goal in the student's words, with the courses that serve it and an optional care-plan link. */
export interface LearningGoalRecord {
  id: string;
  studentId: string;
  text: string;
  courseIds: string[];
  carePlanSectionKey: string | null;
  carePlanGoal: string | null;
  version: number;
  updatedAt: Date;
}

export interface CourseFeedbackRecord {
  id: string;
  courseId: string;
  studentId: string;
  rating: number;
  comment: string;
  isAnonymous: boolean;
  createdAt: Date;
}

/** A session of a course and whether the student was marked present at it. */
export interface SessionAttendance {
  sessionId: string;
  startsAt: Date;
  attended: boolean | null;
}

/** The students' side of the college: learning plans, sharing, attendance per student, feedback. */
export interface CollegeStudentsRepository {
  /** Whether the student shares their college life with their care team (false when never chosen). */
  findSharing(studentId: string): Promise<boolean>;
  setSharing(studentId: string, sharesWithCareTeam: boolean, at: Date): Promise<void>;
  /** The live learning goals of a student, oldest first. */
  listGoals(studentId: string): Promise<LearningGoalRecord[]>;
  findGoal(id: string): Promise<LearningGoalRecord | null>;
  createGoal(goal: LearningGoalRecord): Promise<void>;
  /** Writes the goal if it is still at `expectedVersion`, raising the version; false when it changed (or went) meanwhile. */
  updateGoal(goal: LearningGoalRecord, expectedVersion: number): Promise<boolean>;
  /** Removes the goal if it is still at `expectedVersion`; false otherwise. */
  removeGoal(id: string, expectedVersion: number, at: Date): Promise<boolean>;
  /** The student record of the account a service user signs in with, if that account is a student. */
  findStudentOfPerson(personId: string): Promise<{ id: string; accountId: string } | null>;
  /** Every session of a course in time order, with the student's mark at each. */
  listAttendance(courseId: string, studentId: string): Promise<SessionAttendance[]>;
  createFeedback(feedback: CourseFeedbackRecord): Promise<void>;
  findFeedback(courseId: string, studentId: string): Promise<CourseFeedbackRecord | null>;
  /** A course's feedback with the names of its writers, oldest first. */
  listFeedback(courseId: string): Promise<(CourseFeedbackRecord & { studentName: string })[]>;
}
