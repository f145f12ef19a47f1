import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { beforeJoiningProblem } from '../../domain/people/plausible-dates';
import type { PersonRecord } from '../organisation/ports';

/** A day of the person's IPS record: not in the future, not before they joined the service. */
export function checkIpsDay(day: string, now: Date, field: string, what: string, person?: PersonRecord): void {
  if (day > isoDate(now)) throw new AppError('bad_request', `${what} cannot be in the future.`, { field });
  const early = person ? beforeJoiningProblem(day, person, what) : null;
  if (early) throw new AppError('bad_request', early, { field });
}
