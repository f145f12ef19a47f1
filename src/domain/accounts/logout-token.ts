/**
 * The claims of an OpenID Connect back-channel logout token (Back-Channel Logout 1.0, section 2.4),
 * checked as section 2.6 asks once the signature, issuer, audience and times have been: the
 * back-channel logout event, no `nonce` (so an ID token can never pass for a logout token), a `jti`
 * to refuse replays, and `sid`, `sub` or both to say which sessions end.
 */
export const BACK_CHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** Which sessions a logout token ends: the provider's session `sid`, or every session of `sub`. */
export interface LogoutTokenClaims {
  sub: string | null;
  sid: string | null;
  jti: string;
}

/** The claims of a logout token whose signature checked out, or why it is not one. */
export function readLogoutTokenClaims(
  payload: Record<string, unknown>,
): { ok: true; claims: LogoutTokenClaims } | { ok: false; reason: string } {
  const events = payload.events;
  const event = isObject(events) ? events[BACK_CHANNEL_LOGOUT_EVENT] : undefined;
  if (!isObject(event)) return { ok: false, reason: 'The token carries no back-channel logout event.' };
  if ('nonce' in payload) return { ok: false, reason: 'A logout token must not carry a nonce.' };
  const jti = text(payload.jti);
  if (!jti) return { ok: false, reason: 'The token has no jti.' };
  const sub = text(payload.sub);
  const sid = text(payload.sid);
  if (!sub && !sid) return { ok: false, reason: 'The token names neither a subject (sub) nor a session (sid).' };
  return { ok: true, claims: { sub, sid, jti } };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
