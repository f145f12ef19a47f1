/**
 * Share links: a read-only copy of one of the person's documents (their safety plan) that opens
 * without an account, for a crisis team, an emergency department or a friend. A link is for a
 * short time (72 hours unless the person chooses), never longer than 30 days, and can be revoked.
 */

/** The documents a link can share. Each has a reader in services/share-links/shared-documents.ts. */
export const SHARED_DOCUMENT_KINDS = ['safety_plan'] as const;
export type SharedDocumentKind = (typeof SHARED_DOCUMENT_KINDS)[number];

export const DEFAULT_SHARE_HOURS = 72;
export const MAX_SHARE_HOURS = 30 * 24;
export const SHARE_LABEL_MAX_LENGTH = 80;
export const SHARE_CONSENT_MAX_LENGTH = 500;

/** What a link can be at a moment: open, past its time, or turned off. */
export type ShareLinkState = 'active' | 'expired' | 'revoked';

export interface ShareLinkTimes {
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Revoked wins over expired, so the person sees what they did. */
export function shareLinkState(link: ShareLinkTimes, now: Date): ShareLinkState {
  if (link.revokedAt !== null) return 'revoked';
  return now.getTime() >= link.expiresAt.getTime() ? 'expired' : 'active';
}

/** When a link made now for `hours` hours stops working; null when the hours are out of range. */
export function shareLinkExpiry(now: Date, hours: number = DEFAULT_SHARE_HOURS): Date | null {
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_SHARE_HOURS) return null;
  return new Date(now.getTime() + hours * 3_600_000);
}
