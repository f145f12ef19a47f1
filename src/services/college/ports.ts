import type { CourseStatus, EnrolmentStatus, StudentKind, TrainerExperience } from '../../domain/college/college-rules';

export interface TermRecord {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  /** Raised on every change (1 when first added). */
  version: number;
}

export interface TrainerRecord {
  id: string;
  firstName: string;
  lastName: string;
  experience: TrainerExperience;
  accountId: string | null;
  /** Leads the college: runs it as an administrator does (false when left out). */
  isLead?: boolean;
  /** Raised on every change (1 when first added). */
  version: number;
}

export interface CourseRecord {
  id: string;
  termId: string;
  title: string;
  summary: string;
  audience: string;
  accessibility: string;
  designedBy: string;
  capacity: number;
  status: CourseStatus;
  version: number;
}

export interface SessionRecord {
  id: string;
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  isOnline: boolean;
  trainerIds: string[];
  /** One of the college's rooms, when the session is held in one. */
  roomId?: string | null;
}

/** A session with its trainers, as the prospectus and the college show it. */
export interface SessionView extends Omit<SessionRecord, 'trainerIds'> {
  trainers: Pick<TrainerRecord, 'id' | 'firstName' | 'experience'>[];
}

/** A course with its term, sessions in time order, and how many places are held. */
export interface CourseView extends CourseRecord {
  termName: string;
  sessions: SessionView[];
  placesHeld: number;
  waiting: number;
}

export interface StudentRecord {
  id: string;
  accountId: string;
  name: string;
  email: string;
  kind: StudentKind;
}

export interface EnrolmentRecord {
  id: string;
  courseId: string;
  studentId: string;
  status: EnrolmentStatus;
  queuedAt: Date;
  offerExpiresAt: Date | null;
  endedAt: Date | null;
  /** When it was asked for or its status last changed (FHIR meta.lastUpdated, ADR 0047). */
  updatedAt: Date;
}

/** One student on a session's register. */
export interface RegisterLine {
  studentId: string;
  name: string;
  attended: boolean | null;
}

export interface AttendanceMark {
  sessionId: string;
  studentId: string;
  attended: boolean;
  markedByAccountId: string;
  markedAt: Date;
}

export interface CollegeRepository {
  createTerm(term: TermRecord): Promise<void>;
  listTerms(): Promise<TermRecord[]>;
  findTerm(id: string): Promise<TermRecord | null>;
  createTrainer(trainer: TrainerRecord): Promise<void>;
  listTrainers(): Promise<TrainerRecord[]>;
  findTrainers(ids: readonly string[]): Promise<TrainerRecord[]>;
  findTrainerByAccount(accountId: string): Promise<TrainerRecord | null>;
  /** Writes the term if it is still at `expectedVersion`, raising the version; false when someone else changed it first. */
  updateTerm(term: TermRecord, expectedVersion: number): Promise<boolean>;
  /** Writes the trainer if it is still at `expectedVersion`, raising the version; false when someone else changed it first. */
  updateTrainer(trainer: TrainerRecord, expectedVersion: number): Promise<boolean>;
  createCourse(course: CourseRecord): Promise<void>;
  findCourse(id: string): Promise<CourseRecord | null>;
  /**
   * The course, locked until the transaction ends: every change to a course's places takes this
   * first, so two students taking the last place at once are served one after the other.
   */
  lockCourse(id: string): Promise<CourseRecord | null>;
  /** Writes the course if it is still at `expectedVersion`, raising the version; false when someone else changed it first. */
  updateCourse(course: CourseRecord, expectedVersion: number): Promise<boolean>;
  createSession(session: SessionRecord): Promise<void>;
  findSession(id: string): Promise<SessionRecord | null>;
  /** Courses with their sessions and place counts; only published ones when `publishedOnly`. */
  listCourses(options: { publishedOnly: boolean; courseIds?: readonly string[] }): Promise<CourseView[]>;
  /** Sessions a trainer delivers, in time order. */
  listSessionsForTrainer(trainerId: string): Promise<SessionRecord[]>;
  createStudent(student: StudentRecord): Promise<void>;
  findStudentByAccount(accountId: string): Promise<StudentRecord | null>;
  findStudent(id: string): Promise<StudentRecord | null>;
  countStudents(): Promise<number>;
  createEnrolment(enrolment: EnrolmentRecord): Promise<void>;
  findEnrolment(id: string): Promise<EnrolmentRecord | null>;
  findLiveEnrolment(courseId: string, studentId: string): Promise<EnrolmentRecord | null>;
  listEnrolmentsForStudent(studentId: string): Promise<EnrolmentRecord[]>;
  /** Enrolments of a course in these statuses, first queued first. */
  listEnrolmentsForCourse(courseId: string, statuses: readonly EnrolmentStatus[]): Promise<EnrolmentRecord[]>;
  setEnrolmentStatus(
    id: string,
    change: { status: EnrolmentStatus; offerExpiresAt: Date | null; endedAt: Date | null; updatedAt: Date },
  ): Promise<void>;
  /**
   * Marks every enrolment on a course, or on any course of a term, as changed at `at`: the course's
   * title, term or sessions are part of how an enrolment is shared (its FHIR `meta.lastUpdated`, ADR 0047).
   */
  touchEnrolments(on: { courseId: string } | { termId: string }, at: Date): Promise<void>;
  /** Courses with an offer that lapsed before `now`, for the sweep that passes offers on. */
  listCoursesWithLapsedOffers(now: Date): Promise<string[]>;
  listRegister(sessionId: string, courseId: string): Promise<RegisterLine[]>;
  /** Students with a place on the course now. */
  listEnrolledStudents(courseId: string): Promise<StudentRecord[]>;
  /**
   * Claims the sessions of published courses starting between `from` and `until` whose reminders
   * have not been queued, marking them queued at `from`, in one statement: two servers never claim one session.
   */
  claimSessionsForReminders(from: Date, until: Date): Promise<SessionRecord[]>;
  setAttendance(marks: readonly AttendanceMark[]): Promise<void>;
}
