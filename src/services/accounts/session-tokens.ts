import { createHash, randomBytes } from 'node:crypto';

/** How long a session lasts without signing in again. */
export const SESSION_HOURS = 12;

/** A new secret for the session cookie (256 bits). Only its hash is stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** A new token the browser must echo in a header on every change (CSRF defence). */
export const newCsrfToken = (): string => randomBytes(24).toString('base64url');

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');
