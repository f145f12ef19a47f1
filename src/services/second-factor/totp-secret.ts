import type { ServiceDeps } from '../ports';
import type { SecondFactorRecord } from './ports';

// An authenticator secret is stored sealed under TANDEM_SECRET_KEY, bound to its account (ADR 0048).
const contextOf = (accountId: string) => `second_factor:${accountId}`;

export const sealTotpSecret = (deps: Pick<ServiceDeps, 'secretBox'>, accountId: string, base32: string): string =>
  deps.secretBox.seal(base32, contextOf(accountId));

/** The base32 secret; one stored in clear (before sealing began, until start-up seals it) reads as it is. */
export const openTotpSecret = (deps: Pick<ServiceDeps, 'secretBox'>, factor: SecondFactorRecord): string =>
  deps.secretBox.isSealed(factor.secret)
    ? deps.secretBox.open(factor.secret, contextOf(factor.accountId))
    : factor.secret;
