import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A share link's token is a selector, to find the link, and a verifier, to prove the holder has it:
 * "<selector>.<verifier>". The selector (96 bits) is stored as it is; the verifier (256 bits) only as
 * its SHA-256 hash, compared in constant time, so neither the database nor the time a refusal takes
 * gives the secret away.
 */
export interface ShareToken {
  selector: string;
  verifier: string;
  token: string;
}

const SHAPE = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

export function newShareToken(): ShareToken {
  const selector = randomBytes(12).toString('base64url');
  const verifier = randomBytes(32).toString('base64url');
  return { selector, verifier, token: `${selector}.${verifier}` };
}

/** The two parts of a token shaped like ours; null for anything else, which is never looked up. */
export function parseShareToken(token: string): Omit<ShareToken, 'token'> | null {
  const match = SHAPE.exec(token);
  return match?.[1] && match[2] ? { selector: match[1], verifier: match[2] } : null;
}

export const hashShareVerifier = (verifier: string): string => createHash('sha256').update(verifier).digest('hex');

/** Whether the verifier is the one whose hash was stored, in time that does not depend on where they differ. */
export function shareVerifierMatches(verifier: string, storedHash: string): boolean {
  const given = Buffer.from(hashShareVerifier(verifier), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
