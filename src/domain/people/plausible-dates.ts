/** The oldest age Tandem accepts for a date of birth; no one living is older. */
export const OLDEST_AGE_YEARS = 120;

/**
 * Why a date of birth cannot be right, or null when it can: not in the future, and not more than
 * 120 years ago.
 *
 * @example dateOfBirthProblem('2030-01-01', '2026-06-15') // 'A date of birth cannot be in the future.'
 */
export function dateOfBirthProblem(dateOfBirth: string, today: string): string | null {
  if (dateOfBirth > today) return 'A date of birth cannot be in the future.';
  const oldest = `${String(Number(today.slice(0, 4)) - OLDEST_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
  if (dateOfBirth < oldest) return `A date of birth cannot be more than ${OLDEST_AGE_YEARS} years ago.`;
  return null;
}

/**
 * Why a day cannot belong to the person's time with the service, or null: nothing is recorded
 * before they joined it (or before they were born).
 */
export function beforeJoiningProblem(
  day: string,
  person: { joinedOn: string; dateOfBirth: string | null },
  what: string,
): string | null {
  if (person.dateOfBirth !== null && day < person.dateOfBirth)
    return `${what} cannot be before the person was born (${person.dateOfBirth}).`;
  if (day < person.joinedOn) return `${what} cannot be before the person joined the service (${person.joinedOn}).`;
  return null;
}
