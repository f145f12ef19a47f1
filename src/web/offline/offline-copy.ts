/**
 * What Tandem keeps on a device to work without a network (ADR 0029): the app shell, precached by
 * the service worker, and the signed-in person's own safety plan, the one API answer it keeps. The
 * plan's copy belongs to one account: it is removed when that account signs out and when another
 * account signs in on the device.
 */

/** The service worker's cache for the person's safety plan; vite.config.ts names it in the worker. */
export const SAFETY_PLAN_CACHE = 'tandem-safety-plan';
/** The one API address the worker keeps a copy of: the signed-in person's own safety plan. */
export const OFFLINE_SAFETY_PLAN_PATH = '/api/v1/me/safety-plan';

const OWNER_KEY = 'tandem.offline.owner';

/** The account whose safety plan is kept on this device, if any. */
export function offlineCopyOwner(): string | null {
  try {
    return window.localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

/** Notes that the copy now kept is this account's. */
export function markOfflineCopyOwner(accountId: string): void {
  try {
    window.localStorage.setItem(OWNER_KEY, accountId);
  } catch {
    // Storage blocked: the copy is still cleared on sign-out and sign-in.
  }
}

/** Removes the kept safety plan from this device. */
export async function clearOfflineCopy(): Promise<void> {
  try {
    window.localStorage.removeItem(OWNER_KEY);
  } catch {
    // Nothing stored.
  }
  if ('caches' in window) await window.caches.delete(SAFETY_PLAN_CACHE);
}

/**
 * Clears the copy unless it is known to be this account's: called whenever an account is known to
 * be signed in. A copy whose owner is not known is removed too.
 */
export async function keepOfflineCopyOnlyFor(accountId: string): Promise<void> {
  if (offlineCopyOwner() !== accountId) await clearOfflineCopy();
}
