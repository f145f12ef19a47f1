import type { StudentKind, TrainerExperience } from '../../domain/college/college-rules';
import type { CollegeTermDto } from './college.responses';

// Answers for running the Recovery College. Figures name no student: only counts and shares.

export interface CollegeRoomDto {
  id: string;
  name: string;
  address: string;
  capacity: number;
  accessibility: string;
  version: number;
}

export interface RoomsResponse {
  rooms: CollegeRoomDto[];
}

export interface DeliveryTrainerDto {
  trainerId: string;
  firstName: string;
  experience: TrainerExperience;
}

export interface SessionDeliveryResponse {
  planned: DeliveryTrainerDto[];
  others: DeliveryTrainerDto[];
  delivered: DeliveryTrainerDto[];
}

export interface DesignNoteDto {
  id: string;
  kind: 'note' | 'meeting';
  heldOn: string;
  participants: { name: string; hasLivedExperience: boolean }[];
  notes: string;
  createdAt: string;
}

export interface DesignNotesResponse {
  notes: DesignNoteDto[];
}

export interface CourseFiguresDto {
  courseId: string;
  courseTitle: string;
  termId: string;
  termName: string;
  enrolled: number;
  sessionsPlanned: number;
  sessionsMarked: number;
  attendance: number | null;
  completed: number | null;
  completion: number | null;
}

export interface CollegeFiguresResponse {
  terms: CollegeTermDto[];
  termId: string | null;
  courses: CourseFiguresDto[];
  totals: { enrolled: number; attendance: number | null; completion: number | null };
  students: { kind: StudentKind; students: number; share: number | null }[];
  sessions: { delivered: number; coDelivered: number; share: number | null; notMarked: number };
  /** Students' feedback per course: answers, and the mean rating (1–5) once there are three (null before). */
  feedback: { courseId: string; responses: number; meanRating: number | null }[];
}

/** One fidelity self-assessment: seven component ratings 0–2 (red, amber, green) in the instrument's order. */
export interface FidelityAssessmentDto {
  id: string;
  assessedOn: string;
  assessors: string;
  instrumentVersion: string;
  ratings: number[];
  total: number;
  notes: string;
}

export interface FidelityAssessmentsResponse {
  /** The components' labels, in the order of `ratings`. */
  components: string[];
  assessments: FidelityAssessmentDto[];
}
