import type { AccessBasis } from '../access/person-access-policy';
import { aggregateMean, type AggregateMean } from '../feedback/aggregate-mean';
import { AGGREGATE_MINIMUM_RESPONSES } from '../feedback/feedback-visibility';

/** Bounds on what a student writes in their learning plan and their course feedback. */
export const STUDENT_LIMITS = {
  maxGoals: 20,
  maxGoalLength: 500,
  maxCoursesPerGoal: 10,
  maxFeedbackLength: 1_000,
  ratingMin: 1,
  ratingMax: 5,
} as const;

/**
 * Whether a viewer sees a person's college life. The person always sees their own; the care team
 * sees it only while the person shares it, decided on every request, so withdrawing takes effect on
 * the next one (ADR 0040).
 */
export function isCollegeLifeVisible(basis: AccessBasis, sharesWithCareTeam: boolean): boolean {
  return basis === 'self' || (basis === 'care_team' && sharesWithCareTeam);
}

/**
 * A student attended a course when a trainer marked them present at at least half of its sessions
 * (rounded up), and at least one. A certificate of attendance and course feedback both need it (ADR 0040).
 *
 * @example hasAttended({ sessions: 5, attended: 3 }) // true
 */
export function hasAttended(counts: { sessions: number; attended: number }): boolean {
  return counts.sessions > 0 && counts.attended >= 1 && counts.attended >= Math.ceil(counts.sessions / 2);
}

/** The lines of a care-plan section a learning goal may link to: each non-empty line, as written. */
export function carePlanGoalLines(sectionText: string): string[] {
  return sectionText
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One piece of course feedback, as the service reads it. */
export interface CourseFeedbackEntry {
  rating: number;
  comment: string;
  isAnonymous: boolean;
  studentName: string;
  givenAt: Date;
}

export interface CourseFeedbackSummary {
  /** Feedback the students let the trainers see with their names, newest first. */
  named: { rating: number; comment: string; studentName: string; givenAt: Date }[];
  /** Anonymous comments in whole blocks of three, in an order that says nothing of who or when. */
  anonymous: { rating: number; comment: string }[];
  /** The mean of the anonymous ratings over the same blocks; null until there are three. */
  anonymousMean: AggregateMean | null;
  /** Anonymous answers held back until there are enough to hide among. */
  anonymousWaiting: number;
}

/**
 * What trainers see of a course's feedback. Anonymous answers follow the rule relationship feedback
 * uses for small numbers (aggregate-mean.ts): nothing until there are three, then only whole blocks of
 * three, oldest first, so no answer is ever shown alone or given away by the difference between two
 * views. The block's answers are sorted by their words, not by time, and carry no date.
 */
export function summariseCourseFeedback(entriesOldestFirst: readonly CourseFeedbackEntry[]): CourseFeedbackSummary {
  const named = entriesOldestFirst
    .filter((e) => !e.isAnonymous)
    .map(({ rating, comment, studentName, givenAt }) => ({ rating, comment, studentName, givenAt }))
    .reverse();
  const anonymousAll = entriesOldestFirst.filter((e) => e.isAnonymous);
  const shown = Math.floor(anonymousAll.length / AGGREGATE_MINIMUM_RESPONSES) * AGGREGATE_MINIMUM_RESPONSES;
  const anonymous = anonymousAll
    .slice(0, shown)
    .map(({ rating, comment }) => ({ rating, comment }))
    .sort((a, b) => a.comment.localeCompare(b.comment) || a.rating - b.rating);
  return {
    named,
    anonymous,
    anonymousMean: aggregateMean(anonymousAll.map((e) => e.rating)),
    anonymousWaiting: anonymousAll.length - shown,
  };
}
