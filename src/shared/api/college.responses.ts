import type { CourseStatus, EnrolmentStatus, StudentKind, TrainerExperience } from '../../domain/college/college-rules';

// The Recovery College's answers. Instants are ISO strings; trainers are shown by first name only.

export interface CollegeTrainerDto {
  id: string;
  firstName: string;
  experience: TrainerExperience;
}

export interface CollegeSessionDto {
  id: string;
  startsAt: string;
  endsAt: string;
  place: string;
  isOnline: boolean;
  trainers: CollegeTrainerDto[];
}

export interface CollegeTermDto {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  version: number;
}

/** A course on the public prospectus: nothing about any student but how many places are left. */
export interface ProspectusCourseDto {
  id: string;
  termId: string;
  termName: string;
  title: string;
  summary: string;
  audience: string;
  accessibility: string;
  capacity: number;
  placesLeft: number;
  sessions: CollegeSessionDto[];
}

export interface ProspectusResponse {
  terms: CollegeTermDto[];
  courses: ProspectusCourseDto[];
}

/** A course as the people who run the college see it. */
export interface CollegeCourseDto extends ProspectusCourseDto {
  designedBy: string;
  status: CourseStatus;
  version: number;
  waiting: number;
}

export interface StudentDto {
  id: string;
  name: string;
  email: string;
  kind: StudentKind;
}

export interface EnrolmentDto {
  id: string;
  courseId: string;
  status: EnrolmentStatus;
  queuedAt: string;
  offerExpiresAt: string | null;
}

export interface MyCoursesResponse {
  student: StudentDto;
  enrolments: { enrolment: EnrolmentDto; course: ProspectusCourseDto }[];
}

/** What the signed-in account is in the college. */
export interface CollegeMeResponse {
  student: StudentDto | null;
  trainer: (CollegeTrainerDto & { lastName: string; isLead: boolean }) | null;
}

export interface CollegeSetupResponse {
  terms: CollegeTermDto[];
  trainers: (CollegeTrainerDto & { lastName: string; isLead: boolean; version: number })[];
  courses: CollegeCourseDto[];
}

export interface TrainerSessionDto {
  id: string;
  courseId: string;
  courseTitle: string;
  startsAt: string;
  endsAt: string;
  place: string;
  isOnline: boolean;
}

export interface RegisterResponse {
  session: TrainerSessionDto;
  students: { studentId: string; name: string; attended: boolean | null }[];
}

export {
  STUDENT_KINDS,
  STUDENT_KIND_LABELS,
  TRAINER_EXPERIENCE_LABELS,
  type EnrolmentStatus,
  type StudentKind,
} from '../../domain/college/college-rules';
