/** After this many failed attempts an email is given up (about a day and a half of trying). */
export const EMAIL_MAX_ATTEMPTS = 12;

/**
 * When to try again after the `attempts`-th failure (1-based): 1, 2, 4 … minutes, at most 4 hours apart;
 * null when it is time to give up.
 */
export function nextEmailAttempt(failedAt: Date, attempts: number): Date | null {
  if (attempts >= EMAIL_MAX_ATTEMPTS) return null;
  const minutes = Math.min(2 ** Math.max(0, attempts - 1), 240);
  return new Date(failedAt.getTime() + minutes * 60_000);
}
