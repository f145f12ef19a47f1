/** Why this tab was last signed out, so the sign-in page can say so; kept for the tab only. */
export type SignedOutReason = 'signed_out' | 'session_ended';

const KEY = 'tandem.signed-out-reason';

export const signedOutReason = {
  get(): SignedOutReason | null {
    try {
      const value = window.sessionStorage.getItem(KEY);
      return value === 'signed_out' || value === 'session_ended' ? value : null;
    } catch {
      return null;
    }
  },
  set(reason: SignedOutReason | null): void {
    try {
      if (reason) window.sessionStorage.setItem(KEY, reason);
      else window.sessionStorage.removeItem(KEY);
    } catch {
      // Storage blocked: the sign-in page says nothing special.
    }
  },
};
