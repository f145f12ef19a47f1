import { AppError } from '../../domain/errors/app-error';
import type { ServiceDeps } from '../ports';
import type { SecondFactorRecord } from './ports';

// An authenticator secret is stored sealed under TANDEM_SECRET_KEY, bound to its account (ADR 0048).
const contextOf = (accountId: string) => `second_factor:${accountId}`;

export const sealTotpSecret = (deps: Pick<ServiceDeps, 'secretBox'>, accountId: string, base32: string): string =>
  deps.secretBox.seal(base32, contextOf(accountId));

/**
 * The base32 secret; one stored in clear (before sealing began, until start-up seals it) reads as it
 * is. One sealed under a key Tandem no longer has cannot be checked: a clear 409, not a failure.
 */
export function openTotpSecret(deps: Pick<ServiceDeps, 'secretBox'>, factor: SecondFactorRecord): string {
  if (!deps.secretBox.isSealed(factor.secret)) return factor.secret;
  try {
    return deps.secretBox.open(factor.secret, contextOf(factor.accountId));
  } catch {
    throw new AppError(
      'conflict',
      'Tandem can no longer check codes from this authenticator app. Ask an administrator to remove it, then set it up again.',
    );
  }
}
