import { describe, expect, it } from 'vitest';
import { BACK_CHANNEL_LOGOUT_EVENT, readLogoutTokenClaims } from './logout-token';

const valid = { sub: 'sam', sid: 's-1', jti: 'j-1', events: { [BACK_CHANNEL_LOGOUT_EVENT]: {} } };

describe('a back-channel logout token’s claims', () => {
  it('names the provider session and subject it ends', () => {
    expect(readLogoutTokenClaims(valid)).toEqual({ ok: true, claims: { sub: 'sam', sid: 's-1', jti: 'j-1' } });
    expect(readLogoutTokenClaims({ ...valid, sid: undefined })).toEqual({
      ok: true,
      claims: { sub: 'sam', sid: null, jti: 'j-1' },
    });
  });

  it('refuses a token without the logout event, with a nonce, without a jti, or naming no one', () => {
    const refused = (payload: Record<string, unknown>) => readLogoutTokenClaims(payload).ok;
    expect(refused({ ...valid, events: undefined })).toBe(false);
    expect(refused({ ...valid, events: { [BACK_CHANNEL_LOGOUT_EVENT]: true } })).toBe(false);
    expect(refused({ ...valid, events: { 'http://example.org/other': {} } })).toBe(false);
    expect(refused({ ...valid, nonce: 'n' })).toBe(false);
    expect(refused({ ...valid, jti: undefined })).toBe(false);
    expect(refused({ ...valid, sub: undefined, sid: '' })).toBe(false);
  });
});
