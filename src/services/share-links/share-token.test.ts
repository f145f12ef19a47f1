import { describe, expect, it } from 'vitest';
import { hashShareVerifier, newShareToken, parseShareToken, shareVerifierMatches } from './share-token';

describe('share tokens', () => {
  it('are a 96-bit selector and a 256-bit verifier, different every time', () => {
    const a = newShareToken();
    const b = newShareToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.verifier, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(parseShareToken(a.token)).toEqual({ selector: a.selector, verifier: a.verifier });
  });

  it('refuses anything not shaped like a token, and a verifier that is not the stored one', () => {
    expect(parseShareToken('')).toBeNull();
    expect(parseShareToken('a.b')).toBeNull();
    expect(parseShareToken(`${newShareToken().token}x`)).toBeNull();
    const { verifier } = newShareToken();
    const stored = hashShareVerifier(verifier);
    expect(shareVerifierMatches(verifier, stored)).toBe(true);
    expect(shareVerifierMatches(newShareToken().verifier, stored)).toBe(false);
    expect(shareVerifierMatches(verifier, 'not-hex')).toBe(false);
  });
});
