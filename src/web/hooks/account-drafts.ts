/**
 * Unsaved work kept in this browser, one set per account: a draft is stored under the account that
 * typed it, read back only by that account, and every draft of an account is removed when it signs
 * out, so a shared device never shows one person's words to another (ADR 0020). A session that ends
 * on its own (idle) keeps them, so the same account finds its work after signing in again.
 */
const PREFIX = 'tandem.draft.';
// Drafts from before they were kept per account; they cannot be told apart, so they are removed.
const UNOWNED_PREFIX = 'tandem.care-plan-draft.';
/** A draft older than this is stale: the plan or meeting has moved on. */
const MAX_AGE_MS = 7 * 24 * 3_600_000;

interface Stored<T> {
  savedAt: number;
  value: T;
}

export const draftKey = (accountId: string, name: string): string => `${PREFIX}${accountId}.${name}`;

/** The account's draft, or null when there is none, it is stale, or storage is blocked (private mode). */
export function readDraft<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return null;
    const stored = JSON.parse(raw) as Partial<Stored<unknown>>;
    if (typeof stored.savedAt !== 'number' || Date.now() - stored.savedAt > MAX_AGE_MS || !isValid(stored.value))
      return null;
    return stored.value;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), value } satisfies Stored<T>));
  } catch {
    // Storage blocked or full: the draft lives in memory only.
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** Removes every draft of the account (and any draft kept before drafts had an owner). */
export function clearAccountDrafts(accountId: string): void {
  try {
    const own = `${PREFIX}${accountId}.`;
    const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i));
    for (const key of keys)
      if (key && (key.startsWith(own) || key.startsWith(UNOWNED_PREFIX))) window.localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
