import type { ServiceDeps } from '../ports';
import { openTotpSecret, sealTotpSecret } from './totp-secret';

/**
 * Seals under the current key every authenticator secret stored in clear (before sealing began) or
 * under an earlier key (TANDEM_SECRET_KEY_PREVIOUS, or the development key), at start-up. Each is
 * replaced only if unchanged meanwhile, so servers starting together do not undo each other.
 * A secret sealed under a key Tandem no longer has is left alone: that person sets up their app again.
 */
export async function sealStoredSecrets(deps: Pick<ServiceDeps, 'uow' | 'secretBox'>): Promise<{ sealed: number }> {
  const stored = await deps.uow.read((r) => r.secondFactors.listSecrets());
  let sealed = 0;
  for (const factor of stored) {
    if (deps.secretBox.isCurrent(factor.secret)) continue;
    let base32: string;
    try {
      base32 = openTotpSecret(deps, { ...factor, confirmedAt: null, lastUsedStep: null });
    } catch {
      continue;
    }
    const to = sealTotpSecret(deps, factor.accountId, base32);
    if (await deps.uow.run((r) => r.secondFactors.replaceSecret(factor.accountId, factor.secret, to))) sealed++;
  }
  return { sealed };
}
