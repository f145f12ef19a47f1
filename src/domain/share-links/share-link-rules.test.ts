import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARE_HOURS, MAX_SHARE_HOURS, shareLinkExpiry, shareLinkState } from './share-link-rules';

const now = new Date('2026-06-15T12:00:00Z');

describe('share link rules', () => {
  it('lasts 72 hours unless told, and never longer than 30 days', () => {
    expect(shareLinkExpiry(now)?.toISOString()).toBe('2026-06-18T12:00:00.000Z');
    expect(DEFAULT_SHARE_HOURS).toBe(72);
    expect(shareLinkExpiry(now, MAX_SHARE_HOURS)?.toISOString()).toBe('2026-07-15T12:00:00.000Z');
    expect(shareLinkExpiry(now, MAX_SHARE_HOURS + 1)).toBeNull();
    expect(shareLinkExpiry(now, 0)).toBeNull();
    expect(shareLinkExpiry(now, 1.5)).toBeNull();
  });

  it('is active until its time, expired at it, and revoked whenever it was turned off', () => {
    const expiresAt = new Date('2026-06-15T13:00:00Z');
    expect(shareLinkState({ expiresAt, revokedAt: null }, now)).toBe('active');
    expect(shareLinkState({ expiresAt, revokedAt: null }, expiresAt)).toBe('expired');
    expect(shareLinkState({ expiresAt, revokedAt: now }, now)).toBe('revoked');
    expect(shareLinkState({ expiresAt, revokedAt: now }, new Date('2026-07-01T00:00:00Z'))).toBe('revoked');
  });
});
