import { createHash, randomBytes } from 'node:crypto';

/** How long a session lasts without signing in again. */
export const SESSION_HOURS = 12;

/**
 * A session ends after this long without a request, so that a screen left open on a shared or
 * lost device does not stay signed in to people's records for the rest of the day.
 */
export const SESSION_IDLE_MINUTES = 30;

/** A session's last use is written down at most this often, so that reads do not each cost a write. */
export const SESSION_TOUCH_SECONDS = 60;

/** A new secret for the session cookie (256 bits). Only its hash is stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** A new token the browser must echo in a header on every change (CSRF defence). */
export const newCsrfToken = (): string => randomBytes(24).toString('base64url');

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');
