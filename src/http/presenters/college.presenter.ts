import type { ProspectusCourse } from '../../services/college/get-prospectus';
import type {
  CourseView,
  EnrolmentRecord,
  SessionView,
  StudentRecord,
  TermRecord,
  TrainerRecord,
} from '../../services/college/ports';
import type { TrainerSession } from '../../services/college/registers';
import type {
  CollegeCourseDto,
  CollegeSessionDto,
  CollegeTermDto,
  EnrolmentDto,
  ProspectusCourseDto,
  StudentDto,
  TrainerSessionDto,
} from '../../shared/api/college.responses';
import { placesLeft } from '../../domain/college/college-rules';

// The Recovery College to the JSON the API promises (shared/api/college.responses.ts).

export const presentTerm = (t: TermRecord): CollegeTermDto => ({
  id: t.id,
  name: t.name,
  startsOn: t.startsOn,
  endsOn: t.endsOn,
  version: t.version,
});

export const presentTrainer = (t: TrainerRecord) => ({
  id: t.id,
  firstName: t.firstName,
  lastName: t.lastName,
  experience: t.experience,
  isLead: t.isLead === true,
  version: t.version,
});

const presentSession = (s: SessionView): CollegeSessionDto => ({
  id: s.id,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  place: s.place,
  isOnline: s.isOnline,
  trainers: s.trainers.map((t) => ({ id: t.id, firstName: t.firstName, experience: t.experience })),
});

export const presentProspectusCourse = (c: ProspectusCourse): ProspectusCourseDto => ({
  id: c.id,
  termId: c.termId,
  termName: c.termName,
  title: c.title,
  summary: c.summary,
  audience: c.audience,
  accessibility: c.accessibility,
  capacity: c.capacity,
  placesLeft: c.placesLeft,
  sessions: c.sessions.map(presentSession),
});

export const presentCourse = (c: CourseView): CollegeCourseDto => ({
  ...presentProspectusCourse({ ...c, placesLeft: placesLeft(c.capacity, c.placesHeld) }),
  designedBy: c.designedBy,
  status: c.status,
  version: c.version,
  waiting: c.waiting,
});

export const presentStudent = (s: StudentRecord): StudentDto => ({
  id: s.id,
  name: s.name,
  email: s.email,
  kind: s.kind,
});

export const presentEnrolment = (e: EnrolmentRecord): EnrolmentDto => ({
  id: e.id,
  courseId: e.courseId,
  status: e.status,
  queuedAt: e.queuedAt.toISOString(),
  offerExpiresAt: e.offerExpiresAt?.toISOString() ?? null,
});

export const presentTrainerSession = (s: TrainerSession): TrainerSessionDto => ({
  id: s.id,
  courseId: s.courseId,
  courseTitle: s.courseTitle,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  place: s.place,
  isOnline: s.isOnline,
});
