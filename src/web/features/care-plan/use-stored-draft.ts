import { useCallback, useState } from 'react';
import type { StoredSectionDraft } from './components/section-editor';

function read(key: string): StoredSectionDraft | null {
  try {
    const stored = window.localStorage.getItem(key);
    if (stored === null) return null;
    const parsed = JSON.parse(stored) as Partial<StoredSectionDraft>;
    return typeof parsed.text === 'string' && typeof parsed.baseVersion === 'number' ? { text: parsed.text, baseVersion: parsed.baseVersion } : null;
  } catch {
    // Storage can be blocked (private mode) or hold something else; the draft then lives only in memory.
    return null;
  }
}

/**
 * A section draft kept in the browser's storage, with the version it started from, so text typed
 * into the plan survives a reload; it is cleared only once the server has the text.
 */
export function useStoredDraft(key: string) {
  const [draft, setDraftState] = useState<StoredSectionDraft | null>(() => read(key));
  const setDraft = useCallback(
    (next: StoredSectionDraft) => {
      setDraftState(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // See read(): keeping it in memory is all that can be done.
      }
    },
    [key],
  );
  const clearDraft = useCallback(() => {
    setDraftState(null);
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }, [key]);
  return { draft, setDraft, clearDraft };
}
