import type { StudentKind, TrainerExperience } from '../../domain/college/college-rules';

// What running the college needs beyond courses and enrolments: rooms, who delivered each session,
// course design notes and co-production meetings, and the figures.

export interface RoomRecord {
  id: string;
  name: string;
  address: string;
  capacity: number;
  accessibility: string;
  version: number;
}

export const DESIGN_NOTE_KINDS = ['note', 'meeting'] as const;
export type DesignNoteKind = (typeof DESIGN_NOTE_KINDS)[number];

export interface DesignParticipant {
  name: string;
  hasLivedExperience: boolean;
}

export interface DesignNoteRecord {
  id: string;
  courseId: string;
  /** A note on the course's design, or the record of a co-production meeting. */
  kind: DesignNoteKind;
  heldOn: string;
  participants: DesignParticipant[];
  notes: string;
  writtenByAccountId: string;
  createdAt: Date;
}

/** A trainer who delivered a session, as the register shows it. */
export interface DeliveryLine {
  trainerId: string;
  firstName: string;
  experience: TrainerExperience;
}

/** One course's counts for the figures: everything needed to work out its rates. */
export interface CourseFigureRow {
  courseId: string;
  courseTitle: string;
  termId: string;
  termName: string;
  /** Students with a place now (enrolled). */
  enrolled: number;
  /** Sessions whose register has been marked. */
  sessionsMarked: number;
  /** Attendance marks of enrolled students on marked sessions: came, and marked at all. */
  attendedMarks: number;
  possibleMarks: number;
  /** Per enrolled student, how many of the course's sessions they came to. */
  sessionsAttendedByStudent: number[];
  /** All of the course's sessions, held or not. */
  sessionsPlanned: number;
}

export interface SessionDeliveryRow {
  sessionId: string;
  termId: string;
  startsAt: Date;
  /** The experiences of the trainers marked as having delivered it (empty: not marked yet). */
  deliveredBy: TrainerExperience[];
}

export interface CollegeFigureSource {
  courses: CourseFigureRow[];
  /** Distinct enrolled students by kind. */
  studentKinds: { kind: StudentKind; students: number }[];
  sessions: SessionDeliveryRow[];
}

/** One fidelity self-assessment of the college: seven component ratings 0–2, in the instrument's order. */
export interface FidelityAssessmentRecord {
  id: string;
  assessedOn: string;
  assessors: string;
  instrumentVersion: string;
  ratings: number[];
  total: number;
  notes: string;
  recordedByAccountId: string;
}

export interface CollegeAdminRepository {
  createFidelityAssessment(assessment: FidelityAssessmentRecord): Promise<void>;
  /** Every self-assessment, the latest first. */
  listFidelityAssessments(): Promise<FidelityAssessmentRecord[]>;
  createRoom(room: RoomRecord): Promise<void>;
  listRooms(): Promise<RoomRecord[]>;
  findRoom(id: string): Promise<RoomRecord | null>;
  /** Writes the room if it is still at `expectedVersion`, raising the version; false when someone changed it first. */
  updateRoom(room: RoomRecord, expectedVersion: number): Promise<boolean>;
  /** Marks a trainer as leading the college, or not. */
  setTrainerLead(trainerId: string, isLead: boolean): Promise<void>;
  /** Replaces the trainers planned for a session. */
  setSessionTrainers(sessionId: string, trainerIds: readonly string[]): Promise<void>;
  /** Replaces who delivered a session. */
  setDelivery(
    sessionId: string,
    trainerIds: readonly string[],
    markedByAccountId: string,
    markedAt: Date,
  ): Promise<void>;
  listDelivery(sessionId: string): Promise<DeliveryLine[]>;
  createDesignNote(note: DesignNoteRecord): Promise<void>;
  listDesignNotes(courseId: string): Promise<DesignNoteRecord[]>;
  /** The counts behind the college's figures, for one term or all. */
  figureSource(termId: string | null): Promise<CollegeFigureSource>;
}
