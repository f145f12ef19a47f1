/**
 * What Tandem keeps on a device to work without a network (ADR 0029): the app shell, precached by
 * the service worker, and the signed-in person's own safety plan, which their plan page writes to
 * one cache as it shows it. Nothing else of anyone's record is kept. The copy belongs to one
 * account: it is removed when that account signs out and when another account signs in.
 */

/** The one cache that holds anyone's words: the person's safety plan. */
export const SAFETY_PLAN_CACHE = 'tandem-safety-plan';
// A key, not an API address: nothing on the server answers it, so only this module reads it.
const COPY_KEY = '/offline/my-safety-plan';
const OWNER_KEY = 'tandem.offline.owner';

/** The safety plan as kept on the device: what the offline page needs to show it, and when it was saved. */
export interface OfflineSafetyPlan {
  accountId: string;
  personName: string;
  savedAt: string;
  sections: { key: string; heading: string; text: string }[];
}

const hasCaches = (): boolean => typeof window !== 'undefined' && 'caches' in window;

/** The account whose safety plan is kept on this device, if any. */
export function offlineCopyOwner(): string | null {
  try {
    return window.localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

/** Keeps the person's plan on this device, replacing the copy before. */
export async function saveOfflineCopy(copy: OfflineSafetyPlan): Promise<void> {
  if (!hasCaches()) return;
  try {
    window.localStorage.setItem(OWNER_KEY, copy.accountId);
    const cache = await window.caches.open(SAFETY_PLAN_CACHE);
    await cache.put(COPY_KEY, new Response(JSON.stringify(copy), { headers: { 'content-type': 'application/json' } }));
  } catch {
    // Storage blocked or full: the plan is still shown, only not kept.
  }
}

/** The plan kept on this device, or null when there is none. */
export async function readOfflineCopy(): Promise<OfflineSafetyPlan | null> {
  if (!hasCaches()) return null;
  try {
    const response = await window.caches.match(COPY_KEY, { cacheName: SAFETY_PLAN_CACHE });
    if (!response) return null;
    const copy = (await response.json()) as Partial<OfflineSafetyPlan>;
    if (typeof copy.accountId !== 'string' || !Array.isArray(copy.sections) || copy.accountId !== offlineCopyOwner())
      return null;
    return copy as OfflineSafetyPlan;
  } catch {
    return null;
  }
}

/** Removes the kept safety plan from this device. */
export async function clearOfflineCopy(): Promise<void> {
  try {
    window.localStorage.removeItem(OWNER_KEY);
  } catch {
    // Nothing stored.
  }
  if (hasCaches()) await window.caches.delete(SAFETY_PLAN_CACHE);
}

/**
 * Clears the copy unless it is this account's: called whenever an account is known to be signed
 * in. A copy whose owner is not known is removed too.
 */
export async function keepOfflineCopyOnlyFor(accountId: string): Promise<void> {
  if (offlineCopyOwner() !== accountId) await clearOfflineCopy();
}
