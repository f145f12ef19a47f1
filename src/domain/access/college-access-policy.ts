import type { Actor } from '../accounts/actor';

/**
 * What an actor wants to do in the Recovery College. Reading the prospectus needs no account at all,
 * so it is not here.
 */
export type CollegeAction =
  | 'manage_courses' // terms, courses, sessions, trainers, publishing
  | 'study' // enrol, cancel, accept or decline an offer, read one's own courses
  | 'read_register' // a session's register: the names of the students enrolled
  | 'mark_attendance'
  | 'read_college_figures'
  | 'read_course_feedback'; // what students said of a course: its trainers and administrators

/** Facts about the actor, loaded by the service before deciding. */
export interface CollegeAccessFacts {
  /** The actor's own student record, if they registered as a student. */
  studentId: string | null;
  /** The trainer the actor's account signs in as, if any. */
  trainerId: string | null;
  /** The actor is one of the trainers of the session in question (register and attendance only). */
  isTrainerOfSession: boolean;
  /** The actor's trainer record is marked as a college lead: they run the college as an administrator does. */
  isCollegeLead?: boolean;
}

export type CollegeAccessDecision = { allowed: true } | { allowed: false; reason: string };

const allow: CollegeAccessDecision = { allowed: true };
const deny = (reason: string): CollegeAccessDecision => ({ allowed: false, reason });

/**
 * Decides whether an actor may take an action in the Recovery College. Anyone with a student record
 * studies, whatever their account's role: a service user, a carer or a worker can be a student too.
 * Administrators and the college's leads (trainers marked as leading it, usually its Recovery College
 * tutor) run the college; a trainer sees the registers of their own sessions only, and marks there who
 * came and who delivered. Managers, administrators and leads see the college's figures, which name no
 * student.
 */
export function decideCollegeAccess(
  actor: Actor,
  action: CollegeAction,
  facts: CollegeAccessFacts,
): CollegeAccessDecision {
  switch (action) {
    case 'study':
      return facts.studentId ? allow : deny('Sign up as a student of the Recovery College first.');
    case 'manage_courses':
      return actor.role === 'admin' || isLead(facts)
        ? allow
        : deny('Only the college’s leads and administrators run the college.');
    case 'read_register':
    case 'mark_attendance':
      return actor.role === 'admin' || (facts.trainerId !== null && facts.isTrainerOfSession)
        ? allow
        : deny('Only the trainers of this session see its register.');
    case 'read_college_figures':
      return actor.role === 'admin' || actor.role === 'team_manager' || isLead(facts)
        ? allow
        : deny('Only managers and administrators see the college’s figures.');
    case 'read_course_feedback':
      return actor.role === 'admin' || (facts.trainerId !== null && facts.isTrainerOfSession)
        ? allow
        : deny('Only the trainers of this course and the college’s administrators see its feedback.');
  }
}

const isLead = (facts: CollegeAccessFacts): boolean => facts.trainerId !== null && facts.isCollegeLead === true;
