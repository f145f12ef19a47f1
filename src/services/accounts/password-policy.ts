import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../domain/errors/app-error';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

// About 49,000 passwords people choose most often, from the maintained zxcvbn-ts word lists,
// compared case-insensitively: the first ones an attacker tries.
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary['passwords-common']);

/** How many common passwords Tandem refuses. */
export const COMMON_PASSWORD_COUNT = COMMON_PASSWORDS.size;

/** What is wrong with a new password, in words for the person choosing it, or null when it will do. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password has at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.trim()))
    return 'That password is one of the most common ones, and easy to guess. Choose another.';
  if (lower.includes(username.toLowerCase())) return 'A password must not contain the username.';
  return null;
}

/** Throws a 400 naming the field when the password will not do. */
export function requireGoodPassword(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('bad_request', problem, { field });
}
