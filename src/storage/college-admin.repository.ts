import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { StudentKind, TrainerExperience } from '../domain/college/college-rules';
import type {
  CollegeAdminRepository,
  CourseFigureRow,
  DesignNoteKind,
  FidelityAssessmentRecord,
  RoomRecord,
} from '../services/college/college-admin-ports';
import type { Database } from './database';
import { rawRows } from './raw-rows';
import {
  collegeDesignNote,
  collegeFidelityAssessment,
  collegeRoom,
  collegeSessionDelivery,
} from './schema/college-admin.schema';
import { collegeSessionTrainer, collegeTrainer } from './schema/college.schema';

const roomColumns = {
  id: collegeRoom.id,
  name: collegeRoom.name,
  address: collegeRoom.address,
  capacity: collegeRoom.capacity,
  accessibility: collegeRoom.accessibility,
  version: collegeRoom.version,
};

/** Running the college: rooms, who delivered each session, design notes, and the counts behind its figures. */
export function createCollegeAdminRepository(db: Database): CollegeAdminRepository {
  return {
    createFidelityAssessment: async (assessment) => {
      await db.insert(collegeFidelityAssessment).values(assessment);
    },
    listFidelityAssessments: (): Promise<FidelityAssessmentRecord[]> =>
      db
        .select({
          id: collegeFidelityAssessment.id,
          assessedOn: collegeFidelityAssessment.assessedOn,
          assessors: collegeFidelityAssessment.assessors,
          instrumentVersion: collegeFidelityAssessment.instrumentVersion,
          ratings: collegeFidelityAssessment.ratings,
          total: collegeFidelityAssessment.total,
          notes: collegeFidelityAssessment.notes,
          recordedByAccountId: collegeFidelityAssessment.recordedByAccountId,
        })
        .from(collegeFidelityAssessment)
        .orderBy(desc(collegeFidelityAssessment.assessedOn), desc(collegeFidelityAssessment.createdAt)),
    createRoom: async (room) => {
      await db.insert(collegeRoom).values(room);
    },
    listRooms: () => db.select(roomColumns).from(collegeRoom).orderBy(asc(collegeRoom.name), asc(collegeRoom.id)),
    findRoom: async (id): Promise<RoomRecord | null> =>
      (await db.select(roomColumns).from(collegeRoom).where(eq(collegeRoom.id, id)))[0] ?? null,
    updateRoom: async ({ id, version: _version, ...fields }, expectedVersion) => {
      const rows = await db
        .update(collegeRoom)
        .set({ ...fields, version: expectedVersion + 1 })
        .where(and(eq(collegeRoom.id, id), eq(collegeRoom.version, expectedVersion)))
        .returning({ id: collegeRoom.id });
      return rows.length === 1;
    },
    setTrainerLead: async (trainerId, isLead) => {
      await db.update(collegeTrainer).set({ isLead }).where(eq(collegeTrainer.id, trainerId));
    },
    setSessionTrainers: async (sessionId, trainerIds) => {
      await db.delete(collegeSessionTrainer).where(eq(collegeSessionTrainer.sessionId, sessionId));
      if (trainerIds.length === 0) return;
      await db.insert(collegeSessionTrainer).values(trainerIds.map((trainerId) => ({ sessionId, trainerId })));
    },
    setDelivery: async (sessionId, trainerIds, markedByAccountId, markedAt) => {
      await db.delete(collegeSessionDelivery).where(eq(collegeSessionDelivery.sessionId, sessionId));
      if (trainerIds.length === 0) return;
      await db
        .insert(collegeSessionDelivery)
        .values(trainerIds.map((trainerId) => ({ sessionId, trainerId, markedByAccountId, markedAt })));
    },
    listDelivery: async (sessionId) => {
      const rows = await db
        .select({
          trainerId: collegeSessionDelivery.trainerId,
          firstName: collegeTrainer.firstName,
          experience: collegeTrainer.experience,
        })
        .from(collegeSessionDelivery)
        .innerJoin(collegeTrainer, eq(collegeTrainer.id, collegeSessionDelivery.trainerId))
        .where(eq(collegeSessionDelivery.sessionId, sessionId))
        .orderBy(asc(collegeTrainer.experience), asc(collegeTrainer.firstName));
      return rows.map((row) => ({ ...row, experience: row.experience as TrainerExperience }));
    },
    createDesignNote: async (note) => {
      await db.insert(collegeDesignNote).values(note);
    },
    listDesignNotes: async (courseId) => {
      const rows = await db
        .select({
          id: collegeDesignNote.id,
          courseId: collegeDesignNote.courseId,
          kind: collegeDesignNote.kind,
          heldOn: collegeDesignNote.heldOn,
          participants: collegeDesignNote.participants,
          notes: collegeDesignNote.notes,
          writtenByAccountId: collegeDesignNote.writtenByAccountId,
          createdAt: collegeDesignNote.createdAt,
        })
        .from(collegeDesignNote)
        .where(eq(collegeDesignNote.courseId, courseId))
        .orderBy(asc(collegeDesignNote.heldOn), asc(collegeDesignNote.createdAt));
      return rows.map((row) => ({ ...row, kind: row.kind as DesignNoteKind }));
    },
    figureSource: async (termId) => {
      const inTerm = termId === null ? sql`true` : sql`c.term_id = ${termId}`;
      const courses = await rawRows<{
        course_id: string;
        course_title: string;
        term_id: string;
        term_name: string;
        sessions_planned: number | string;
        sessions_marked: number | string;
      }>(
        db,
        sql`select c.id as course_id, c.title as course_title, t.id as term_id, t.name as term_name,
              (select count(*)::int from college_session s where s.course_id = c.id) as sessions_planned,
              (select count(distinct a.session_id)::int from college_attendance a
                 join college_session s on s.id = a.session_id where s.course_id = c.id) as sessions_marked
            from college_course c join college_term t on t.id = c.term_id
            where c.status = 'published' and ${inTerm}
            order by t.starts_on, c.title, c.id`,
      );
      const students = await rawRows<{ course_id: string; attended: number | string }>(
        db,
        sql`select e.course_id, count(a.student_id) filter (where a.attended)::int as attended
            from college_enrolment e
            join college_course c on c.id = e.course_id
            left join college_session s on s.course_id = e.course_id
            left join college_attendance a on a.session_id = s.id and a.student_id = e.student_id
            where e.status = 'enrolled' and c.status = 'published' and ${inTerm}
            group by e.course_id, e.student_id`,
      );
      const kinds = await rawRows<{ kind: string; students: number | string }>(
        db,
        sql`select st.kind, count(distinct st.id)::int as students
            from college_enrolment e
            join college_course c on c.id = e.course_id
            join college_student st on st.id = e.student_id
            where e.status = 'enrolled' and c.status = 'published' and ${inTerm}
            group by st.kind order by st.kind`,
      );
      const sessions = await rawRows<{
        session_id: string;
        term_id: string;
        starts_at: Date | string;
        delivered_by: string;
      }>(
        db,
        sql`select s.id as session_id, c.term_id, s.starts_at,
              coalesce(string_agg(tr.experience, ',' order by tr.experience), '') as delivered_by
            from college_session s
            join college_course c on c.id = s.course_id
            left join college_session_delivery d on d.session_id = s.id
            left join college_trainer tr on tr.id = d.trainer_id
            where c.status = 'published' and ${inTerm}
            group by s.id, c.term_id, s.starts_at
            order by s.starts_at, s.id`,
      );
      return {
        courses: courses.map((row): CourseFigureRow => {
          const attendedByStudent = students
            .filter((s) => s.course_id === row.course_id)
            .map((s) => Number(s.attended));
          const sessionsMarked = Number(row.sessions_marked);
          return {
            courseId: row.course_id,
            courseTitle: row.course_title,
            termId: row.term_id,
            termName: row.term_name,
            enrolled: attendedByStudent.length,
            sessionsMarked,
            attendedMarks: attendedByStudent.reduce((sum, n) => sum + n, 0),
            possibleMarks: attendedByStudent.length * sessionsMarked,
            sessionsAttendedByStudent: attendedByStudent,
            sessionsPlanned: Number(row.sessions_planned),
          };
        }),
        studentKinds: kinds.map((row) => ({ kind: row.kind as StudentKind, students: Number(row.students) })),
        sessions: sessions.map((row) => ({
          sessionId: row.session_id,
          termId: row.term_id,
          startsAt: new Date(row.starts_at),
          deliveredBy: row.delivered_by === '' ? [] : (row.delivered_by.split(',') as TrainerExperience[]),
        })),
      };
    },
  };
}
