import { and, asc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import {
  PLACE_HOLDING_STATUSES,
  type CourseStatus,
  type EnrolmentStatus,
  type StudentKind,
  type TrainerExperience,
} from '../domain/college/college-rules';
import type {
  CollegeRepository,
  CourseRecord,
  CourseView,
  EnrolmentRecord,
  StudentRecord,
  TrainerRecord,
} from '../services/college/ports';
import type { Database } from './database';
import { rawRows } from './raw-rows';
import {
  collegeAttendance,
  collegeCourse,
  collegeEnrolment,
  collegeSession,
  collegeSessionTrainer,
  collegeStudent,
  collegeTerm,
  collegeTrainer,
} from './schema/college.schema';

const courseColumns = {
  id: collegeCourse.id,
  termId: collegeCourse.termId,
  title: collegeCourse.title,
  summary: collegeCourse.summary,
  audience: collegeCourse.audience,
  accessibility: collegeCourse.accessibility,
  designedBy: collegeCourse.designedBy,
  capacity: collegeCourse.capacity,
  status: collegeCourse.status,
  version: collegeCourse.version,
};

const asCourse = (row: Omit<CourseRecord, 'status'> & { status: string }): CourseRecord => ({
  ...row,
  status: row.status as CourseStatus,
});

const asTrainer = (row: Omit<TrainerRecord, 'experience'> & { experience: string }): TrainerRecord => ({
  ...row,
  experience: row.experience as TrainerExperience,
});

const enrolmentColumns = {
  id: collegeEnrolment.id,
  courseId: collegeEnrolment.courseId,
  studentId: collegeEnrolment.studentId,
  status: collegeEnrolment.status,
  queuedAt: collegeEnrolment.queuedAt,
  offerExpiresAt: collegeEnrolment.offerExpiresAt,
  endedAt: collegeEnrolment.endedAt,
  updatedAt: collegeEnrolment.updatedAt,
};

const asEnrolment = (row: Omit<EnrolmentRecord, 'status'> & { status: string }): EnrolmentRecord => ({
  ...row,
  status: row.status as EnrolmentStatus,
});

const studentColumns = {
  id: collegeStudent.id,
  accountId: collegeStudent.accountId,
  name: collegeStudent.name,
  email: collegeStudent.email,
  kind: collegeStudent.kind,
};

const asStudent = (row: Omit<StudentRecord, 'kind'> & { kind: string }): StudentRecord => ({
  ...row,
  kind: row.kind as StudentKind,
});

/** The Recovery College: terms, trainers, courses, sessions, students, enrolments and attendance. */
export function createCollegeRepository(db: Database): CollegeRepository {
  const sessionsOf = async (courseIds: readonly string[]) => {
    if (courseIds.length === 0) return [];
    const sessions = await db
      .select()
      .from(collegeSession)
      .where(inArray(collegeSession.courseId, [...courseIds]))
      .orderBy(asc(collegeSession.startsAt), asc(collegeSession.id));
    if (sessions.length === 0) return [];
    const trainers = await db
      .select({
        sessionId: collegeSessionTrainer.sessionId,
        id: collegeTrainer.id,
        firstName: collegeTrainer.firstName,
        experience: collegeTrainer.experience,
      })
      .from(collegeSessionTrainer)
      .innerJoin(collegeTrainer, eq(collegeTrainer.id, collegeSessionTrainer.trainerId))
      .where(
        inArray(
          collegeSessionTrainer.sessionId,
          sessions.map((s) => s.id),
        ),
      )
      .orderBy(asc(collegeTrainer.experience), asc(collegeTrainer.firstName));
    return sessions.map((s) => ({
      id: s.id,
      courseId: s.courseId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place,
      isOnline: s.isOnline,
      trainers: trainers
        .filter((t) => t.sessionId === s.id)
        .map((t) => ({ id: t.id, firstName: t.firstName, experience: t.experience as TrainerExperience })),
    }));
  };

  return {
    createTerm: async (term) => {
      await db.insert(collegeTerm).values(term);
    },
    listTerms: () =>
      db
        .select({
          id: collegeTerm.id,
          name: collegeTerm.name,
          startsOn: collegeTerm.startsOn,
          endsOn: collegeTerm.endsOn,
          version: collegeTerm.version,
        })
        .from(collegeTerm)
        .orderBy(asc(collegeTerm.startsOn)),
    findTerm: async (id) =>
      (
        await db
          .select({
            id: collegeTerm.id,
            name: collegeTerm.name,
            startsOn: collegeTerm.startsOn,
            endsOn: collegeTerm.endsOn,
            version: collegeTerm.version,
          })
          .from(collegeTerm)
          .where(eq(collegeTerm.id, id))
      )[0] ?? null,
    updateTerm: async ({ id, version: _version, ...fields }, expectedVersion) => {
      const rows = await db
        .update(collegeTerm)
        .set({ ...fields, version: expectedVersion + 1 })
        .where(and(eq(collegeTerm.id, id), eq(collegeTerm.version, expectedVersion)))
        .returning({ id: collegeTerm.id });
      return rows.length === 1;
    },
    updateTrainer: async ({ id, version: _version, ...fields }, expectedVersion) => {
      const rows = await db
        .update(collegeTrainer)
        .set({ ...fields, version: expectedVersion + 1 })
        .where(and(eq(collegeTrainer.id, id), eq(collegeTrainer.version, expectedVersion)))
        .returning({ id: collegeTrainer.id });
      return rows.length === 1;
    },
    createTrainer: async (trainer) => {
      await db.insert(collegeTrainer).values(trainer);
    },
    listTrainers: async () => {
      const rows = await db
        .select({
          id: collegeTrainer.id,
          firstName: collegeTrainer.firstName,
          lastName: collegeTrainer.lastName,
          experience: collegeTrainer.experience,
          accountId: collegeTrainer.accountId,
          isLead: collegeTrainer.isLead,
          version: collegeTrainer.version,
        })
        .from(collegeTrainer)
        .orderBy(asc(collegeTrainer.firstName), asc(collegeTrainer.lastName));
      return rows.map(asTrainer);
    },
    findTrainers: async (ids) => {
      if (ids.length === 0) return [];
      const rows = await db
        .select({
          id: collegeTrainer.id,
          firstName: collegeTrainer.firstName,
          lastName: collegeTrainer.lastName,
          experience: collegeTrainer.experience,
          accountId: collegeTrainer.accountId,
          isLead: collegeTrainer.isLead,
          version: collegeTrainer.version,
        })
        .from(collegeTrainer)
        .where(inArray(collegeTrainer.id, [...ids]));
      return rows.map(asTrainer);
    },
    findTrainerByAccount: async (accountId) => {
      const [row] = await db
        .select({
          id: collegeTrainer.id,
          firstName: collegeTrainer.firstName,
          lastName: collegeTrainer.lastName,
          experience: collegeTrainer.experience,
          accountId: collegeTrainer.accountId,
          isLead: collegeTrainer.isLead,
          version: collegeTrainer.version,
        })
        .from(collegeTrainer)
        .where(eq(collegeTrainer.accountId, accountId));
      return row ? asTrainer(row) : null;
    },
    createCourse: async (course) => {
      await db.insert(collegeCourse).values(course);
    },
    findCourse: async (id) => {
      const [row] = await db.select(courseColumns).from(collegeCourse).where(eq(collegeCourse.id, id));
      return row ? asCourse(row) : null;
    },
    lockCourse: async (id) => {
      const [row] = await db.select(courseColumns).from(collegeCourse).where(eq(collegeCourse.id, id)).for('update');
      return row ? asCourse(row) : null;
    },
    updateCourse: async (course, expectedVersion) => {
      const { id, version: _version, ...fields } = course;
      const updated = await db
        .update(collegeCourse)
        .set({ ...fields, version: expectedVersion + 1 })
        .where(and(eq(collegeCourse.id, id), eq(collegeCourse.version, expectedVersion)))
        .returning({ id: collegeCourse.id });
      return updated.length === 1;
    },
    createSession: async ({ trainerIds, ...session }) => {
      await db.insert(collegeSession).values(session);
      if (trainerIds.length > 0) {
        await db
          .insert(collegeSessionTrainer)
          .values(trainerIds.map((trainerId) => ({ sessionId: session.id, trainerId })));
      }
    },
    findSession: async (id) => {
      const [row] = await db.select().from(collegeSession).where(eq(collegeSession.id, id));
      if (!row) return null;
      const trainers = await db
        .select({ trainerId: collegeSessionTrainer.trainerId })
        .from(collegeSessionTrainer)
        .where(eq(collegeSessionTrainer.sessionId, id));
      return {
        id: row.id,
        courseId: row.courseId,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        place: row.place,
        isOnline: row.isOnline,
        trainerIds: trainers.map((t) => t.trainerId),
      };
    },
    listCourses: async ({ publishedOnly, courseIds }) => {
      const conditions = [
        publishedOnly ? eq(collegeCourse.status, 'published') : undefined,
        courseIds ? inArray(collegeCourse.id, [...courseIds]) : undefined,
      ];
      if (courseIds && courseIds.length === 0) return [];
      const rows = await db
        .select({ ...courseColumns, termName: collegeTerm.name, termStartsOn: collegeTerm.startsOn })
        .from(collegeCourse)
        .innerJoin(collegeTerm, eq(collegeTerm.id, collegeCourse.termId))
        .where(and(...conditions))
        .orderBy(asc(collegeTerm.startsOn), asc(collegeCourse.title), asc(collegeCourse.id));
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      const sessions = await sessionsOf(ids);
      const counts = await db
        .select({
          courseId: collegeEnrolment.courseId,
          held: sql<number>`count(*) filter (where ${inArray(collegeEnrolment.status, [...PLACE_HOLDING_STATUSES])})::int`,
          waiting: sql<number>`count(*) filter (where ${collegeEnrolment.status} = 'waiting')::int`,
        })
        .from(collegeEnrolment)
        .where(inArray(collegeEnrolment.courseId, ids))
        .groupBy(collegeEnrolment.courseId);
      return rows.map(({ termStartsOn: _startsOn, ...row }): CourseView => {
        const count = counts.find((c) => c.courseId === row.id);
        return {
          ...asCourse(row),
          termName: row.termName,
          sessions: sessions.filter((s) => s.courseId === row.id),
          placesHeld: Number(count?.held ?? 0),
          waiting: Number(count?.waiting ?? 0),
        };
      });
    },
    listSessionsForTrainer: async (trainerId) => {
      const rows = await db
        .select({
          id: collegeSession.id,
          courseId: collegeSession.courseId,
          startsAt: collegeSession.startsAt,
          endsAt: collegeSession.endsAt,
          place: collegeSession.place,
          isOnline: collegeSession.isOnline,
        })
        .from(collegeSessionTrainer)
        .innerJoin(collegeSession, eq(collegeSession.id, collegeSessionTrainer.sessionId))
        .where(eq(collegeSessionTrainer.trainerId, trainerId))
        .orderBy(asc(collegeSession.startsAt));
      return rows.map((row) => ({ ...row, trainerIds: [trainerId] }));
    },
    createStudent: async (student) => {
      await db.insert(collegeStudent).values(student);
    },
    findStudentByAccount: async (accountId) => {
      const [row] = await db.select(studentColumns).from(collegeStudent).where(eq(collegeStudent.accountId, accountId));
      return row ? asStudent(row) : null;
    },
    findStudent: async (id) => {
      const [row] = await db.select(studentColumns).from(collegeStudent).where(eq(collegeStudent.id, id));
      return row ? asStudent(row) : null;
    },
    countStudents: async () => {
      const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(collegeStudent);
      return Number(row?.count ?? 0);
    },
    createEnrolment: async (enrolment) => {
      await db.insert(collegeEnrolment).values(enrolment);
    },
    findEnrolment: async (id) => {
      const [row] = await db.select(enrolmentColumns).from(collegeEnrolment).where(eq(collegeEnrolment.id, id));
      return row ? asEnrolment(row) : null;
    },
    findLiveEnrolment: async (courseId, studentId) => {
      const [row] = await db
        .select(enrolmentColumns)
        .from(collegeEnrolment)
        .where(
          and(
            eq(collegeEnrolment.courseId, courseId),
            eq(collegeEnrolment.studentId, studentId),
            inArray(collegeEnrolment.status, ['enrolled', 'waiting', 'offered']),
          ),
        );
      return row ? asEnrolment(row) : null;
    },
    listEnrolmentsForStudent: async (studentId) => {
      const rows = await db
        .select(enrolmentColumns)
        .from(collegeEnrolment)
        .where(eq(collegeEnrolment.studentId, studentId))
        .orderBy(asc(collegeEnrolment.queuedAt));
      return rows.map(asEnrolment);
    },
    listEnrolmentsForCourse: async (courseId, statuses) => {
      const rows = await db
        .select(enrolmentColumns)
        .from(collegeEnrolment)
        .where(and(eq(collegeEnrolment.courseId, courseId), inArray(collegeEnrolment.status, [...statuses])))
        .orderBy(asc(collegeEnrolment.queuedAt), asc(collegeEnrolment.id));
      return rows.map(asEnrolment);
    },
    setEnrolmentStatus: async (id, change) => {
      await db.update(collegeEnrolment).set(change).where(eq(collegeEnrolment.id, id));
    },
    touchEnrolments: async (on, at) => {
      const courses =
        'courseId' in on
          ? eq(collegeEnrolment.courseId, on.courseId)
          : inArray(
              collegeEnrolment.courseId,
              db.select({ id: collegeCourse.id }).from(collegeCourse).where(eq(collegeCourse.termId, on.termId)),
            );
      await db.update(collegeEnrolment).set({ updatedAt: at }).where(courses);
    },
    listCoursesWithLapsedOffers: async (now) => {
      const rows = await db
        .selectDistinct({ courseId: collegeEnrolment.courseId })
        .from(collegeEnrolment)
        .where(
          and(
            eq(collegeEnrolment.status, 'offered'),
            isNotNull(collegeEnrolment.offerExpiresAt),
            lt(collegeEnrolment.offerExpiresAt, now),
          ),
        );
      return rows.map((r) => r.courseId);
    },
    listRegister: async (sessionId, courseId) => {
      const rows = await db
        .select({
          studentId: collegeStudent.id,
          name: collegeStudent.name,
          attended: collegeAttendance.attended,
        })
        .from(collegeEnrolment)
        .innerJoin(collegeStudent, eq(collegeStudent.id, collegeEnrolment.studentId))
        .leftJoin(
          collegeAttendance,
          and(eq(collegeAttendance.sessionId, sessionId), eq(collegeAttendance.studentId, collegeStudent.id)),
        )
        .where(and(eq(collegeEnrolment.courseId, courseId), eq(collegeEnrolment.status, 'enrolled')))
        .orderBy(asc(collegeStudent.name), asc(collegeStudent.id));
      return rows.map((r) => ({ ...r, attended: r.attended ?? null }));
    },
    listEnrolledStudents: async (courseId) => {
      const rows = await db
        .select(studentColumns)
        .from(collegeEnrolment)
        .innerJoin(collegeStudent, eq(collegeStudent.id, collegeEnrolment.studentId))
        .where(and(eq(collegeEnrolment.courseId, courseId), eq(collegeEnrolment.status, 'enrolled')))
        .orderBy(asc(collegeStudent.id));
      return rows.map(asStudent);
    },
    claimSessionsForReminders: async (from, until) => {
      const rows = await rawRows<{
        id: string;
        course_id: string;
        starts_at: Date | string;
        ends_at: Date | string;
        place: string;
        is_online: boolean;
      }>(
        db,
        sql`update college_session s set reminder_queued_at = ${from.toISOString()}::timestamptz
          from college_course c
          where c.id = s.course_id and c.status = 'published' and s.reminder_queued_at is null
            and s.starts_at > ${from.toISOString()}::timestamptz and s.starts_at <= ${until.toISOString()}::timestamptz
          returning s.id, s.course_id, s.starts_at, s.ends_at, s.place, s.is_online`,
      );
      return rows.map((r) => ({
        id: r.id,
        courseId: r.course_id,
        startsAt: new Date(r.starts_at),
        endsAt: new Date(r.ends_at),
        place: r.place,
        isOnline: r.is_online,
        trainerIds: [],
      }));
    },
    setAttendance: async (marks) => {
      if (marks.length === 0) return;
      await db
        .insert(collegeAttendance)
        .values([...marks])
        .onConflictDoUpdate({
          target: [collegeAttendance.sessionId, collegeAttendance.studentId],
          set: {
            attended: sql`excluded.attended`,
            markedByAccountId: sql`excluded.marked_by_account_id`,
            markedAt: sql`excluded.marked_at`,
          },
        });
    },
  };
}
