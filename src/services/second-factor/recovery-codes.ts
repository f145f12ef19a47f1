import { createHash, randomBytes } from 'node:crypto';
import { toBase32 } from '../../domain/accounts/totp';

/** How many recovery codes an account gets, each usable once. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * Fresh recovery codes: ten characters of base32 (50 random bits) in two groups, easy to copy from
 * paper. They are shown once; only their hashes are kept. SHA-256 suffices for random codes this
 * long, tried only through the sign-in limits.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = toBase32(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** The stored form of a recovery code, whatever case, spaces or dashes it was typed with. */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
