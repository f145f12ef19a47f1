import { createHash, randomBytes } from 'node:crypto';

/** A new secret for a calendar address (256 bits, URL-safe). Only its hash is stored. */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

export const hashFeedToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The shape of a token we issue; anything else is not looked up at all. */
export const isFeedTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
