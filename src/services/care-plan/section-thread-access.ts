import type { AccessBasis } from '../../domain/access/person-access-policy';
import { AppError } from '../../domain/errors/app-error';

/**
 * A carer the person shares the plan with reads the plan itself; the discussions and proposed
 * changes behind it stay between the person and their care team.
 */
export function refuseCarerDiscussion(basis: AccessBasis): void {
  if (basis === 'carer_consent') {
    throw new AppError('forbidden', 'The discussion about this plan is between the person and their care team.');
  }
}
