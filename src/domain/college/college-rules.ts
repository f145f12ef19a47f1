/**
 * Recovery College rules. Courses are co-produced and co-delivered by a peer trainer (lived
 * experience) and a practitioner trainer (professional experience): Perkins et al., "Recovery
 * Colleges 10 years on" (2018), and the Recovery College fidelity measure (Toney et al., 2019).
 */

export const TRAINER_EXPERIENCES = ['peer', 'practitioner'] as const;
export type TrainerExperience = (typeof TRAINER_EXPERIENCES)[number];

export const TRAINER_EXPERIENCE_LABELS: Record<TrainerExperience, string> = {
  peer: 'Lived experience',
  practitioner: 'Professional experience',
};

/** How a student describes themselves, for the college's figures only. */
export const STUDENT_KINDS = ['service_user', 'carer', 'staff', 'other'] as const;
export type StudentKind = (typeof STUDENT_KINDS)[number];

export const STUDENT_KIND_LABELS: Record<StudentKind, string> = {
  service_user: 'Someone who uses mental health services',
  carer: 'A carer, family member or friend',
  staff: 'Someone who works in mental health services',
  other: 'Anyone else',
};

export const COURSE_STATUSES = ['draft', 'published'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** enrolled and offered hold a place; waiting queues for one; cancelled and lapsed are history. */
export const ENROLMENT_STATUSES = ['enrolled', 'waiting', 'offered', 'cancelled', 'lapsed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const LIVE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['enrolled', 'waiting', 'offered'];
export const PLACE_HOLDING_STATUSES: readonly EnrolmentStatus[] = ['enrolled', 'offered'];

export const COLLEGE_LIMITS = {
  /** A freed place offered to the next student waits this long for an answer before it passes on. */
  offerHours: 48,
  maxCapacity: 200,
  maxTitleLength: 120,
  maxTextLength: 2_000,
  maxSessionHours: 8,
} as const;

/** What publishing needs to know of one session. */
export interface SessionForPublishing {
  startsAt: Date;
  trainerExperiences: readonly TrainerExperience[];
}

/**
 * Why a course cannot be published, in words for the person trying, or null when it can: it needs
 * who designed it, at least one session, and a peer and a practitioner trainer on every session.
 */
export function publishProblem(
  course: { designedBy: string },
  sessions: readonly SessionForPublishing[],
): string | null {
  if (course.designedBy.trim() === '') return 'Say who designed this course before publishing it.';
  if (sessions.length === 0) return 'Add at least one session before publishing this course.';
  const missing = sessions.filter(
    (s) => !s.trainerExperiences.includes('peer') || !s.trainerExperiences.includes('practitioner'),
  );
  if (missing.length === 0) return null;
  const count = missing.length === 1 ? 'One session has' : `${missing.length} sessions have`;
  return `${count} no peer trainer and practitioner trainer together. Every session of a Recovery College course is delivered by both, someone with lived experience and someone with professional experience, so this course cannot be published yet.`;
}

/** Whether a session is delivered by both kinds of trainer. */
export const isCoDelivered = (experiences: readonly TrainerExperience[]): boolean =>
  experiences.includes('peer') && experiences.includes('practitioner');

/** Places still free on a course. Never below zero, even if capacity was lowered under enrolments. */
export const placesLeft = (capacity: number, placesHeld: number): number => Math.max(0, capacity - placesHeld);

/** When an offer made at `offeredAt` passes on to the next student. */
export const offerExpiry = (offeredAt: Date): Date =>
  new Date(offeredAt.getTime() + COLLEGE_LIMITS.offerHours * 3_600_000);

// An opening or closing tag, comment or doctype: "<b>", "</p>", "<!--", "<img src=…>". A lone "<" in
// "3 < 4" or "<3" is ordinary writing and passes.
const HTML_TAG = /<\s*(\/?[a-z][a-z0-9-]*(\s|>|\/)|!)/i;

/** Whether text contains HTML markup, which course text refuses: it is shown as written, never as markup. */
export const containsHtml = (value: string): boolean => HTML_TAG.test(value);
