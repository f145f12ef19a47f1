import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import {
  checkLocalIdentifier,
  LOCAL_IDENTIFIER_LABELS,
  type LocalIdentifierScheme,
} from '../../domain/people/local-identifier';
import { dateOfBirthProblem } from '../../domain/people/plausible-dates';
import type { Repositories, ServiceDeps } from '../ports';

/** The service's numbering scheme for people, from configuration. */
export const identifierSchemeOf = (deps: ServiceDeps): LocalIdentifierScheme => deps.localIdentifierScheme;

/**
 * An identifier in its stored form, checked against the scheme and against the other people's
 * (two people never share one); null when none was given.
 */
export async function checkedIdentifier(
  deps: ServiceDeps,
  r: Repositories,
  raw: string | null | undefined,
  personId: string,
): Promise<string | null> {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const scheme = identifierSchemeOf(deps);
  const check = checkLocalIdentifier(scheme, raw);
  if (!check.valid) throw new AppError('bad_request', check.message, { field: 'localIdentifier' });
  const holder = await r.organisation.findPersonByIdentifier(check.value);
  if (holder && holder.id !== personId) {
    throw new AppError(
      'conflict',
      `Another person already has this ${LOCAL_IDENTIFIER_LABELS[scheme]}. Check it, or find that person instead.`,
      {
        field: 'localIdentifier',
      },
    );
  }
  return check.value;
}

/** A date of birth that could be true today, or a clear 400. */
export function checkedDateOfBirth(dateOfBirth: string | null | undefined, now: Date): string | null {
  if (!dateOfBirth) return null;
  const problem = dateOfBirthProblem(dateOfBirth, isoDate(now));
  if (problem) throw new AppError('bad_request', problem, { field: 'dateOfBirth' });
  return dateOfBirth;
}
