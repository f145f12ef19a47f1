import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../../domain/accounts/secret-box';
import { isAppError } from '../../domain/errors/app-error';
import { openTotpSecret, sealTotpSecret } from './totp-secret';

describe('authenticator secrets at rest', () => {
  const deps = { secretBox: createSecretBox(randomBytes(32)) };
  const factor = (accountId: string, secret: string) => ({ accountId, secret, confirmedAt: null, lastUsedStep: null });

  it('opens a secret sealed for its own account only', () => {
    const sealed = sealTotpSecret(deps, 'a', 'JBSWY3DPEHPK3PXP');
    expect(openTotpSecret(deps, factor('a', sealed))).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openTotpSecret(deps, factor('b', sealed))).toThrow(/administrator to remove it/);
  });

  it('says clearly, as a conflict, when the key it was sealed under is gone', () => {
    const sealed = sealTotpSecret({ secretBox: createSecretBox(randomBytes(32)) }, 'a', 'JBSWY3DPEHPK3PXP');
    try {
      openTotpSecret(deps, factor('a', sealed));
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('conflict');
    }
  });

  it('reads a secret stored in clear before sealing began', () => {
    expect(openTotpSecret(deps, factor('a', 'JBSWY3DPEHPK3PXP'))).toBe('JBSWY3DPEHPK3PXP');
  });
});
