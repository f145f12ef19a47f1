import { AppError } from '../errors/app-error';

/** One thing wrong with a meeting as sent, located by field, e.g. `actions.1.ownerName`. */
export interface MeetingProblem {
  field: string;
  message: string;
}

/**
 * Throws one 400 listing every problem, so a meeting form can mark all its fields at once and
 * nothing is saved. Does nothing when the list is empty.
 */
export function throwIfMeetingProblems(problems: readonly MeetingProblem[]): void {
  if (problems.length === 0) return;
  const message = problems.map((problem) => problem.message).join(' ');
  throw new AppError('bad_request', message, { fields: problems });
}
